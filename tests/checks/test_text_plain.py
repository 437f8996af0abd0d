"""The text check's short cut: a data file whose text holds no suspicious character and no escape is not walked
string by string; any other file is, so nothing is missed."""

from __future__ import annotations

from typer.testing import CliRunner

from openscore.checks.text import _suspicious, plain_source
from openscore.cli.app import app


def test_every_character_the_check_looks_for_makes_a_text_not_plain():
    wanted = [c for c in map(chr, range(0x3000)) if _suspicious(c)]
    assert len(wanted) > 60  # C0, DEL, C1, the line separators, the bidi overrides
    for c in wanted:
        assert not plain_source(f"name: '{c}'") and not plain_source(f"name: '{c}'".encode("utf-8", "surrogatepass")), hex(ord(c))
    assert not plain_source(b"name: \"\\e[2J\"") and not plain_source("name: '\\'")  # an escape may write one
    assert plain_source("name: Évian 深度求索 — ok\n\tnotes: |\n  two\n  lines\n".encode())
    assert not plain_source("name: x".encode("utf-16"))  # not UTF-8: walked


def test_a_raw_bidi_override_is_still_found(tmp_path):
    path = tmp_path / "models.yaml"
    path.write_text(
        "models:\n"
        "  - id: evil\n"
        "    name: Evil\n"
        "    organization: Org \u2067LIM\n"
        "    family: evil\n"
        "    last_reviewed: 2026-01-01\n"
        "    artifacts:\n"
        "      weights: {status: open, license: MIT, url: 'https://example.org/w\u202e'}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert ":4:19: error: text holds a bidirectional override (U+2067)" in result.output, result.output
    assert ":8:50: error: text holds a bidirectional override (U+202E)" in result.output, result.output
