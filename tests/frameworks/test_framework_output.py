"""Readable framework output: cumulative classes and where progress stopped (mof), the mean and category
means (eosai)."""

from __future__ import annotations

import io
from pathlib import Path

from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.formats import render
from openscore.sources.importers import run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "frameworks"
runner = CliRunner()


def _imported(tmp_path: Path, fmt: str, record: Path) -> Path:
    out = tmp_path / "imported.yaml"
    text = io.StringIO()
    render("yaml", "data-file", run(fmt, [record]).document(), text)  # what `openscore import` writes
    out.write_text(text.getvalue())
    return out


def test_rate_mof_explains_cumulative_classes_and_where_progress_stopped(tmp_path):
    data = _imported(tmp_path, "mof", FIXTURES / "mof" / "class-ii-one-short.yml")
    result = runner.invoke(app, ["rate", "--rubric", "mof", "--data", str(data), "swift-4b"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Cumulative classes, lowest first: Class III, Class II, Class I; each needs everything the one before it needs" in out
    assert "Class III - Open Model: reached" in out
    assert "Class II - Open Tooling: 90%; not reached: missing Evaluation data (not released)" in out
    assert "Class I - Open Science: 0%; not reached: Class II is not reached first" in out


def test_rate_eosai_shows_the_mean_and_category_means(tmp_path):
    data = _imported(tmp_path, "eosai", FIXTURES / "eosai" / "mean.yaml")
    result = runner.invoke(app, ["rate", "--rubric", "eosai", "--data", str(data), "kestrel-3b"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Mean 0.625 (62.5%) · rubric eosai 2025" in result.output
    assert "Availability 0.7 (70%) · Documentation 0.5 (50%) · Access 1 (100%)" in result.output
    markdown = runner.invoke(app, ["rate", "--rubric", "eosai", "--data", str(data), "kestrel-3b", "--format", "markdown"])
    assert "- Availability 0.7 (70%)" in markdown.output
