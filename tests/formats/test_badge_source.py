"""The badge says whose facts it shows: the shields.io JSON carries the source and whether openscore reviewed it."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()


@pytest.fixture
def snapshot_dir(tmp_path, monkeypatch):
    """The bundled database snapshots, whatever the user updated."""
    monkeypatch.setenv("OPENSCORE_SNAPSHOT_DIR", str(tmp_path))
    monkeypatch.delenv("OPENSCORE_DATA", raising=False)
    return tmp_path


def shields(*args: str) -> dict:
    result = runner.invoke(app, ["badge", *args, "--format", "shields"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_database_record_badge_says_it_is_unreviewed_database_data(snapshot_dir):
    document = shields("aquila-7b")
    assert document["schemaVersion"] == 1 and document["label"] == "openness"
    source = document["source"]
    assert {key: source[key] for key in ("name", "database", "reviewed")} == {"name": "mot", "database": "Model Openness Tool",
                                                                              "reviewed": False}
    assert source["notice"].startswith("facts from the Model Openness Tool, snapshot ")
    assert source["notice"].endswith("; not reviewed by openscore")


def test_a_curated_badge_says_curated_and_reviewed():
    assert shields("llama-3")["source"] == {"name": "curated", "database": "openscore data file", "reviewed": True}


def test_the_notice_is_in_the_run_language(snapshot_dir):
    result = runner.invoke(app, ["badge", "aquila-7b", "--format", "shields", "--lang", "zh"])
    assert "未经 openscore 审核" in json.loads(result.stdout)["source"]["notice"]
