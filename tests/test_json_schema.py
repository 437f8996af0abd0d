"""The published JSON Schema is current, and real output validates against it."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from openscore.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = ROOT / "docs" / "schema" / "scorecards.schema.json"


def test_published_schema_is_up_to_date():
    build = runpy.run_path(str(ROOT / "scripts" / "build_json_schema.py"))
    assert json.loads(PUBLISHED.read_text()) == build["schema"](), "run scripts/build_json_schema.py"


def test_output_of_every_scorecard_view_validates(fixture_data):
    schema = json.loads(PUBLISHED.read_text())
    for args in (["rate", "acme"], ["compare", "acme", "bigco", "cloudco-api"], ["list"]):
        result = CliRunner().invoke(app, [*args, "--format", "json", "--data", str(fixture_data)])
        assert result.exit_code == 0, result.output
        jsonschema.validate(json.loads(result.output), schema)
