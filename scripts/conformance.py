"""Agreement of openscore's framework rubrics with the frameworks' own figures, on their own public records.

    python scripts/conformance.py --mot PATH --eosai-2023 PATH --eosai PATH [--verbose]

- `--mot`: a checkout of github.com/lfai/model_openness_tool. Every `Test_Data/*.yml` record is imported
  with `openscore import mof` and scored with the `mof` rubric; class and the three progress figures are
  compared with the tool's published `Test_Data/expected_results.json`.
- `--eosai-2023`: a checkout of github.com/opening-up-chatgpt/opening-up-chatgpt.github.io. Every
  `projects/*.yaml` record with a project name (the index leaves the others out) is imported and scored with
  `eosai-2023`; the index's figure is the sum its own `scripts/consolidate_csv.py` computes (exact class
  strings open 1, partial 0.5, anything else 0), cross-checked with its published `docs/df.csv`.
- `--eosai`: a checkout of github.com/Language-Technology-Assessment/main-database. Every system record is
  imported and scored with `eosai`; the index's figure is the site's mean (open 1, partial 0.5, closed or
  empty 0) over the parameters of `_parameters.yml`, and each category's mean.

Prints one line per framework (`agree N of M`) and, with --verbose, every disagreement. Exit 0 when all
agree, 1 otherwise.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openscore.domain.scorer import Scorer  # noqa: E402
from openscore.licenses import resolve  # noqa: E402
from openscore.rubrics import load_rubric  # noqa: E402
from openscore.sources.importers import run  # noqa: E402

CLASS_IDS = {0: None, 3: "class-iii", 2: "class-ii", 1: "class-i"}


def lenient_json(text: str) -> Any:
    """The tool's expected results have their date lines cut out, which leaves trailing commas."""
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", text))


def mof(checkout: Path) -> tuple[int, int, list[str]]:
    expected = {m["release"]["name"]: m["classification"]
                for m in lenient_json((checkout / "Test_Data" / "expected_results.json").read_text())["models"]}
    files = sorted((checkout / "Test_Data").glob("*.yml"))
    report = run("mof", files, resolve=resolve)
    scorer = Scorer(load_rubric("mof"), resolve)
    by_file = {i.file: i.entry for i in report.imported}
    agree, diffs = 0, []
    for path in files:
        name = yaml.safe_load(path.read_text())["release"]["name"]
        want = expected[name]
        want_tuple = (CLASS_IDS[want["class"]], *(round(float(want["progress"][k]), 2) for k in ("3", "2", "1")))
        entry = by_file.get(path)
        if entry is None:
            diffs.append(f"{path.name}: not imported")
            continue
        card = scorer(entry)
        got = (card.tier, *(round(100 * t.progress, 2) for t in card.tiers))
        if got == want_tuple:
            agree += 1
        else:
            diffs.append(f"{path.name}: tool {want_tuple}, openscore {got}")
    return agree, len(files), diffs


_POINTS = {"open": 1.0, "partial": 0.5}
DIMENSIONS_2023 = ("opencode", "llmdata", "llmweights", "rldata", "rlweights", "license", "code", "architecture",
                   "preprint", "paper", "modelcard", "datasheet", "package", "api")


def _class_of(value: Any) -> Any:
    return value.get("class") if isinstance(value, dict) else None


def eosai_2023(checkout: Path) -> tuple[int, int, list[str]]:
    files = []
    for path in sorted((checkout / "projects").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text())
        if isinstance(doc, dict) and isinstance(doc.get("project"), dict) and doc["project"].get("name"):
            files.append((path, doc))
    published = {}
    if (checkout / "docs" / "df.csv").is_file():
        with open(checkout / "docs" / "df.csv", newline="") as handle:
            published = {row["source.file"].rsplit("/", 1)[-1]: float(row["openness"]) for row in csv.DictReader(handle)}
    report = run("eosai", [p for p, _ in files], resolve=resolve)
    scorer = Scorer(load_rubric("eosai-2023"), resolve)
    by_file = {i.file: i.entry for i in report.imported}
    agree, diffs = 0, []
    for path, doc in files:
        want = sum(_POINTS.get(_class_of(doc.get(d)), 0.0) for d in DIMENSIONS_2023)
        if path.name in published and published[path.name] != want:
            diffs.append(f"{path.name}: note: docs/df.csv says {published[path.name]:g}, the records give {want:g}")
        entry = by_file.get(path)
        if entry is None:
            diffs.append(f"{path.name}: not imported")
            continue
        got = scorer(entry).score
        if got == want:
            agree += 1
        else:
            diffs.append(f"{path.name}: index {want:g}, openscore {got:g}")
    return agree, len(files), diffs


def eosai(checkout: Path) -> tuple[int, int, list[str]]:
    categories = yaml.safe_load((checkout / "_parameters.yml").read_text())
    params = {p["ref"]: c["ref"] for c in categories for p in c["params"]}
    files = []
    for path in sorted([*checkout.glob("*.yaml"), *checkout.glob("*.yml")]):
        doc = yaml.safe_load(path.read_text()) if not path.name.startswith("_") else None
        if isinstance(doc, dict) and isinstance(doc.get("system"), dict) and doc["system"].get("name"):
            files.append(path)  # a system record (the submission template has no name; _parameters*.yml are not systems)
    report = run("eosai", files, resolve=resolve)
    scorer = Scorer(load_rubric("eosai"), resolve)
    by_file = {i.file: i.entry for i in report.imported}
    agree, diffs = 0, []
    for path in files:
        doc = yaml.safe_load(path.read_text())
        points = {ref: _POINTS.get(_class_of(doc.get(ref)), 0.0) for ref in params}
        want = round(sum(points.values()) / len(points), 4)
        want_cats = {c["ref"]: round(sum(points[p["ref"]] for p in c["params"]) / len(c["params"]), 4) for c in categories}
        entry = by_file.get(path)
        if entry is None:
            diffs.append(f"{path.name}: not imported")
            continue
        card = scorer(entry)
        got = card.score  # the mean, a fraction of 1
        got_cats = {g.id: g.score for g in card.groups}
        if got == want and got_cats == want_cats:
            agree += 1
        else:
            diffs.append(f"{path.name}: index {want:g} {want_cats}, openscore {got:g} {got_cats}")
    return agree, len(files), diffs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mot", type=Path, help="checkout of lfai/model_openness_tool")
    parser.add_argument("--eosai-2023", type=Path, help="checkout of opening-up-chatgpt/opening-up-chatgpt.github.io")
    parser.add_argument("--eosai", type=Path, help="checkout of Language-Technology-Assessment/main-database")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    runs = [("MOF (Model Openness Tool conformance set)", mof, args.mot),
            ("EOSAI 2023 (opening-up-chatgpt projects)", eosai_2023, args.eosai_2023),
            ("EOSAI (osai-index main-database systems)", eosai, args.eosai)]
    failed = False
    for label, check, path in runs:
        if path is None:
            continue
        agree, total, diffs = check(path)
        print(f"{label}: agree {agree} of {total}")
        failed |= agree != total
        if args.verbose:
            for line in diffs:
                print(f"  {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
