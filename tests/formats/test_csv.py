"""formats/csv_: rows for spreadsheets, for every view it declares; NUL and formulas on any Python."""

from __future__ import annotations

import csv
import datetime as dt
import io

from openscore.checks.runner import Outcome
from openscore.domain.evidence import ModelEntry
from openscore.domain.scorer import score
from openscore.errors import Problem
from openscore.formats import render
from openscore.formats.interface import Report
from openscore.licenses import known_model_licenses, resolve
from openscore.rubrics import load_rubric


def rows(view: str, subject: object) -> list[list[str]]:
    out = io.StringIO()
    render("csv", view, subject, out)
    return list(csv.reader(io.StringIO(out.getvalue())))


def card(name: str = "Model", license: str = "MIT"):
    entry = ModelEntry(id="m", name=name, organization="o", family="m", last_reviewed=dt.date(2026, 1, 1),
                       artifacts={"weights": {"status": "open", "license": license, "url": "https://example.org/w"}})
    rubric = load_rubric("openscore")
    return rubric, score(entry, rubric, resolve)


def test_rate_one_row_per_criterion_with_license_and_evidence():
    rubric, scored = card()
    found = rows("rate", Report("rate", rubric, [scored]))
    assert found[0] == ["model", "criterion", "level", "points", "max_points", "license", "evidence", "reason", "source", "notice"]
    weights = next(r for r in found if r[1] == "weights")
    assert weights[:3] == ["m", "weights", "open"] and weights[5] == "MIT" and weights[6] == "https://example.org/w"
    assert len(found) == 1 + len(rubric.criteria)


def test_list_one_row_per_model_with_a_column_per_criterion():
    rubric, scored = card()
    head, row = rows("list", Report("list", rubric, [scored]))
    assert head[:8] == ["model", "name", "organization", "score", "max_score", "percent", "verdict", "tier"]
    assert head[8:] == [*(c.id for c in rubric.criteria), "source", "notice"] and row[0] == "m"


def test_nul_and_control_characters_are_written_on_every_python_version():
    """Python 3.10's csv refuses NUL ("need to escape"); every cell goes through escape.csv_cell first."""
    rubric, scored = card(name="a\x00b\x1b[31mc")
    (_, row) = rows("list", Report("list", rubric, [scored]))
    assert row[1] == "a\u2400b\u241b[31mc"


def test_formulas_are_never_evaluated():
    rubric, scored = card(name="=HYPERLINK(\"http://evil\")")
    (_, row) = rows("list", Report("list", rubric, [scored]))
    assert row[1].startswith("'=")


def test_findings_one_row_each():
    outcome = Outcome(("a.yaml",), (Problem("bad thing", "a.yaml", 3, 5), Problem("old", "a.yaml", 9, 1, "warning")), False)
    assert rows("findings", outcome) == [["file", "line", "column", "severity", "message"],
                                         ["a.yaml", "3", "5", "error", "bad thing"], ["a.yaml", "9", "1", "warning", "old"]]


def test_licenses_one_row_each_with_every_term():
    found = rows("licenses", known_model_licenses())
    assert found[0][:3] == ["license", "name", "class"] and "commercial_use" in found[0]
    assert "llama3" in {r[0] for r in found[1:]}
