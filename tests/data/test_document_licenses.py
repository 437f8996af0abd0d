"""The curated data: document licenses recorded, and the MOF classes they give (issue 17)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()


def mof(model: str) -> dict:
    result = runner.invoke(app, ["rate", model, "--rubric", "mof", "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["scorecards"][0]


def test_bundled_data_validates_without_warnings():
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0 and "no problems" in result.output, result.output


def test_olmo_is_held_at_class_iii_by_paloma_and_llama_3_is_unclassified():
    olmo = mof("olmo")
    assert olmo["tier"] == "class-iii"
    assert [c["level"] for c in olmo["criteria"] if c["id"] == "evaluation_data"] == ["closed"]
    assert mof("llama-3")["tier"] is None


def test_amber_is_held_by_its_paper_whose_license_is_not_established():
    amber = mof("amber")
    report = next(c for c in amber["criteria"] if c["id"] == "technical_report")
    assert amber["tier"] is None and report["artifacts"][0]["license"] == "unknown"
