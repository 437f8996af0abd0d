"""`import` and `draft` notice what the data already has (issue 18, case 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from openscore.cli.app import app

FIXTURES = Path(__file__).parents[1] / "fixtures"
RECORD = FIXTURES / "frameworks" / "mof" / "class-iii-boundary.yml"
EXISTING = """models:
  - id: robin
    name: Robin 13B
    aliases: [robin-13b]
    organization: Robin Group
    family: robin
    hf_repos: [example/Robin-13B]
    last_reviewed: 2026-11-01
    artifacts:
      weights: {status: open, license: MIT, url: "https://example.org/robin/weights"}
      training_code: {status: unknown}
"""

runner = CliRunner()


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "models.yaml"
    path.write_text(EXISTING)
    monkeypatch.setenv("OPENSCORE_DATA", str(path))
    return path


def test_import_warns_of_a_collision_and_offers_prefix_and_merge(data):
    result = runner.invoke(app, ["import", "mof", str(RECORD)])
    assert result.exit_code == 0, result.output
    assert ("openscore: warning: imported 'robin-13b' (" in result.stderr
            and "collides with the existing entry robin (both are named 'robin-13b'); "
                "import with --prefix mof- to keep both, or --merge to complete robin with it" in result.stderr)


def test_import_with_prefix_loads_beside_the_existing_data(data, tmp_path):
    out = tmp_path / "imported.yaml"
    result = runner.invoke(app, ["import", "mof", str(RECORD), "--prefix", "mof-", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "collides" not in result.stderr
    assert "mof-robin-13b: left out example/Robin-13B, already names of existing entries" in result.stderr
    both = runner.invoke(app, ["rate", "mof-robin-13b", "--data", str(data), "--data", str(out), "-f", "json"])
    assert both.exit_code == 0, both.output


def test_import_with_merge_completes_the_existing_entry(data, tmp_path):
    out = tmp_path / "merged.yaml"
    result = runner.invoke(app, ["import", "mof", str(RECORD), "--merge", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "merged 'robin-13b' into the existing entry robin: added " in result.stderr
    [entry] = yaml.safe_load(out.read_text())["models"]
    assert entry["id"] == "robin" and entry["aliases"] == ["robin-13b"]
    assert entry["artifacts"]["weights"] == {"status": "open", "license": "MIT", "url": "https://example.org/robin/weights"}, "kept"
    assert entry["artifacts"]["training_code"]["status"] != "unknown", "completed from the record"
    assert runner.invoke(app, ["rate", "robin", "--data", str(out)]).exit_code == 0


def test_prefix_and_merge_together_are_refused(data):
    result = runner.invoke(app, ["import", "mof", str(RECORD), "--merge", "--prefix", "x-"])
    assert result.exit_code == 2
    assert "--prefix and --merge do not go together" in result.output


@pytest.mark.parametrize("repo", ["example/Robin-13B", "EXAMPLE/robin-13b", "https://huggingface.co/example/Robin-13B"])
def test_draft_of_a_listed_repo_names_the_entry_without_asking_the_hub(data, repo, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens: the Hub must not be needed
    result = runner.invoke(app, ["draft", repo])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.strip() == (f"openscore: {repo.removeprefix('https://huggingface.co/')} is already covered by robin "
                                     "(Robin 13B); see `openscore rate robin`, or draft it anyway with --force")
