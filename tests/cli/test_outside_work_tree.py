"""Outside any work tree: `validate` says it checks the bundled data, `info` lists every file and snapshot it uses,
and both name paths so that they can be found from anywhere (no `../..` relative to the working directory)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from openscore.resources import bundled

SNAPSHOTS = bundled("data") / "sources"


def openscore(*args: str, cwd: Path, snapshots: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = shutil.which("openscore") or pytest.skip("openscore is not installed as a command")
    environment = {k: v for k, v in os.environ.items() if k not in ("OPENSCORE_DATA", "OPENSCORE_SNAPSHOT_DIR")}
    # the bundled snapshots, whatever the user updated
    environment["OPENSCORE_SNAPSHOT_DIR"] = str(snapshots or cwd / "no-updates")
    return subprocess.run([command, *args], capture_output=True, text=True, cwd=cwd, env=environment, timeout=120)


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A directory with no data/models.yaml or [tool.openscore] in it or above (tmp is outside the checkout)."""
    here = tmp_path / "somewhere"
    here.mkdir()
    return here


def test_validate_says_it_checks_the_bundled_data(elsewhere):
    result = openscore("validate", "--max-age", "1", cwd=elsewhere)  # the bundled data is clean: ask for age warnings
    assert result.returncode == 0, result.stderr
    notice = result.stderr.splitlines()[0]
    assert notice.startswith("openscore: no openscore work tree here (no data/models.yaml")
    assert str(elsewhere) in notice and "checking the bundled data and rubrics" in notice
    assert f"<bundled> is {bundled('data').resolve().parent}" in notice
    findings = [line for line in result.stdout.splitlines() if ": warning: " in line or ": error: " in line]
    assert findings and all(line.startswith(("<bundled>/data/", "<bundled>/rubrics/")) for line in findings)
    assert str(bundled("data").resolve()) not in result.stdout


def test_validate_json_names_the_bundled_files_the_same_way(elsewhere):
    result = openscore("validate", "--format", "json", "--max-age", "1", cwd=elsewhere)
    document = json.loads(result.stdout)
    assert "<bundled>/data/models.yaml" in json.dumps(document)


def test_info_lists_the_database_snapshots(elsewhere):
    result = openscore("info", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "database snapshots:" in lines
    for name in ("mot", "osai-index"):
        meta = json.loads((SNAPSHOTS / f"{name}.json").read_bytes())["meta"]
        line = next(line for line in lines if line.startswith(f"  {name}: "))
        assert line == (f"  {name}: <bundled>/data/sources/{name}.json (bundled), commit {meta['commit'][:12]}, "
                        f"{meta['date']}, {meta['records']} records")


def test_info_paths_are_absolute_or_anchored(elsewhere):
    result = openscore("info", cwd=elsewhere)
    assert "../" not in result.stdout
    assert f"work tree: none (no data/models.yaml or [tool.openscore] in {elsewhere} or above)" in result.stdout
    assert f"bundled data and rubrics (<bundled>): {bundled('data').resolve().parent}" in result.stdout
    for path in re.findall(r"^  [\w-]+: (\S+)|^  (\S+)$", result.stdout, re.M):
        shown = path[0] or path[1]
        assert shown.startswith(("<bundled>/", "/")), shown


def test_info_names_an_updated_snapshot_by_its_absolute_path(elsewhere):
    updates = elsewhere.parent / "updated"
    updates.mkdir()
    shutil.copy(SNAPSHOTS / "mot.json", updates / "mot.json")
    result = openscore("info", cwd=elsewhere, snapshots=updates)
    line = next(line for line in result.stdout.splitlines() if line.startswith("  mot: "))
    assert line.startswith(f"  mot: {updates / 'mot.json'} (updated), commit ")


def test_info_in_a_work_tree_names_its_files_from_here(tmp_path):
    root = tmp_path / "facts"
    (root / "data").mkdir(parents=True)
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "models.yaml", root / "data" / "models.yaml")
    result = openscore("info", cwd=root)
    assert "work tree: . (found by ./data/models.yaml)" in result.stdout
    assert "data (work tree):\n  ./data/models.yaml\n" in result.stdout
