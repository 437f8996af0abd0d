"""Every note a license record shows (its notes, and the note beside each term) has a Chinese text."""

from __future__ import annotations

from typer.testing import CliRunner

from openscore.licenses import index as licenses
from openscore.licenses.index import chinese, index


def test_every_license_note_has_chinese():
    missing = []
    for key in index()["curated"]:
        record = licenses.record(key)
        texts = [record.notes, *(p.note for p in record.properties)]
        missing += [(key, text) for text in texts if text and chinese(text) is None]
    assert missing == []


def test_license_notes_are_shown_in_chinese():
    from openscore.cli.app import app

    english = CliRunner().invoke(app, ["license", "gemma", "--lang", "en"], env={"COLUMNS": "200"}).output
    chinese_ = CliRunner().invoke(app, ["license", "gemma", "--lang", "zh"], env={"COLUMNS": "200"}).output
    assert "Covers Gemma releases before Gemma 4" in english
    assert "适用于 Gemma 4 之前的 Gemma 版本" in chinese_ and "Covers Gemma" not in chinese_
    assert "模型衍生品" in chinese_
