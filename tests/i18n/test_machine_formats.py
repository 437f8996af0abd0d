"""JSON is the same document in every language: same keys, ids, enums and numbers; only texts for people differ."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()
# Fields a person reads: they change with the language; every other value stays the same.
HUMAN = {"model_name", "model_notes", "notice", "organization", "name", "label", "description", "reason", "rationale",
         "note", "notes", "flags", "restrictions", "attribution"}  # attribution: the credit, its prose translated

COMMANDS = [
    ["rate", "qwen2"],
    ["rate", "llama-3", "--rubric", "all"],
    ["compare", "qwen2", "glm-4", "glm-4-9b"],
    ["list"],
    ["rubrics"],
    ["rubric", "show", "openscore"],
    ["license", "llama3.1"],
]


def document(args: list[str], lang: str) -> dict:
    result = runner.invoke(app, [*args, "--format", "json", "--lang", lang])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def shape(value: object, key: str = "") -> object:
    """The document with the texts for people blanked: what must not change with the language."""
    if isinstance(value, dict):
        return {k: shape(v, k) for k, v in value.items() if k != "lang"}
    if isinstance(value, list):
        return [shape(v, key) for v in value]
    if key in HUMAN:
        return type(value).__name__
    return value


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_json_is_the_same_document_in_both_languages(args):
    english, chinese = document(args, "en"), document(args, "zh")
    assert english["lang"] == "en" and chinese["lang"] == "zh"
    assert list(english) == list(chinese)
    assert shape(english) == shape(chinese)
    assert english != chinese  # the texts for people did change


def test_json_keeps_ids_and_enums_in_chinese():
    card = document(["rate", "qwen2"], "zh")["scorecards"][0]
    assert card["model_id"] == "qwen2" and card["verdict"]["id"] == "open-weights"
    assert card["verdict"]["label"] == "开放权重"
    assert {c["level"] for c in card["criteria"]} <= {"open", "partial", "closed", "unknown"}
    assert card["criteria"][0]["name"] == "权重" and card["criteria"][0]["id"] == "weights"
