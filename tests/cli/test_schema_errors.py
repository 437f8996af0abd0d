"""A data file with a schema error: every command words it as `openscore validate` does, in the same path style."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parents[1] / "fixtures" / "models.yaml"
READABLE = "acme-open: released '2023-02-31' (no such day) is not a date; write YYYY-MM-DD"
NEW_ENTRY = """
  - id: newco-7b
    name: NewCo 7B
    organization: NewCo
    family: newco
    last_reviewed: 2026-11-01
    artifacts:
      weights: {status: open, license: Apache-2.0, url: "https://example.org/newco/weights"}
"""


def openscore(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = shutil.which("openscore") or pytest.skip("openscore is not installed as a command")
    environment = {k: v for k, v in os.environ.items() if k != "OPENSCORE_DATA"}
    return subprocess.run([command, *args], capture_output=True, text=True, cwd=cwd, env=environment, timeout=60)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A git work tree whose committed data gained an impossible date on acme-open and a new entry."""
    root = tmp_path / "facts"
    (root / "data").mkdir(parents=True)
    text = FIXTURE.read_text()
    (root / "data" / "models.yaml").write_text(text)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    assert "released: 2024-01-15" in text
    (root / "data" / "models.yaml").write_text(text.replace("released: 2024-01-15", "released: 2023-02-31", 1) + NEW_ENTRY)
    return root


def _errors(stream: str) -> list[str]:
    return [line.removeprefix("openscore: ") for line in stream.splitlines() if ": error: " in line]


def test_rate_and_list_say_what_validate_says(tree):
    validate = openscore("validate", cwd=tree)
    assert validate.returncode == 1
    expected = [line for line in validate.stdout.splitlines() if ": error: " in line]
    assert expected and READABLE in expected[0] and expected[0].startswith("data/models.yaml:")
    for args in (("rate", "acme-weights"), ("list",)):
        result = openscore(*args, cwd=tree)
        assert result.returncode == 2, result.stderr
        assert _errors(result.stderr) == expected  # same words, same relative path, same place
        assert "Input should be" not in result.stderr and str(tree) not in result.stderr
        assert "`openscore validate` for the full list" in result.stderr.splitlines()[-1]
        assert "Traceback" not in result.stderr


def test_from_a_subdirectory_the_path_is_the_one_validate_prints_there(tree):
    inside = tree / "docs"
    inside.mkdir()
    validate = openscore("validate", cwd=inside)
    rate = openscore("rate", "acme-weights", cwd=inside)
    assert _errors(rate.stderr) == [line for line in validate.stdout.splitlines() if ": error: " in line]


def test_many_problems_show_the_first_ones_and_count_the_rest(tree):
    path = tree / "data" / "models.yaml"
    path.write_text(path.read_text().replace("last_reviewed: 20", "last_reviewed: 19-"))
    expected = [line for line in openscore("validate", cwd=tree).stdout.splitlines() if ": error: " in line]
    assert len(expected) > 6
    result = openscore("rate", "acme-weights", cwd=tree)
    assert result.returncode == 2
    assert _errors(result.stderr) == expected[:5]
    assert f"{len(expected) - 5} more problems; run `openscore validate` for the full list" in result.stderr


def test_diff_still_shows_what_the_rest_of_the_edit_changes(tree):
    result = openscore("diff", "--format", "json", cwd=tree)
    assert result.returncode == 1, result.stderr
    assert _errors(result.stderr) == [f"data/models.yaml:8:15: error: {READABLE}"]
    assert "newco-7b" in result.stdout  # the valid new entry is still compared
    assert "acme-open" not in result.stdout  # left out on both sides: not reported as removed
    assert "left out 1 entry that does not validate" in result.stdout


def test_diff_refuses_a_file_that_is_no_data_file(tree):
    (tree / "data" / "models.yaml").write_text("models: [unclosed\n")
    result = openscore("diff", cwd=tree)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "data/models.yaml:" in result.stderr
