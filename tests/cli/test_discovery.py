"""Project discovery: inside a work tree with its own data, every command uses that data, as after `pip install .`.

Each test runs the installed command in a separate process from a temporary git work tree, so the
data bundled with openscore (in site-packages after `pip install .`, or this checkout) is elsewhere.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parents[1] / "fixtures" / "models.yaml"
NEW_ENTRY = """
  - id: newco-7b
    name: NewCo 7B
    organization: NewCo
    family: newco
    last_reviewed: 2026-11-01
    artifacts:
      weights: {status: open, license: Apache-2.0, url: "https://example.org/newco/weights"}
"""


def openscore(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    command = shutil.which("openscore") or pytest.skip("openscore is not installed as a command")
    environment = {k: v for k, v in os.environ.items() if k != "OPENSCORE_DATA"} | env
    return subprocess.run([command, *args], capture_output=True, text=True, cwd=cwd, env=environment, timeout=60)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A git work tree whose data/models.yaml (the fixture) gained one entry since its last commit."""
    root = tmp_path / "facts"
    (root / "data").mkdir(parents=True)
    (root / "data" / "models.yaml").write_text(FIXTURE.read_text())
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    with open(root / "data" / "models.yaml", "a") as out:
        out.write(NEW_ENTRY)
    return root


def test_rate_uses_the_work_tree_data_and_says_so_once(tree):
    result = openscore("rate", "newco-7b", cwd=tree)
    assert result.returncode == 0, result.stderr
    assert "NewCo 7B" in result.stdout
    assert result.stderr.splitlines() == [f"openscore: using data from .{os.sep}data"]


def test_found_from_a_subdirectory(tree):
    (tree / "docs" / "deep").mkdir(parents=True)
    result = openscore("list", "--format", "json", cwd=tree / "docs" / "deep")
    assert result.returncode == 0, result.stderr
    assert "newco-7b" in {card["model_id"] for card in json.loads(result.stdout)["scorecards"]}
    assert result.stderr.splitlines() == [f"openscore: using data from {os.path.join('..', '..', 'data')}"]


def test_validate_without_arguments_checks_the_work_tree(tree):
    with open(tree / "data" / "models.yaml", "a") as out:
        out.write("  - id: Bad Id\n    name: x\n    organization: x\n    family: x\n    last_reviewed: 2026-11-01\n")
    result = openscore("validate", cwd=tree)
    assert result.returncode == 1
    assert "data/models.yaml:" in result.stdout and "Bad Id" in result.stdout


def test_diff_without_arguments_compares_with_git(tree):
    result = openscore("diff", "--format", "json", cwd=tree)
    assert result.returncode == 0, result.stderr
    changes = json.loads(result.stdout)
    from openscore.rubrics import available

    assert len(changes["rubrics"]) == len(available())  # every bundled rubric
    for rubric in changes["rubrics"]:
        assert [(m["model_id"], m["change"]) for m in rubric["changes"]] == [("newco-7b", "added")], "not every entry as added"
        assert rubric["note"] is None, "the bundled rubrics are not in the work tree: no note about git"


def test_data_option_and_environment_override_the_work_tree(tree):
    by_option = openscore("rate", "newco-7b", "--data", str(FIXTURE), cwd=tree)
    assert by_option.returncode == 2 and "no model 'newco-7b'" in by_option.stderr
    assert "using data" not in by_option.stderr
    by_env = openscore("rate", "newco-7b", cwd=tree, OPENSCORE_DATA=str(FIXTURE))
    assert by_env.returncode == 2 and "using data" not in by_env.stderr


def test_outside_a_work_tree_the_bundled_data(tmp_path):
    result = openscore("rate", "llama-3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_pyproject_names_the_data_and_rubrics(tmp_path):
    (tmp_path / "facts").mkdir()
    shutil.copy(FIXTURE, tmp_path / "facts" / "releases.yaml")
    (tmp_path / "grading").mkdir()
    rubric = (Path(__file__).parents[2] / "rubrics" / "openscore.yaml").read_text()
    (tmp_path / "grading" / "house.yaml").write_text(rubric)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.openscore]\ndata = ["facts"]\nrubrics = "grading"\n')
    result = openscore("rate", "acme-open", "--rubric", "house", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Acme Open 7B" in result.stdout
    assert result.stderr.splitlines() == [f"openscore: using data from .{os.sep}facts and rubrics from .{os.sep}grading"]
    info = openscore("info", cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    assert f"facts{os.sep}releases.yaml" in info.stdout and f"house: .{os.sep}grading{os.sep}house.yaml" in info.stdout
    assert "pyproject.toml" in info.stdout


def test_info_outside_a_work_tree_names_the_bundled_files(tmp_path):
    result = openscore("info", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "work tree: none" in result.stdout
    assert "data (bundled):" in result.stdout and "models.yaml" in result.stdout


def test_other_yaml_in_the_data_directory_is_left_alone(tree):
    (tree / "data" / "snapshot.yaml").write_text("source: somewhere\nrecords: []\n")
    (tree / "data" / "extra.yaml").write_text("# more\nmodels:\n" + NEW_ENTRY.replace("newco-7b", "newco-8b").replace("NewCo 7B", "NewCo 8B"))
    result = openscore("list", "--format", "json", cwd=tree)
    assert result.returncode == 0, result.stderr
    assert {"newco-7b", "newco-8b"} <= {card["model_id"] for card in json.loads(result.stdout)["scorecards"]}
