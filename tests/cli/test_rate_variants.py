"""`rate` and `list` with variants, loose names and the data's notes (issue 17, issue 18 "Names")."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("name", ["qwen2-72b", "Qwen/Qwen2-72B-Instruct", "Qwen2 72B", "hf.co/Qwen/Qwen2-72B"])
def test_a_variants_names_grade_the_variant(name):
    result = run("rate", name, "--format", "json")
    assert result.exit_code == 0, result.output
    card = json.loads(result.stdout)["scorecards"][0]
    assert (card["model_id"], card["variant_of"]) == ("qwen2-72b", "qwen2")
    weights = card["criteria"][0]["artifacts"][0]
    assert (weights["kind"], weights["license"], weights["license_class"]) == ("weights", "tongyi-qianwen", "restricted")
    assert card["verdict"]["id"] != "open-weights"


def test_the_family_says_which_variants_differ_and_how():
    result = run("rate", "qwen2")
    assert result.exit_code == 0, result.output
    assert "2 of 10 models under more restrictive terms: qwen2-72b (Qwen2-72B, Qwen2-72B-Instruct)" in " ".join(result.stdout.split())
    assert "tongyi-qianwen instead of Apache-2.0" in " ".join(result.stdout.split())


def test_a_variant_says_how_it_differs_from_its_family():
    out = " ".join(run("rate", "qwen2.5-3b").stdout.split())
    assert "Variant of qwen2.5 (Qwen2.5): weights, finetuned_weights under qwen-research instead of Apache-2.0" in out


def test_a_size_without_a_variant_grades_the_family_and_says_so():
    result = run("rate", "Qwen2-1.5B-Instruct-AWQ", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scorecards"][0]["model_id"] == "qwen2"
    assert "showing the entry 'qwen2' (Qwen2) instead" in result.stderr


def test_list_shows_families_and_with_variants_their_variants_too():
    families = json.loads(run("list", "--format", "json").stdout)["scorecards"]
    everything = json.loads(run("list", "--variants", "--format", "json").stdout)["scorecards"]
    ids = {c["model_id"] for c in families}
    assert "qwen2" in ids and "qwen2-72b" not in ids
    with_variants = {c["model_id"]: c for c in everything}
    assert {"qwen2", "qwen2-72b", "qwen2.5-3b", "deepseek-r1-distill-llama-70b"} <= set(with_variants)
    assert with_variants["qwen2-72b"]["variant_of"] == "qwen2"
    assert len(everything) > len(families)


def test_the_table_shows_the_datas_notes_shortened_with_a_pointer_to_the_full_text():
    out = run("rate", "chatgpt").stdout
    notes = out[out.index("Notes from the data"):]
    assert "api (closed): gpt-3.5-turbo was served from March 2023" in " ".join(notes.split())
    assert "shutdown for 2026-10-23" in " ".join(notes.split())
    assert "--format markdown (or json)" in notes
    link = next(line for line in out.splitlines() if "developers.openai.com/api/docs/deprecations" in line)
    assert link.startswith("[") and f"{link.split(']')[0]}]" in notes  # the note points at its evidence


def test_markdown_json_and_yaml_carry_the_notes_in_full():
    markdown = run("rate", "chatgpt", "--format", "markdown").stdout
    assert "In the ChatGPT app GPT-3.5 had already been replaced by newer models in 2024." in markdown
    card = json.loads(run("rate", "chatgpt", "--format", "json").stdout)["scorecards"][0]
    assert card["model_notes"].endswith("were shut down on 2026-10-23.")
    api = next(n for n in card["artifact_notes"] if n["kind"] == "api")
    assert api["url"] == "https://developers.openai.com/api/docs/deprecations" and api["status"] == "closed"
    assert "model_notes: " in run("rate", "chatgpt", "--format", "yaml").stdout
