"""Every row `openscore list` shows can be rated by the id it shows, and no two rows show the same id."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()


@pytest.fixture(scope="module")
def listed() -> list[dict]:
    result = runner.invoke(app, ["list", "--format", "json"])
    assert result.exit_code == 0, result.output
    cards = json.loads(result.stdout)["scorecards"]
    assert {c["source"]["name"] for c in cards} == {"curated", "mot", "osai-index"}
    return cards


def test_every_listed_id_rates_as_the_row_it_names(listed, monkeypatch):
    import typer.testing

    from openscore.cli import common

    catalog = common.load_catalog(None)  # read once, and the command built once: each `rate` below runs whole
    command = typer.testing._get_command(app)
    monkeypatch.setattr(common, "load_catalog", lambda data, sources=None: catalog)
    monkeypatch.setattr(typer.testing, "_get_command", lambda _app: command)
    wrong = []
    for card in listed:
        result = runner.invoke(app, ["rate", card["model_id"], "--format", "json"])
        if result.exit_code != 0:
            wrong.append(f"{card['model_id']}: exit {result.exit_code}: {result.output.strip()}")
            continue
        rated = json.loads(result.stdout)["scorecards"][0]
        if (rated["model_id"], rated["source"]["name"], rated["source"]["record"], rated["score"]) != \
                (card["model_id"], card["source"]["name"], card["source"]["record"], card["score"]):
            wrong.append(f"{card['model_id']}: rated {rated['source']['name']} {rated['source']['record']}, "
                         f"listed {card['source']['name']} {card['source']['record']}")
    assert not wrong, "\n".join(wrong)


def test_no_two_rows_show_the_same_id(listed):
    assert [name for name, count in Counter(c["model_id"] for c in listed).items() if count > 1] == []


def test_an_id_several_sources_share_is_the_first_sources_and_the_others_are_qualified(listed):
    shown = {c["model_id"]: c["source"]["name"] for c in listed}
    assert shown["amber"] == "curated" and shown["osai-index:amber"] == "osai-index"  # AmberSafe, another release
    assert shown["xgen"] == "mot" and shown["osai-index:xgen"] == "osai-index"
    assert shown["qwen-72b"] == "mot" and shown["osai-index:qwen"] == "osai-index"  # 'qwen' rates the curated Qwen series


def test_a_database_id_beats_a_curated_family_and_says_which_curated_entries_it_also_names():
    result = runner.invoke(app, ["rate", "qwen-72b", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scorecards"][0]["source"]["name"] == "mot"
    assert "'qwen-72b' is the mot record shown" in result.stderr and "qwen2" in result.stderr


def test_a_family_name_rates_the_series():
    result = runner.invoke(app, ["rate", "llama", "--format", "json"])
    assert result.exit_code == 0, result.output
    rated = {c["model_id"] for c in json.loads(result.stdout)["scorecards"]}
    assert {"llama-2", "llama-3", "llama-3.1"} <= rated
    assert "'llama' names the whole llama series" in result.stderr


def test_a_size_the_data_does_not_record_says_so_and_shows_the_entry():
    for model, size, entry in (("llama-3-13b-instruct", "13b", "llama-3"), ("qwen2-3b", "3b", "qwen2")):
        result = runner.invoke(app, ["rate", model])
        assert result.exit_code == 0, result.output
        assert f"the data records no size {size} of '{entry}'; showing the entry '{entry}'" in result.stderr
        assert "cover" not in result.stderr


def test_an_unknown_name_with_nothing_close_points_to_list():
    result = runner.invoke(app, ["rate", "nonexistent-model"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "openscore: error: no model 'nonexistent-model'; `openscore list` shows every model"


def test_a_name_in_parentheses_gets_its_id_without_a_second_pair():
    result = runner.invoke(app, ["rate", "gpt-oss-120b"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("OpenAI gpt-oss (gpt-oss-20b, gpt-oss-120b), id gpt-oss · OpenAI")


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_a_list_of_one_source_has_no_source_column_and_names_the_source_once(fmt):
    result = runner.invoke(app, ["list", "--source", "osai-index", "--format", fmt], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if "Model" in line)
    assert "Source" not in header
    assert "osai-index's facts" in " ".join(result.stdout.replace("`", "").split())
    mixed = runner.invoke(app, ["list", "--format", fmt], env={"COLUMNS": "200"})
    assert "Source" in next(line for line in mixed.stdout.splitlines() if "Model" in line)
