"""Bidirectional controls in data text (U+202A-U+202E, U+2066-U+2069) never reach the output raw: every human
format shows a placeholder, JSON and YAML write them escaped (the same data)."""

from __future__ import annotations

import json

import pytest
import yaml
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.textsafe import BIDI_CONTROLS, clean, json_bytes, json_text, line

runner = CliRunner()
HOSTILE = {
    "id": "evil",
    "name": "Evil \u202eexe.TNP",
    "organization": "Acme \u2066corp\u2069",
    "family": "evil",
    "last_reviewed": "2026-01-01",
    "notes": "note \u202a here \u202c and \u202b \u202d \u2067 \u2068",
    "artifacts": {"weights": {"status": "open", "license": "Apache-2.0", "url": "https://example.org/\u202ex",
                              "notes": "weights \u202e note"}},
}


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "bidi.yaml"
    path.write_text(yaml.safe_dump({"models": [HOSTILE]}, allow_unicode=True), encoding="utf-8")
    assert "\u202e" in path.read_text(encoding="utf-8")
    return path


def raw_bidi(text: str) -> set[str]:
    return BIDI_CONTROLS & set(text)


def test_textsafe_shows_every_bidi_control_as_a_placeholder():
    for char in BIDI_CONTROLS:
        assert clean(f"a{char}b") == "a\ufffdb" and line(f"a{char}\nb") == "a\ufffd␤b"
    assert clean("עברית مرحبا \u200f") == "עברית مرحبا \u200f"  # right-to-left text and marks are text


def test_json_escapes_bidi_controls_keeping_the_data():
    document = json.dumps({"k": "a\u202eb\u2069"}, ensure_ascii=False)
    assert not raw_bidi(json_text(document)) and json.loads(json_text(document)) == {"k": "a\u202eb\u2069"}
    assert b"\xe2\x80\xae" not in json_bytes(document.encode()) and json.loads(json_bytes(document.encode())) == {"k": "a\u202eb\u2069"}


@pytest.mark.parametrize("command", [["rate", "evil"], ["list"], ["compare", "evil", "evil"]])
@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "json", "yaml"])
def test_scorecard_formats_hold_no_raw_bidi_control(data, command, fmt):
    result = runner.invoke(app, [*command, "--data", str(data), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert not raw_bidi(result.stdout), fmt
    if command[0] == "rate" and fmt in ("table", "markdown"):
        assert "Evil \ufffdexe.TNP" in result.stdout
    if command[0] == "list" and fmt in ("markdown", "csv"):
        assert "Acme \ufffdcorp\ufffd" in result.stdout
    if fmt == "json":
        assert "Evil \u202eexe.TNP" in json.dumps(json.loads(result.stdout), ensure_ascii=False)  # the data, escaped
    if fmt == "yaml":
        assert "Evil \u202eexe.TNP" in yaml.safe_dump(yaml.safe_load(result.stdout), allow_unicode=True)


def test_rate_sources_view_holds_no_raw_bidi_control(data):
    for fmt in ("table", "markdown", "json"):
        result = runner.invoke(app, ["rate", "evil", "--data", str(data), "--sources", "--format", fmt])
        assert result.exit_code == 0, result.output
        assert not raw_bidi(result.stdout), fmt


def test_report_page_and_badges_hold_no_raw_bidi_control(data, tmp_path):
    page = tmp_path / "page.html"
    result = runner.invoke(app, ["report", "--html", str(page), "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert not raw_bidi(page.read_text(encoding="utf-8")) and "Evil \ufffdexe.TNP" in page.read_text(encoding="utf-8")
    for fmt in ("svg", "shields"):
        result = runner.invoke(app, ["badge", "evil", "--data", str(data), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert not raw_bidi(result.stdout), fmt
    svg = runner.invoke(app, ["badge", "evil", "--data", str(data)]).stdout
    assert "<title>Evil \ufffdexe.TNP" in svg


def test_validate_still_names_the_character(data):
    result = runner.invoke(app, ["validate", str(data)])
    assert result.exit_code == 1 and "U+202E" in result.output and "U+2066" in result.output
