"""`openscore sources update`: from a checkout, offline failure, located warnings, whole files only."""

from __future__ import annotations

import dataclasses
import json

from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.sources import snapshot
from openscore.sources.databases import mot

runner = CliRunner()


def test_update_from_a_checkout_converts_skips_with_a_located_warning_and_is_used(mot_checkout, snapshot_dir):
    result = runner.invoke(app, ["sources", "update", "mot", "--from", str(mot_checkout)])
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if "Broken.yml" in line]
    assert len(skipped) == 1 and f"{mot_checkout}/models/Broken.yml" in skipped[0]
    assert ": warning: " in skipped[0] and skipped[0].endswith("; record skipped")
    assert "2 of 3 records converted (1 skipped)" in result.stderr and "2025-04-01" in result.stderr
    meta, _entries, records = snapshot.read(snapshot_dir / "mot.json", "mot")
    assert records == ("models/Acme-7B.yml", "models/Falcon-40B.yml") and meta.skipped[0][0] == "models/Broken.yml"
    assert meta.date == "2025-04-01" and len(meta.commit or "") == 40 and meta.license == "MIT"
    rated = runner.invoke(app, ["rate", "acme-7b", "--format", "json"])  # the updated snapshot is the one in use
    assert rated.exit_code == 0, rated.output
    assert json.loads(rated.stdout)["scorecards"][0]["source"]["record"] == "models/Acme-7B.yml"


def test_update_offline_fails_in_one_line_with_exit_3_and_changes_nothing(snapshot_dir, monkeypatch):
    target = snapshot_dir / "mot.json"
    target.write_text("previous")
    unreachable = dataclasses.replace(mot.DATABASE, repository="https://127.0.0.1:9/lfai/model_openness_tool")
    monkeypatch.setattr(mot, "DATABASE", unreachable)
    result = runner.invoke(app, ["sources", "update", "mot"])
    assert result.exit_code == 3
    assert len(result.stderr.strip().splitlines()) == 1 and "cannot fetch" in result.stderr and "nothing changed" in result.stderr
    assert target.read_text() == "previous" and [p.name for p in snapshot_dir.iterdir()] == ["mot.json"]


def test_update_from_a_directory_without_records_changes_nothing(tmp_path, snapshot_dir):
    target = snapshot_dir / "mot.json"
    target.write_text("previous")
    result = runner.invoke(app, ["sources", "update", "mot", "--from", str(tmp_path)])
    assert result.exit_code == 2 and "no Model Openness Tool records" in result.stderr
    assert target.read_text() == "previous"


def test_update_of_an_unknown_database_is_a_usage_error(snapshot_dir):
    result = runner.invoke(app, ["sources", "update", "nope", "--from", "."])
    assert result.exit_code == 2 and "no database source 'nope'" in result.stderr
