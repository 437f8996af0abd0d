"""Everyday spellings of options (issue 18, "Everyday options"): organizations by part of their name or an
alias, verdicts by their label, `compare --rubric all`, option values in any case, option errors on one line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()


def listed(*args: str) -> list[dict]:
    result = runner.invoke(app, ["list", "-f", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["scorecards"]


@pytest.mark.parametrize(("org", "expected", "word"), [
    ("alibaba", "qwen2", "alibaba"), ("ALIBABA", "qwen2", "alibaba"), ("qwen", "qwen2", "alibaba"),
    ("Zhipu AI", "glm-4", "zhipu"), ("zhipu", "chatglm-6b", "zhipu"), ("THUDM", "chatglm-6b", "thudm"),
    ("ai2", "olmo", "ai"), ("allenai", "olmo", "ai"), ("facebook", "llama-3", "meta"),
])
def test_org_matches_part_of_the_name_or_an_alias_in_any_case(org, expected, word):
    cards = listed("--org", org)
    assert expected in {c["model_id"] for c in cards}
    assert all(word in c["organization"].lower() for c in cards)


def test_org_that_matches_nothing_lists_nothing():
    assert listed("--org", "no such lab") == []


def test_verdict_by_the_label_the_table_shows():
    by_id = [c["model_id"] for c in listed("--verdict", "open-weights")]
    assert by_id and by_id == [c["model_id"] for c in listed("--verdict", "open weights")]
    assert by_id == [c["model_id"] for c in listed("--verdict", "Open Weights")]


def test_unknown_verdict_lists_ids_and_labels():
    result = runner.invoke(app, ["list", "--verdict", "opne", "--rubric", "osaid"])
    assert result.exit_code == 2
    assert "no verdict 'opne' in rubric osaid; known: open-source-ai, not-open-source-ai" in result.output


def test_one_model_is_not_models():
    result = runner.invoke(app, ["list", "--org", "xai", "--source", "curated"])
    assert result.exit_code == 0, result.output
    assert "1 model. " in result.stdout and "1 models" not in result.stdout


def test_compare_rubric_all():
    table = runner.invoke(app, ["compare", "qwen2", "glm-4", "--rubric", "all"])
    assert table.exit_code == 0, table.output
    for title in ("rubric openscore", "rubric eosai", "rubric mof", "rubric osaid"):
        assert title in table.stdout
    document = json.loads(runner.invoke(app, ["compare", "qwen2", "glm-4", "--rubric", "ALL", "-f", "json"]).stdout)
    assert document["kind"] == "rubric-comparison"
    pairs = [(c["model_id"], c["rubric_id"]) for c in document["scorecards"]]
    assert pairs == [(m, r) for m in ("qwen2", "glm-4") for r in ("openscore", "eosai", "eosai-2023", "mof", "osaid")]


def test_option_values_in_any_case():
    result = runner.invoke(app, ["rate", "llama-3", "--format", "JSON", "--rubric", "MOF"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rubric"]["id"] == "mof"
    assert runner.invoke(app, ["validate", "tests/fixtures/validate/clean.yaml", "--format", "GitHub"]).exit_code == 0


@pytest.mark.parametrize(("args", "message"), [
    (["rate", "llama-3", "--format", "xml"],
     "openscore: error: invalid value for --format: 'xml' is not one of 'table', 'json', 'yaml', 'csv', 'markdown' "
     "(see `openscore rate --help`)"),
    (["rate", "llama-3", "--bogus"], "openscore: error: no such option: --bogus (see `openscore rate --help`)"),
    (["rate"], "openscore: error: missing argument MODEL (see `openscore rate --help`)"),
    (["list", "--min-score", "abc"], "openscore: error: invalid value for --min-score: 'abc' is not a number "
                                     "(see `openscore list --help`)"),
])
def test_option_errors_are_one_line_in_openscores_style(args, message, tmp_path):
    result = subprocess.run([sys.executable, "-m", "openscore", *args], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert (result.stdout, result.stderr) == ("", message + "\n")
