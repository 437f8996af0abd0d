"""Document licenses and `license: unknown` with a note: what validate warns about, and how MOF grades them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.domain.evidence import ModelEntry
from openscore.domain.scorer import score
from openscore.formats import wording
from openscore.licenses.resolver import resolve
from openscore.rubrics import load_rubric

runner = CliRunner()
HEAD = """models:
  - id: doc-model
    name: Doc Model
    organization: Org
    family: doc
    released: 2024-01-01
    last_reviewed: 2026-11-30
    artifacts:
      weights: {status: open, license: Apache-2.0, url: https://example.org/w}
"""


def validate(tmp_path: Path, artifacts: str) -> list[str]:
    path = tmp_path / "models.yaml"
    path.write_text(HEAD + artifacts, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--max-age", "0"])
    return [line for line in result.output.splitlines() if ": warning: " in line]


def test_a_released_document_without_a_license_is_a_warning(tmp_path):
    found = validate(tmp_path, "      model_card: {status: open, url: https://example.org/card}\n")
    assert len(found) == 1 and "doc-model: no license recorded for released model_card" in found[0]


@pytest.mark.parametrize("artifact", [
    "      model_card: {status: open, license: CC-BY-4.0, url: https://example.org/card}\n",
    "      model_card: {status: open, license: unknown, url: https://example.org/card,\n"
    "                   notes: The license chosen on arXiv could not be read.}\n",
    "      training_code: {status: open, license: none, url: https://example.org/code,\n"
    "                      notes: The repository has no license file.}\n",
])
def test_licensed_or_unknown_with_a_note_is_clean(tmp_path, artifact):
    assert validate(tmp_path, artifact) == []


def test_unknown_without_a_note_about_the_license_is_a_warning(tmp_path):
    found = validate(tmp_path, "      model_card: {status: open, license: unknown, url: https://example.org/card,\n"
                               "                   notes: Intended use and limits.}\n")
    assert len(found) == 1
    assert "doc-model: the license of model_card is recorded as unknown, but no note says why" in found[0]


def test_none_for_code_without_a_note_still_warns(tmp_path):
    found = validate(tmp_path, "      training_code: {status: open, license: none, url: https://example.org/code}\n")
    assert len(found) == 1 and "its license is 'none', that is none" in found[0]


def test_unknown_is_a_recognised_license_of_unknown_class():
    record = resolve("unknown")
    assert record.recognised and record.license_class.value == "unknown" and not record.warning


def _entry(artifacts: dict, licenses: dict | None = None) -> ModelEntry:
    return ModelEntry(id="m", name="M", organization="O", family="f", last_reviewed=dt.date(2026, 1, 1),
                      licenses=licenses or {}, artifacts=artifacts)


def test_mof_treats_unknown_as_not_open_and_says_so():
    doc = {"status": "open", "url": "https://example.org/r"}
    mof = load_rubric("mof")
    unknown = score(_entry({"technical_report": {**doc, "license": "unknown", "notes": "license not established"}}), mof, resolve)
    licensed = score(_entry({"technical_report": {**doc, "license": "CC-BY-4.0"}}), mof, resolve)
    assert unknown.criterion("technical_report").level == "closed"
    assert licensed.criterion("technical_report").level == "open"
    assert any("Technical report (released, license not established)" in line for line in wording.tiers(unknown))


def test_a_model_license_is_not_shown_or_flagged_for_a_paper_criterion_that_does_not_grade_licenses():
    entry = _entry({"preprint": {"status": "open", "url": "https://arxiv.org/abs/1"}}, {"distribution": "llama3.1"})
    paper = score(entry, load_rubric("openscore"), resolve).criterion("paper")
    assert (wording.license_of(paper), paper.flags) == ("-", ())
    research = score(entry, load_rubric("mof"), resolve).criterion("research_paper")  # MOF grades it: shown, as read
    assert wording.license_of(research) == "llama3.1" and "llama3.1 is not on" in research.reason
