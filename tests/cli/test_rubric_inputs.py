"""--rubric FILE: a rubric whose weights miss its declared total warns once; a data file passed as a rubric says so."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()
ROOT = Path(__file__).parents[2]


def test_weights_off_the_declared_total_warn_once_and_still_grade(tmp_path):
    rubric = tmp_path / "rub105.yaml"
    rubric.write_text((ROOT / "rubrics" / "openscore.yaml").read_text(encoding="utf-8").replace("weight: 15", "weight: 20"))
    result = runner.invoke(app, ["rate", "llama-3", "--rubric", str(rubric)])
    assert result.exit_code == 0, result.output
    assert "/105" in result.stdout
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warnings == [f"openscore: {rubric}: warning: criteria weights add up to 105 (20 + 20 + 25 + 20 + 10 + 10), not the "
                        "declared total 100; scores are out of 105 (`openscore validate` checks the rubric)"]
    assert runner.invoke(app, ["validate", str(rubric)]).exit_code == 1


def test_a_bundled_rubric_warns_nothing():
    assert runner.invoke(app, ["rate", "llama-3", "--rubric", "all"]).stderr == ""


def test_a_data_file_as_rubric_says_use_data():
    data = ROOT / "tests" / "fixtures" / "models.yaml"
    result = runner.invoke(app, ["rate", "llama-3", "--rubric", str(data)])
    assert result.exit_code == 2
    assert result.stderr == f"openscore: error: {data}: this looks like a data file (it has `models:`), not a rubric; pass it with --data\n"
