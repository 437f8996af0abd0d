"""`openscore diff --lang zh`: the score changes of an edit, in Chinese (a git repository with two commits)."""

from __future__ import annotations

import re

import yaml
from typer.testing import CliRunner

from openscore.cli.app import app
from tests.diff.test_changes import FILES, FIXTURE_DATA, repo  # noqa: F401 - the fixture
from tests.i18n.chinese import leftover_english

runner = CliRunner()


def test_diff_table_is_chinese(repo):  # noqa: F811
    result = runner.invoke(app, ["diff", *FILES, "--lang", "zh"], env={"COLUMNS": "1000"})
    assert result.exit_code in (0, 1), result.output
    assert "相对于 与 main 的合并基点" in result.output and "新增" in result.output and "删除" in result.output
    fixture = yaml.safe_load(FIXTURE_DATA.read_text())["models"]
    names = [str(m[k]) for m in fixture for k in ("id", "name", "organization") if k in m] + ["newcomer", "Newcomer", "N"]
    shown = re.sub(r"\b[0-9a-f]{12}\b", " ", result.output)  # the base commit
    assert leftover_english(shown, *sorted(names, key=len, reverse=True), *FILES) == []


def test_diff_in_english_is_unchanged_by_the_catalog(repo):  # noqa: F811
    result = runner.invoke(app, ["diff", *FILES, "--lang", "en"], env={"COLUMNS": "1000"})
    assert "Score changes against the merge base with main" in result.output and "新增" not in result.output
