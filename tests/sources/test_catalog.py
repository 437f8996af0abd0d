"""One catalog over every source: curated wins, database-only releases answer with a banner, names resolve across sources."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from typer.testing import CliRunner

from openscore.cli import common
from openscore.cli.app import app
from openscore.domain.catalog import AmbiguousModel
from openscore.domain.evidence import ModelEntry
from openscore.sources.links import link

runner = CliRunner()
BANNER = "facts from the Model Openness Tool, snapshot 2026-05-11; not reviewed by openscore"


def entry(id: str, **fields: object) -> ModelEntry:
    return ModelEntry.model_validate({"id": id, "name": fields.pop("name", id), "organization": "Org", "family": id.split("-")[0],
                                      "last_reviewed": dt.date(2025, 1, 1), **fields})


def test_curated_answer_never_loads_a_snapshot(monkeypatch):
    catalog = common.load_catalog(None)
    assert catalog.find("llama-3").id == "llama-3"
    assert catalog._loaded is None  # the databases were not read


def test_a_database_only_release_answers_with_its_source_in_json_and_banner_in_every_format(snapshot_dir):
    data = json.loads(runner.invoke(app, ["rate", "aquila-7b", "--format", "json"]).stdout)
    card = data["scorecards"][0]
    assert card["source"] == {"name": "mot", "database": "Model Openness Tool", "record": "models/Aquila-7B.yml", "snapshot": "8b5d30e90a7c",
                              "snapshot_date": "2026-05-11", "reviewed": False, "notice": BANNER, "license": "MIT",
                              "attribution": card["source"]["attribution"]}
    assert data["attribution"][0]["source"] == "mot" and "MIT" in data["attribution"][0]["license"]
    for fmt in ("table", "markdown", "csv", "yaml"):
        result = runner.invoke(app, ["rate", "aquila-7b", "--format", fmt], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        assert BANNER.lower() in result.stdout.lower(), fmt
    compared = runner.invoke(app, ["compare", "aquila-7b", "llama-3"], env={"COLUMNS": "200"}).stdout
    assert f"aquila-7b: {BANNER}" in compared
    badge = runner.invoke(app, ["badge", "aquila-7b"]).stdout
    assert "not reviewed by openscore" in badge


def test_curated_entry_has_no_banner_and_says_curated():
    card = json.loads(runner.invoke(app, ["rate", "llama-3", "--format", "json"]).stdout)["scorecards"][0]
    assert card["source"]["name"] == "curated" and card["source"]["reviewed"] is True and card["source"]["notice"] is None
    assert "not reviewed" not in runner.invoke(app, ["rate", "llama-3"]).stdout


def test_a_record_linked_to_a_curated_entry_answers_with_the_curated_entry():
    catalog = common.load_catalog(None)
    assert catalog.find("meta-llama-3-8b-instruct").id == "llama-3"  # MOT's record id, linked by repo id
    assert catalog.find("mot:meta-llama-3-8b-instruct").id == "meta-llama-3-8b-instruct"  # asked for by source


def test_repo_ids_resolve_across_sources():
    assert common.load_catalog(None).find("Qwen/Qwen3-14B-Base").id == "qwen3-14b-base"


def test_source_restricts_and_list_shows_the_source_column():
    only = json.loads(runner.invoke(app, ["list", "--source", "mot", "--format", "json"]).stdout)["scorecards"]
    assert only and {c["source"]["name"] for c in only} == {"mot"}
    assert runner.invoke(app, ["rate", "llama-3", "--source", "mot"]).exit_code == 2
    table = runner.invoke(app, ["list"], env={"COLUMNS": "250"}).stdout
    assert "Source" in table and "not reviewed by openscore" in table
    assert runner.invoke(app, ["list", "--source", "nope"]).stderr.startswith("openscore: error: no source 'nope'")


@pytest.mark.parametrize(("width", "rubric"), [(80, "openscore"), (120, "openscore"), (72, "mof")])
def test_list_over_every_source_keeps_within_the_terminal(width, rubric):
    from rich.cells import cell_len

    result = runner.invoke(app, ["list", "--rubric", rubric], env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    assert sum(bool(re.match(r"^│.*[●◐○?]", line)) for line in lines) >= 250  # every release has its row of symbols


def test_list_over_every_source_lists_each_release_once():
    cards = json.loads(runner.invoke(app, ["list", "--format", "json"]).stdout)["scorecards"]
    ids = [(c["source"]["name"], c["model_id"]) for c in cards]
    assert len(ids) == len(set(ids))
    assert ("mot", "meta-llama-3-8b-instruct") not in ids  # linked to curated llama-3, which wins
    assert len(cards) >= 250


def test_data_files_alone_unless_databases_are_named(fixture_data):
    alone = json.loads(runner.invoke(app, ["list", "--data", str(fixture_data), "--format", "json"]).stdout)["scorecards"]
    assert {c["source"]["name"] for c in alone} == {"curated"}
    both = json.loads(runner.invoke(app, ["list", "--data", str(fixture_data), "-s", "curated", "-s", "mot", "-f", "json"]).stdout)
    assert {c["source"]["name"] for c in both["scorecards"]} == {"curated", "mot"}


def test_links_by_repo_by_name_with_size_and_by_same_as_but_not_by_a_bare_family_name():
    curated = [entry("falcon-40b", hf_repos=["tiiuae/falcon-40b"]), entry("olmo", name="OLMo"),
               entry("llama-3", same_as=["mot:llama-3-8b"]), entry("acme-7b")]
    mot = [entry("falcon-40b-x", hf_repos=["TIIUAE/Falcon-40B"]), entry("olmo-x", name="OLMo"), entry("llama-3-8b"),
           entry("acme-7b-y", name="Acme 7B")]
    osai = [entry("olmo", name="OLMo"), entry("acme-7b", name="Acme-7B")]
    links = link(curated, [("mot", mot), ("osai-index", osai)])
    assert links.winner(("mot", 0)) == ("curated", 0) and links.how[("mot", 0)] == "repo"
    assert links.winner(("mot", 2)) == ("curated", 2) and links.how[("mot", 2)] == "same_as"
    assert links.winner(("mot", 3)) == ("curated", 3) and links.how[("mot", 3)] == "name"
    assert links.winner(("mot", 1)) == ("mot", 1) and links.winner(("osai-index", 0)) == ("osai-index", 0)  # 'olmo' names no one release
    assert links.winner(("osai-index", 1)) == ("curated", 3)


def test_an_ambiguous_name_across_databases_names_the_records():
    from fake_source import FakeSource as Fake

    from openscore.sources.catalog import SourceCatalog

    catalog = SourceCatalog([], database_sources=[Fake("mot", [entry("zeta-one", aliases=["zeta"])]),
                                           Fake("osai-index", [entry("zeta-two", aliases=["zeta"]), entry("eta-9b", aliases=["zeta-one-9b"])])])
    assert catalog.find("mot:zeta").id == "zeta-one"
    with pytest.raises(AmbiguousModel) as raised:
        catalog.find("zeta")
    assert raised.value.candidates == ["mot:zeta-one", "osai-index:zeta-two"]
    assert catalog.find("eta-9b").id == "eta-9b"


def test_at_least_400_distinct_releases_answer_offline_and_the_issue_examples_do():
    cards = json.loads(runner.invoke(app, ["list", "--format", "json"]).stdout)["scorecards"]
    assert len(cards) >= 400 and {c["source"]["name"] for c in cards} == {"curated", "mot", "osai-index"}
    for model, source in (("qwen3-14b-base", "mot"), ("salamandra", "osai-index"), ("aquila-7b", "mot")):
        result = runner.invoke(app, ["rate", model, "--format", "json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["scorecards"][0]["source"]["name"] == source, model


def test_a_database_record_s_exact_name_beats_a_loose_curated_match():
    # curated qwen3 would answer 'qwen3-14b-base' loosely (dropping the size and tuning words); the MOT holds that exact release
    card = json.loads(runner.invoke(app, ["rate", "qwen3-14b-base", "--format", "json"]).stdout)["scorecards"][0]
    assert card["model_id"] == "qwen3-14b-base" and card["source"]["record"] == "models/Qwen3-14B-Base.yml"
    only_curated = runner.invoke(app, ["rate", "qwen3-14b-base", "--source", "curated", "--format", "json"])
    assert json.loads(only_curated.stdout)["scorecards"][0]["source"]["name"] == "curated"


def test_html_report_footer_credits_every_database_shown(tmp_path):
    page = tmp_path / "board.html"
    result = runner.invoke(app, ["report", "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text()
    footer = html[html.index("<footer>"):html.index("</footer>")]
    assert "Model Openness Tool data" in footer and "MIT" in footer
    assert "10.5281/zenodo.15386042" in footer and "osai-index.eu" in footer and "CC-BY-4.0" in footer
    curated_only = tmp_path / "curated.html"
    runner.invoke(app, ["report", "--html", str(curated_only), "--source", "curated"])
    assert "zenodo" not in curated_only.read_text()
