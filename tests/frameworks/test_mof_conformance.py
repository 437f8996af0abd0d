"""The Model Openness Tool's own conformance set: every record, the tool's published class and progress.

The records and `expected_results.json` are the tool's (MIT, vendored unchanged in tests/data/mot-conformance);
openscore imports each record and scores it with the `mof` rubric: class and all three progress figures must
equal the tool's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from openscore.domain.scorer import Scorer
from openscore.licenses import resolve
from openscore.rubrics import load_rubric
from openscore.sources.importers import run

DATA = Path(__file__).resolve().parent.parent / "data" / "mot-conformance"
CLASSES = {0: None, 3: "class-iii", 2: "class-ii", 1: "class-i"}


def _expected() -> dict[str, dict]:
    text = (DATA / "expected_results.json").read_text(encoding="utf-8")
    document = json.loads(re.sub(r",(\s*[}\]])", r"\1", text))  # the tool's script cuts the date lines out
    return {m["release"]["name"]: m["classification"] for m in document["models"]}


EXPECTED = _expected()
RECORDS = sorted(DATA.glob("*.yml"))


def test_the_vendored_set_is_complete_and_attributed():
    assert len(RECORDS) == 27 == len(EXPECTED)
    assert "MIT" in (DATA / "README.md").read_text() and "Permission is hereby granted" in (DATA / "LICENSE").read_text()


@pytest.fixture(scope="module")
def cards():
    report = run("mof", RECORDS, resolve=resolve)
    assert not [p for p in report.problems if p.severity == "error"]
    scorer = Scorer(load_rubric("mof"), resolve)
    return {i.file.name: scorer(i.entry) for i in report.imported}


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem[:60])
def test_class_and_progress_equal_the_tools(path, cards):
    want = EXPECTED[yaml.safe_load(path.read_text())["release"]["name"]]
    card = cards[path.name]
    assert card.tier == CLASSES[want["class"]]
    got = {t.id: t.progress for t in card.tiers}
    for number, tier in (("3", "class-iii"), ("2", "class-ii"), ("1", "class-i")):
        assert 100 * got[tier] == pytest.approx(float(want["progress"][number]), abs=0.01), tier


def test_a_license_openscore_counts_open_but_the_tool_does_not_is_a_note_not_a_score(cards):
    # The record's research paper is under NLOD-1.0: an open data license by openscore's classes, not on the tool's list.
    card = cards["OnlyComponentLicenses_C1_7%-C2_0%-C3_0%_7C_0G_7L_2V_5I_0T.yml"]
    paper = card.criterion("research_paper")
    assert paper.level == "closed" and paper.points == 0
    (flag,) = [f for f in paper.flags if "own license reading" in f]
    assert "NLOD-1.0" in flag and "gives open" in flag and "the result follows the framework" in flag
    assert [t.progress for t in card.tiers] == [0, 0, 0]
    (note,) = [n for n in card.notes if "own license reading" in n]
    assert "research_paper" in note and "Class III 17%" in note
