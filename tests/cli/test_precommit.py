"""The pre-commit hook is given only the changed data files: names are still checked across every data
file of the work tree, and a clash is reported on the changed file that introduced it (issue 18, case 2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from openscore.cli.app import app

FIXTURE = Path(__file__).parents[1] / "fixtures" / "models.yaml"
ROOT = Path(__file__).parents[2]
EXTRA = """models:
  - id: acme-open
    name: Acme again
    organization: Acme Labs
    family: acme
    last_reviewed: 2026-11-01
    artifacts:
      weights: {status: closed}
"""


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "data").mkdir()
    shutil.copy(FIXTURE, tmp_path / "data" / "models.yaml")
    (tmp_path / "data" / "extra.yaml").write_text(EXTRA)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("OPENSCORE_DATA", raising=False)
    return tmp_path


def validate(*files: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["validate", *files])
    return result.exit_code, [line for line in result.stdout.splitlines() if ": error: " in line]


def test_a_new_file_duplicating_an_id_of_an_unchanged_file_fails(tree):
    code, errors = validate("data/extra.yaml")
    assert code == 1
    assert len(errors) == 1
    assert errors[0].startswith("data/extra.yaml:2:9: error: duplicate id 'acme-open' (first at data/models.yaml:")


def test_the_finding_belongs_to_the_changed_file(tree):
    code, errors = validate("data/models.yaml")
    assert code == 1
    assert [e.split(":")[0] for e in errors] == ["data/models.yaml"], "reported on the changed file, not on the unchanged extra.yaml"
    assert "duplicate id 'acme-open' (first at data/extra.yaml:2)" in errors[0]


def test_other_problems_of_unchanged_files_are_not_reported(tree):
    with open(tree / "data" / "models.yaml", "a") as out:
        out.write("  - id: Broken\n")
    code, errors = validate("data/extra.yaml")
    assert code == 1
    assert [e.split(":")[0] for e in errors] == ["data/extra.yaml"]


def test_files_outside_the_work_tree_data_are_checked_alone(tree, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "other.yaml"
    elsewhere.write_text(EXTRA)
    code, errors = validate(str(elsewhere))
    assert (code, errors) == (0, [])


def test_the_hooks_pass_the_changed_files_in_one_run():
    for config in (".pre-commit-hooks.yaml", ".pre-commit-config.yaml"):
        text = yaml.safe_load((ROOT / config).read_text())
        hooks = text if isinstance(text, list) else [h for repo in text["repos"] for h in repo["hooks"]]
        hook = next(h for h in hooks if h["id"] == "openscore-validate")
        assert hook["entry"] == "openscore validate" and hook.get("pass_filenames", True) and hook["require_serial"]
