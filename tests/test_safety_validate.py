"""`openscore validate` flags control characters and bidirectional overrides in data files and rubrics:
shown as placeholders elsewhere, they are how a hostile edit would hide what a reviewer reads."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from openscore.cli.app import app

ROOT = Path(__file__).resolve().parent.parent


def test_control_characters_and_bidi_overrides_in_a_data_file_are_errors(tmp_path):
    path = tmp_path / "models.yaml"
    path.write_text(
        "models:\n"
        "  - id: evil\n"
        "    name: \"Evil \\e[2J\"\n"
        "    organization: \"Org \\u202eLIM\"\n"
        "    family: evil\n"
        "    last_reviewed: 2026-01-01\n"
        "    notes: |\n"
        "      Two lines\n"
        "      and\ta tab are fine.\n"
        "    artifacts:\n"
        "      weights: {status: open, license: MIT, url: \"https://example.org/w\"}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert any(":3:11: error: text holds a control character (U+001B)" in line for line in lines), lines
    assert any(":4:19: error: text holds a bidirectional override (U+202E)" in line for line in lines), lines
    assert not any(":7:" in line for line in lines)


def test_a_rubric_with_a_control_character_is_an_error(tmp_path):
    rubric = yaml.safe_load((ROOT / "rubrics" / "openscore.yaml").read_text(encoding="utf-8"))
    rubric["criteria"][0]["name"] = "Weights\x07"
    path = tmp_path / "rubric.yaml"
    path.write_text(yaml.safe_dump(rubric, sort_keys=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and "error: text holds a control character (U+0007)" in result.output, result.output
