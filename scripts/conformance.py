"""Agreement of openscore's framework rubrics with the frameworks' own figures, on their own public records.

    python scripts/conformance.py --mot PATH --eosai-2023 PATH --eosai PATH [--verbose]

- `--mot`: a checkout of github.com/lfai/model_openness_tool. Every `Test_Data/*.yml` record is imported
  with `openscore import mof` and scored with the `mof` rubric; class and the three progress figures are
  compared with the tool's published `Test_Data/expected_results.json`.
  Every record of the tool's `models/` is also imported and scored, and compared with the tool's
  evaluator (ModelEvaluator.php, LicenseHandler.php) re-implemented here in Python from its source and
  its license files (not from openscore's rubric): a check beyond the published conformance set.
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


def _mot_open_licenses(checkout: Path) -> set[str]:
    """The tool's open licenses, read straight from its checkout (not from openscore's rubric)."""
    module = checkout / "web" / "modules" / "mof"
    database: dict[str, dict] = {}
    for name in ("licenses.json", "mof-licenses.json"):  # LicenseImporter: the second file replaces entries of the first
        for entry in json.loads((module / name).read_text(encoding="utf-8"))["licenses"]:
            database[entry["licenseId"]] = entry
    handler = (module / "src" / "LicenseHandler.php").read_text(encoding="utf-8")
    found = {i for i, e in database.items() if e.get("isOsiApproved") or e.get("isFsfLibre")}
    for constant in ("OPEN_DATA_LICENSES", "OPEN_LICENSES"):
        block = re.search(rf"const {constant} = \[(.*?)\];", handler, re.DOTALL)
        found |= set(re.findall(r"'([^']*)'", block.group(1))) if block else set()
    return found


def _mot_components(checkout: Path) -> dict[str, tuple[int, str, int, bool]]:
    """Component name -> (id, content type, class, required), from the tool's mof.settings.yml."""
    settings = yaml.safe_load((checkout / "web" / "modules" / "mof" / "config" / "install" / "mof.settings.yml").read_text())
    return {c["name"]: (c["id"], c["content_type"], c["class"], c["required"]) for c in settings["components"]}


def mot_evaluate(release: dict, components: dict[str, tuple[int, str, int, bool]], open_ids: set[str]) -> tuple:
    """The tool's ModelEvaluator (evaluate, handleTechnicalReportOmission, getProgress, getClassification) in Python."""
    report, paper = 11, 21
    listed: dict[int, dict] = {}
    for item in release.get("components") or []:
        cid = components[item["name"]][0]
        listed[cid] = {k: ("" if k == "license" and item[k] == "unlicensed" else item[k])
                       for k in ("license", "license_path", "component_path") if item.get(k) is not None}
    globals_ = release.get("license") or {}
    by_id = {c[0]: (name, *c[1:]) for name, c in components.items()}

    def license_of(cid: int) -> str:
        own = listed[cid]
        if "license" in own:
            return own["license"] or "unlicensed"
        kind = by_id[cid][1]
        for key in (kind, "distribution"):
            name = (globals_.get(key) or {}).get("name") if isinstance(globals_.get(key), dict) else None
            if name:
                return name
        return "unlicensed"

    def required(cls: int) -> list[int]:
        return [c[0] for c in components.values() if c[2] == cls and c[3]]

    evaluation: dict[int, dict[str, list[int]]] = {}
    cumulative: list[int] = []
    for cls in (3, 2, 1):
        cumulative = [*cumulative, *required(cls)]
        status: dict[str, list[int]] = {"included": [], "invalid": [], "unlicensed": []}
        for cid in cumulative:
            if cid in listed:
                lic = license_of(cid)
                status["included" if lic in open_ids else "unlicensed" if lic == "unlicensed" else "invalid"].append(cid)
        evaluation[cls] = status

    def state(cls: int, cid: int) -> str | None:
        return next((k for k in ("included", "invalid", "unlicensed") if cid in evaluation[cls][k]), None)

    if state(3, report) != "included" and (found := state(1, paper)) is not None:
        for cls in (2, 3):
            evaluation[cls][found].append(paper)

    def progress(cls: int) -> float:
        total = included = 0
        i = 3
        while i >= cls:
            total += len(required(i))
            included = len(evaluation[i]["included"])
            if included < total:
                break
            i -= 1
        if i > cls:
            return 0.0
        if cls == 1 and state(1, report) != "included" and state(1, paper) == "included":
            total -= 1
        return min(100.0, included / total * 100)

    figures = {cls: progress(cls) for cls in (3, 2, 1)}
    reached = next((cls for cls in (1, 2, 3) if figures[cls] == 100.0 and all(figures[c] == 100.0 for c in range(cls, 4))), 0)
    return (CLASS_IDS[reached], *(round(figures[c], 2) for c in (3, 2, 1)))


def mot_models(checkout: Path) -> tuple[int, int, list[str]]:
    """Every record of the tool's models/ directory against a Python re-implementation of the tool's evaluator."""
    components, open_ids = _mot_components(checkout), _mot_open_licenses(checkout)
    files = sorted((checkout / "models").glob("*.yml"))
    report = run("mof", files, resolve=resolve)
    scorer = Scorer(load_rubric("mof"), resolve)
    by_file = {i.file: i.entry for i in report.imported}
    agree, diffs = 0, []
    for path in files:
        want = mot_evaluate(yaml.safe_load(path.read_text())["release"], components, open_ids)
        entry = by_file.get(path)
        if entry is None:
            diffs.append(f"{path.name}: not imported")
            continue
        card = scorer(entry)
        got = (card.tier, *(round(100 * t.progress, 2) for t in card.tiers))
        if got == want:
            agree += 1
        else:
            diffs.append(f"{path.name}: tool {want}, openscore {got}")
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
            ("MOF (every record of the tool's models/, against its evaluator re-implemented from its PHP source)", mot_models,
             args.mot if args.mot and (args.mot / "models").is_dir() else None),
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
