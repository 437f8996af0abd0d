"""yamlio: the one YAML reader (values with their line:column, standard tags only) and the one writer."""

from __future__ import annotations

import datetime as dt

import pytest

from openscore.errors import OpenscoreError
from openscore.yamlio import Flow, FlowList, dump, load


def test_values_and_where_they_stand():
    document, source = load("models:\n  - id: x\n    released: 2024-05-01\n    aliases: [a, b]\n", "f.yaml")
    assert document == {"models": [{"id": "x", "released": dt.date(2024, 5, 1), "aliases": ["a", "b"]}]}
    assert source.locate(("models", 0, "released")) == (3, 15)
    assert source.locate(("models", 0, "aliases", 1)) == (4, 18)
    assert source.locate(("models", 0, "id"), key=True) == (2, 5)
    assert str(source.problem(("models", 0, "id"), "bad")) == "f.yaml:2:9: error: bad"


@pytest.mark.parametrize("text", ["a: !!python/object/apply:os.system ['true']\n", "a: [1, 2\n", "a: 1\na: 2\n"])
def test_unsafe_malformed_or_ambiguous_text_is_one_located_error(text):
    with pytest.raises(OpenscoreError) as raised:
        load(text, "f.yaml")
    assert all(p.file == "f.yaml" and p.line for p in raised.value.problems)


def test_dump_keeps_order_unicode_and_one_line_flows():
    text = dump({"models": [{"id": "qwen", "name": "通义千问", "type": FlowList(["base", "chat"]),
                             "artifacts": {"weights": Flow(status="open", url="https://example.org/w")}}]}, indent_lists=True)
    assert "name: 通义千问" in text and "type: [base, chat]" in text
    assert "weights: {status: open, url: 'https://example.org/w'}" in text or "weights: {status: open, url: https://example.org/w}" in text
    assert load(text, "f.yaml")[0]["models"][0]["artifacts"]["weights"]["status"] == "open"


def test_control_characters_are_escaped_by_the_writer():
    text = dump({"name": "a\x1b[31mb"})
    assert "\x1b" not in text and load(text, "f.yaml")[0] == {"name": "a\x1b[31mb"}
