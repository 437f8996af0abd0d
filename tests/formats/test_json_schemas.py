"""Every JSON kind has a published, current JSON Schema, and the real output of every command validates against it."""

from __future__ import annotations

import json
import runpy
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.rubrics import available

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "docs" / "schema"
BUILD = runpy.run_path(str(ROOT / "scripts" / "build_json_schema.py"))
KINDS = list(BUILD["SHAPES"])


def invoke(*args: str, code: int = 0) -> dict:
    """Run a command with `--format json`; its document, checked against the schema of its kind."""
    result = CliRunner().invoke(app, [*args, "--format", "json"])
    assert result.exit_code == code, result.output
    document = json.loads(result.stdout)
    jsonschema.validate(document, json.loads((SCHEMAS / f"{document['kind']}.schema.json").read_text()))
    as_yaml = yaml.safe_load(CliRunner().invoke(app, [*args, "--format", "yaml"]).stdout)
    same = dict(document)
    if document["kind"] == "hub-findings":  # the second sync answers from the cache
        assert as_yaml.pop("sync").keys() == same.pop("sync").keys()
    assert as_yaml == same  # the YAML format prints the same document
    return document


@pytest.mark.parametrize("kind", KINDS)
def test_published_schema_is_current(kind):
    assert json.loads((SCHEMAS / f"{kind}.schema.json").read_text()) == BUILD["schema"](kind), "run scripts/build_json_schema.py"


def test_every_kind_is_documented_in_json_md():
    text = (ROOT / "docs" / "JSON.md").read_text()
    for kind in KINDS:
        assert f'"kind": "{kind}"' in text and f"schema/{kind}.schema.json" in text, kind


def test_scorecard_documents(fixture_data):
    data = ["--data", str(fixture_data)]
    assert invoke("rate", "acme", *data)["kind"] == "scorecards"
    assert invoke("compare", "acme", "bigco", *data)["view"] == "compare"
    assert invoke("list", *data)["view"] == "list"
    assert invoke("rate", "acme", "--rubric", "all", *data)["kind"] == "rubric-comparison"


def test_rubrics():
    assert len(invoke("rubrics")["rubrics"]) == len(available())
    assert [r["id"] for r in invoke("rubric", "show", "mof")["rubrics"]] == ["mof"]


def test_findings(monkeypatch):
    monkeypatch.chdir(ROOT / "tests" / "fixtures" / "validate")
    found = invoke("validate", "evidence.yaml", "dates.yaml", code=1)
    assert found["errors"] >= 1 and all(f["file"] for f in found["findings"])
    assert invoke("validate", "clean.yaml")["findings"] == []


def test_score_diff(tmp_path, monkeypatch, fixture_data):
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    shutil.copy(fixture_data, tmp_path / "models.yaml")
    shutil.copy(available()["openscore"], tmp_path / "openscore.yaml")
    for args in (["init", "-q", "-b", "main"], ["add", "."], ["commit", "-q", "-m", "data"]):
        subprocess.run([*git, *args], cwd=tmp_path, check=True, capture_output=True)
    (tmp_path / "models.yaml").write_text((tmp_path / "models.yaml").read_text().replace("status: open", "status: partial", 1))
    monkeypatch.chdir(tmp_path)
    found = invoke("diff", "models.yaml", "openscore.yaml")
    assert [c["change"] for r in found["rubrics"] for c in r["changes"]] == ["changed"]


def test_licenses():
    assert invoke("license", "llama3")["license"]["key"] == "llama3"
    assert len(invoke("licenses")["licenses"]) > 5


def test_hub_findings(hub, tmp_path):
    data = tmp_path / "models.yaml"
    data.write_text("models:\n- id: m\n  name: M\n  organization: O\n  family: m\n  hf_repos: [org/m, org/gone]\n  last_reviewed: 2026-01-01\n"
                    "  licenses: {distribution: MIT}\n  artifacts:\n    weights: {status: open, url: 'https://example.org/w'}\n")
    hub.add("org/m", license="apache-2.0")
    found = CliRunner().invoke(app, ["hub", "sync", "--data", str(data), "--format", "json"])
    assert found.exit_code == 3
    assert json.loads(found.stdout)["sync"]["repos"] == 2
    found = invoke("hub", "sync", "--data", str(data), code=3)
    assert found["sync"]["repos"] == 2 and found["sync"]["failed"] == 1 and found["sync"]["cached"] == 1
    assert [d["topic"] for d in found["discrepancies"]] == ["license"]
    assert [f["repo"] for f in found["failed"]] == ["org/gone"]
