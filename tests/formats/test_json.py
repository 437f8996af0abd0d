"""The published JSON Schema is current, and real output validates against it."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from openscore.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ROOT / "docs" / "schema" / "scorecards.schema.json"


def test_published_schema_is_up_to_date():
    build = runpy.run_path(str(ROOT / "scripts" / "build_json_schema.py"))
    assert json.loads(PUBLISHED.read_text()) == build["schema"](), "run scripts/build_json_schema.py"


def test_output_of_every_scorecard_view_validates(fixture_data):
    schema = json.loads(PUBLISHED.read_text())
    for args in (["rate", "acme"], ["compare", "acme", "bigco", "cloudco-api"], ["list"]):
        result = CliRunner().invoke(app, [*args, "--format", "json", "--data", str(fixture_data)])
        assert result.exit_code == 0, result.output
        jsonschema.validate(json.loads(result.stdout), schema)


def test_json_text_is_two_space_indented_utf8_through_a_real_pipe(tmp_path):
    """The layout tools diff in CI: 2-space indent, non-ASCII kept as is, one trailing newline (written as bytes to stdout)."""
    import subprocess
    import sys

    data = tmp_path / "models.yaml"
    data.write_text(
        "models:\n- id: qwen-x\n  name: 通义千问 X\n  organization: 阿里巴巴\n  family: qwen\n  last_reviewed: 2026-01-01\n"
        "  artifacts:\n    weights: {status: open, license: Apache-2.0, url: 'https://example.org/w'}\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, "-m", "openscore", "list", "--format", "json", "--data", str(data)],
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
    assert "通义千问 X" in text and "阿里巴巴" in text
