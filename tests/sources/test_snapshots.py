"""The bundled database snapshots: they load offline, say where they came from, and fail by name when broken."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.sources import snapshot
from openscore.sources.registry import DATABASES, database

runner = CliRunner()


@pytest.mark.parametrize("name", list(DATABASES))
def test_bundled_snapshot_records_upstream_license_and_attribution(name):
    meta, entries, records = snapshot.read(snapshot.bundled_path(name), name)
    spec = database(name)
    assert meta.repository == spec.repository and meta.repository.startswith("https://github.com/")
    assert re.fullmatch(r"[0-9a-f]{40}", meta.commit or "")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.date or "")
    assert meta.license == spec.license and meta.attribution == spec.attribution
    assert meta.records >= 150 and meta.converted == len(entries) == len(records)
    assert all(not r.startswith("/") for r in records)  # upstream paths, never where the checkout happened to be
    assert not any("/tmp/" in why for _, why in meta.skipped)


def test_osai_index_credits_the_index_files_as_its_license_asks():
    spec = database("osai-index")
    assert "10.5281/zenodo.15386042" in spec.attribution and "osai-index.eu" in spec.attribution and spec.license == "CC-BY-4.0"


def _broken(snapshot_dir: Path, text: str, name: str = "mot") -> Path:
    path = snapshot_dir / f"{name}.json"
    path.write_text(text)
    return path


@pytest.mark.parametrize(("text", "says"), [
    ("{not json", "is corrupt"),
    ('{"format": "something-else"}', "is corrupt"),
    ('{"format": "openscore-snapshot", "version": 99, "meta": {}, "entries": []}', "newer openscore"),
    ('{"format": "openscore-snapshot", "version": 1, "meta": {}, "entries": []}', "is corrupt"),
])
def test_a_bad_snapshot_is_one_line_naming_it_and_the_other_sources_still_answer(snapshot_dir, text, says):
    path = _broken(snapshot_dir, text)
    curated = runner.invoke(app, ["rate", "llama-3"])
    assert curated.exit_code == 0 and "source mot" not in curated.output  # a curated answer never reads a snapshot
    other = runner.invoke(app, ["list", "--format", "json"])
    assert other.exit_code == 0
    warnings = [line for line in other.stderr.splitlines() if "source mot" in line]
    assert len(warnings) == 1 and str(path) in warnings[0] and says in warnings[0]
    sources = {c["source"]["name"] for c in json.loads(other.stdout)["scorecards"]}
    assert "mot" not in sources and "curated" in sources


def test_a_bad_snapshot_named_with_source_is_an_error(snapshot_dir):
    _broken(snapshot_dir, "{not json")
    result = runner.invoke(app, ["list", "--source", "mot"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "source mot: snapshot" in result.stderr and "Traceback" not in result.stderr


def test_a_missing_snapshot_says_so(snapshot_dir, monkeypatch):
    monkeypatch.setattr(snapshot, "bundled_path", lambda name: snapshot_dir / "nowhere" / f"{name}.json")
    result = runner.invoke(app, ["sources", "--format", "json"])
    assert result.exit_code == 0
    rows = {r["name"]: r for r in json.loads(result.stdout)["sources"]}
    assert "is missing" in rows["mot"]["error"] and rows["curated"]["error"] is None


def test_sources_lists_every_source_with_counts_and_credit(snapshot_dir):
    result = runner.invoke(app, ["sources", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(result.stdout)["sources"]}
    assert list(rows) == ["curated", *DATABASES]
    mot = rows["mot"]
    assert mot["records"] >= 250 and mot["converted"] == mot["records"] - sum(n for _, n in mot["skipped"])
    assert mot["linked"] > 0 and mot["license"] == "MIT" and "Model Openness Tool" in mot["attribution"]
    table = runner.invoke(app, ["sources"]).stdout
    assert "upstream https://github.com/lfai/model_openness_tool" in table and "linked to a curated entry" in table


def test_snapshot_works_from_the_built_wheel_offline(tmp_path):
    """Build the wheel, unpack it (a pure-Python install), and rate a database-only release from another directory."""
    import subprocess
    import sys
    import zipfile

    pytest.importorskip("hatchling")
    root = Path(__file__).resolve().parents[2]
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path / "dist"), str(root)],
                           capture_output=True, text=True, timeout=120)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("openscore-*.whl")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    assert (site / "openscore" / "_bundled" / "data" / "sources" / "mot.json").is_file()
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "OPENSCORE_SNAPSHOT_DIR": str(tmp_path / "none"),
           "OPENSCORE_CACHE_DIR": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1"}
    run = subprocess.run([sys.executable, "-m", "openscore", "rate", "aquila-7b", "--format", "json"], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    card = json.loads(run.stdout)["scorecards"][0]
    assert card["source"]["name"] == "mot" and card["source"]["reviewed"] is False
    assert card["source"]["record"] == "models/Aquila-7B.yml"
