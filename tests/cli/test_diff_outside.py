"""`openscore diff` outside any openscore work tree: one line and exit 2, not the installed package's data diffed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()
FIXTURE = Path(__file__).parents[1] / "fixtures" / "models.yaml"


def test_diff_outside_a_work_tree_says_so_and_exits_2(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENSCORE_DATA", raising=False)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["diff"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("openscore: ") and "no openscore work tree here" in lines[0]
    assert str(tmp_path) in lines[0] and "run it inside a clone" in lines[0]


def test_diff_in_a_work_tree_still_compares(tmp_path, monkeypatch):
    monkeypatch.delenv("OPENSCORE_DATA", raising=False)
    (tmp_path / "data").mkdir()
    shutil.copy(FIXTURE, tmp_path / "data" / "models.yaml")
    for command in (["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "x"]):
        subprocess.run(["git", *command], cwd=tmp_path, check=True)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["diff", "--base", "HEAD"])
    assert result.exit_code == 0, result.output
    assert "no openscore work tree" not in result.output
