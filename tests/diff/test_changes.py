"""`openscore diff` against a temporary git repository with two commits."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.rubrics import available

FIXTURE_DATA = Path(__file__).parents[1] / "fixtures" / "models.yaml"
runner = CliRunner()
FILES = ("data/models.yaml", "rubrics/openscore.yaml")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", *args],
                   cwd=repo, check=True, capture_output=True)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """main: the fixture data and default rubric; branch 'edit' (checked out): one commit that changes the data."""
    (tmp_path / "data").mkdir()
    (tmp_path / "rubrics").mkdir()
    shutil.copy(FIXTURE_DATA, tmp_path / "data" / "models.yaml")
    shutil.copy(available()["openscore"], tmp_path / "rubrics" / "openscore.yaml")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "data")
    git(tmp_path, "checkout", "-q", "-b", "edit")
    data = tmp_path / "data" / "models.yaml"
    edit(data, "      pretraining_data: {status: closed}\n\n  - id: bigco-restricted",
         '      pretraining_data: {status: open, license: CC-BY-4.0, url: "https://example.org/acme-weights/data"}\n\n  - id: bigco-restricted')
    text = data.read_text()
    data.write_text(text[: text.index("  - id: secret-model")] + "  - id: newcomer\n    name: Newcomer\n    organization: N\n"
                    "    family: newcomer\n    last_reviewed: 2026-01-01\n    artifacts:\n      api: {status: open, url: \"https://example.org/n\"}\n")
    git(tmp_path, "commit", "-q", "-am", "edit")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def diff(*args: str):
    return runner.invoke(app, ["diff", *FILES, *args])


def test_default_base_is_the_merge_base_with_main(repo):
    result = diff("--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["base"] == "the merge base with main"
    (rubric,) = document["rubrics"]
    changes = {c["model_id"]: c for c in rubric["changes"]}
    assert {k: c["change"] for k, c in changes.items()} == {"acme-weights": "changed", "newcomer": "added", "secret-model": "removed"}
    weights = changes["acme-weights"]
    assert (weights["old"]["verdict"], weights["new"]["verdict"]) == ("open-weights", "open-weights")
    assert weights["new"]["score"] - weights["old"]["score"] == 25
    assert weights["criteria"] == [{"id": "data", "name": "Training data", "old_level": "closed", "new_level": "open",
                                    "old_points": 0.0, "new_points": 25.0}]
    assert changes["newcomer"]["old"] is None and changes["newcomer"]["new"]["verdict"] == "api-only"
    assert changes["secret-model"]["new"] is None and changes["secret-model"]["old"]["verdict"] == "closed"


def test_against_head_only_work_tree_edits_show(repo):
    assert "No score or verdict changes." in diff("--base", "HEAD").output
    edit(repo / "data" / "models.yaml", "      weights: {status: closed}\n      api:",
         '      weights: {status: partial, license: proprietary, url: "https://example.org/w"}\n      api:')
    result = diff("--base", "HEAD", "--format", "json")
    (change,) = json.loads(result.output)["rubrics"][0]["changes"]
    assert (change["model_id"], change["old"]["verdict"], change["new"]["verdict"]) == ("cloudco-api", "api-only", "restricted-weights")


def test_markdown_is_a_table_for_a_pull_request(repo):
    result = diff("--base", "main", "--format", "markdown")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("### Score changes against main (`")
    assert "| Model | Change | Result | Score | Criteria |" in lines
    scores = next(c for c in json.loads(diff("--base", "main", "--format", "json").output)["rubrics"][0]["changes"]
                  if c["model_id"] == "acme-weights")
    old, new = (f"{scores[side]['score']:g}/100" for side in ("old", "new"))
    row = next(line for line in lines if line.startswith("| Acme Weights"))
    assert row == f"| Acme Weights (acme-weights) | changed | open weights | {old} → {new} | Training data: ○ closed (0) → ● open (25) |"
    assert any(line.startswith("| Newcomer (newcomer) | added | API only |") for line in lines)
    assert any(line.startswith("| Secret Model (secret-model) | removed | closed |") for line in lines)


def test_a_rubric_edit_changes_scores_under_it(repo):
    data_criterion = "    weight: {}\n    artifacts: [pretraining_data]"
    edit(repo / "rubrics" / "openscore.yaml", data_criterion.format(25), data_criterion.format(35))
    result = diff("--base", "HEAD", "--format", "json")
    changes = {c["model_id"]: c for c in json.loads(result.output)["rubrics"][0]["changes"]}
    assert changes["acme-open"]["old"]["max_score"] == 100 and changes["acme-open"]["new"]["max_score"] == 110
    assert changes["acme-open"]["criteria"] == [{"id": "data", "name": "Training data", "old_level": "open", "new_level": "open",
                                                 "old_points": 25.0, "new_points": 35.0}]


def test_table_names_the_changes(repo):
    result = diff("--base", "main")
    assert result.exit_code == 0, result.output
    assert "Score changes against main" in result.output
    for word in ("acme-weights", "newcomer", "secret-model", "added", "removed", "changed"):
        assert word in result.output


def test_without_main_the_base_is_head(tmp_path, monkeypatch):
    shutil.copy(FIXTURE_DATA, tmp_path / "models.yaml")
    shutil.copy(available()["openscore"], tmp_path / "openscore.yaml")
    git(tmp_path, "init", "-q", "-b", "trunk")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "one")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["diff", "models.yaml", "openscore.yaml", "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["base"] == "HEAD"
    assert document["rubrics"][0]["changes"] == []


def test_unknown_revision_exits_2(repo):
    result = diff("--base", "no-such-branch")
    assert result.exit_code == 2
    assert "unknown git revision 'no-such-branch'" in result.output


def test_outside_a_git_work_tree_exits_2(tmp_path, monkeypatch):
    shutil.copy(FIXTURE_DATA, tmp_path / "models.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    result = runner.invoke(app, ["diff", "models.yaml"])
    assert result.exit_code == 2
    assert "is not in a git work tree" in result.output
    assert "Traceback" not in result.output
