"""The public frameworks as rubrics (mof, eosai, osaid), the rubric language they need, and `rate --rubric all`.

Scoring tests use entries built here and a fixed license table; CLI tests use the real license resolver.
"""

from __future__ import annotations

import datetime as dt
import json
import runpy
from pathlib import Path

import jsonschema
import pytest
from fake_licenses import resolve
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.domain.evidence import ModelEntry
from openscore.domain.rubric import Rubric
from openscore.domain.scorer import score
from openscore.rubrics import load_rubric

ROOT = Path(__file__).resolve().parents[2]




def entry(artifacts: dict[str, dict], licenses: dict | None = None) -> ModelEntry:
    return ModelEntry(id="m", name="M", organization="O", family="f", last_reviewed=dt.date(2026, 1, 1),
                      licenses=licenses or {}, artifacts=artifacts)


def released(*kinds: str, license: str | None = None, status: str = "open") -> dict[str, dict]:
    fact = {"status": status, "url": "https://example.org/x"}
    return {k: {**fact, "license": license} if license else dict(fact) for k in kinds}


# MOF component (criterion id) -> the artifact kind a data file records it under
MOF_KIND = {
    "model_architecture": "architecture_code", "final_parameters": "weights", "model_card": "model_card",
    "data_card": "data_card", "technical_report": "technical_report", "evaluation_results": "evaluation_results",
    "sample_outputs": "sample_outputs", "training_code": "training_code", "inference_code": "inference_code",
    "evaluation_code": "evaluation_code", "evaluation_data": "evaluation_data", "supporting_libraries": "supporting_libraries",
    "research_paper": "preprint", "datasets": "pretraining_data", "preprocessing_code": "preprocessing_code",
    "intermediate_parameters": "checkpoints", "model_metadata": "training_config",
}
III = ["model_architecture", "final_parameters", "model_card", "data_card", "technical_report", "evaluation_results"]
II = ["training_code", "inference_code", "evaluation_code", "evaluation_data"]
I = ["research_paper", "datasets", "preprocessing_code", "intermediate_parameters"]  # noqa: E741
OPTIONAL = ["sample_outputs", "supporting_libraries", "model_metadata"]


def mof_card(components: list[str], license: str = "Apache-2.0"):
    kinds = [MOF_KIND[c] for c in components]
    return score(entry(released(*kinds), {"distribution": license}), load_rubric("mof"), resolve)


def test_bundled_frameworks_load_with_their_structure():
    mof, eosai, osaid = load_rubric("mof"), load_rubric("eosai"), load_rubric("osaid")
    eosai_2023 = load_rubric("eosai-2023")
    assert len(mof.criteria) == 17
    assert [(len(t.requires), len(t.optional)) for t in mof.tiers] == [(6, 1), (4, 1), (4, 1)]
    assert len(eosai_2023.criteria) == 14 and eosai_2023.max_score == 14 and eosai_2023.scoring.value == "sum"
    assert len(eosai.criteria) == 12 and eosai.scoring.value == "mean"
    assert [(g.id, len(g.criteria)) for g in eosai.groups] == [("availability", 5), ("documentation", 6), ("access", 1)]
    assert {c.id for c in osaid.criteria} == {"data_information", "training_code", "inference_code", "parameters"}
    for rubric in (mof, eosai, eosai_2023, osaid):
        assert rubric.url and rubric.url.startswith("https://")


@pytest.mark.parametrize(
    ("components", "tier", "progress"),
    [
        (III + II + I + OPTIONAL, "class-i", [1.0, 1.0, 1.0]),
        (III + II + I[1:], "class-ii", [1.0, 1.0, round(13 / 14, 4)]),
        (III + II, "class-ii", [1.0, 1.0, round(10 / 14, 4)]),
        (III + II[1:], "class-iii", [1.0, 0.9, 0.0]),
        (III, "class-iii", [1.0, 0.6, 0.0]),
        (III + OPTIONAL, "class-iii", [1.0, 0.6, 0.0]),
        (III[1:] + II + I, None, [round(5 / 6, 4), 0.0, 0.0]),
        (II + I[1:], None, [0.0, 0.0, 0.0]),
        (II + I, None, [round(1 / 6, 4), 0.0, 0.0]),
        ([], None, [0.0, 0.0, 0.0]),
    ],
    ids=["all", "class-i-one-short", "class-ii", "class-ii-one-short", "class-iii", "optional-do-not-count",
         "class-iii-one-short-stops-there", "no-class-iii", "no-class-iii-but-paper-stands-in-for-report", "empty"],
)
def test_mof_class_boundaries(components, tier, progress):
    card = mof_card(components)
    assert card.tier == tier
    assert [t.progress for t in card.tiers] == progress
    assert card.verdict.id == (tier or "unclassified")
    assert card.score == len(components)
    stood_in = {"technical_report"} if "research_paper" in components else set()
    for progress_of, required in zip(card.tiers, (III, III + II, III + II + I), strict=True):
        assert set(progress_of.missing) == {c for c in required if c not in components} - stood_in


def test_mof_research_paper_stands_in_for_a_missing_report():
    without_report = [c for c in III + II + I if c != "technical_report"]
    card = mof_card(without_report)
    assert card.tier == "class-i"
    assert [t.progress for t in card.tiers] == [1.0, 1.0, 1.0]
    assert any("stands in" in note for note in card.notes)
    assert "technical_report" not in card.tiers[0].missing


def test_mof_substituted_class_i_needs_one_component_fewer():
    card = mof_card([c for c in III + II if c != "technical_report"] + ["research_paper"])
    assert [t.progress for t in card.tiers] == [1.0, 1.0, round(10 / 13, 4)]


def test_mof_no_substitution_when_the_paper_is_not_open_or_the_report_is_there():
    kinds = released(*(MOF_KIND[c] for c in III if c != "technical_report"), license="Apache-2.0")
    kinds["preprint"] = {"status": "open", "url": "https://arxiv.org/abs/1", "license": "arXiv-nonexclusive"}
    card = score(entry(kinds), load_rubric("mof"), resolve)
    assert card.tier is None and card.tiers[0].progress == round(5 / 6, 4)
    assert card.notes == ()
    assert mof_card(III + II + I).notes == ()


def test_mof_counts_only_released_components_under_open_licenses():
    rubric = load_rubric("mof")
    base = released(*(MOF_KIND[c] for c in III), license="Apache-2.0")
    gated = {**base, "weights": {"status": "partial", "url": "https://x.org", "license": "Apache-2.0"}}
    restricted = {**base, "weights": {"status": "open", "url": "https://x.org", "license": "llama3"}}
    unlicensed = {**base, "weights": {"status": "open", "url": "https://x.org"}}
    for artifacts in (gated, restricted, unlicensed):
        card = score(entry(artifacts), rubric, resolve)
        assert card.tier is None
        assert card.tiers[0].missing == ("final_parameters",)


def test_mof_license_precedence_component_then_type_then_distribution():
    rubric = load_rubric("mof")
    kinds = [MOF_KIND[c] for c in III]
    # documents fall back to the document license; weights (no type license in openscore) to the distribution
    card = score(entry(released(*kinds), {"distribution": "Apache-2.0", "document": "llama3"}), rubric, resolve)
    assert card.criterion("model_card").level == "closed"
    assert card.criterion("final_parameters").level == "open"
    own = released(*kinds)
    own["model_card"]["license"] = "CC-BY-4.0"
    card = score(entry(own, {"distribution": "Apache-2.0", "document": "llama3"}), rubric, resolve)
    assert card.criterion("model_card").level == "open"
    assert card.criterion("model_card").artifacts[0].license_origin == "artifact"


def test_mof_open_license_of_the_wrong_type_counts_but_is_flagged():
    artifacts = released(*(MOF_KIND[c] for c in III + II + I), license="Apache-2.0")
    artifacts["pretraining_data"]["license"] = "MIT"
    card = score(entry(artifacts), load_rubric("mof"), resolve)
    assert card.tier == "class-i"
    assert any("pretraining_data: MIT is a license for code, not data" in f for f in card.criterion("datasets").flags)


def test_eosai_2023_sums_open_partial_and_closed():
    rubric = load_rubric("eosai-2023")
    artifacts = {
        **released("training_code", "weights", license="Apache-2.0"),
        **released("finetuned_weights", "model_card", status="partial", license="Apache-2.0"),
        "pretraining_data": {"status": "closed"},
    }
    card = score(entry(artifacts), rubric, resolve)
    levels = {c.id: c.level for c in card.criteria}
    assert levels["opencode"] == levels["llmweights"] == "open"
    assert levels["rlweights"] == levels["modelcard"] == "partial"
    assert levels["license"] == "open"  # the terms of every released part are open, whatever the status
    assert card.score == 1 + 1 + 0.5 + 0.5 + 1
    assert (card.max_score, card.percent) == (14, round(100 * 4 / 14, 1))


def test_eosai_2023_license_dimension_without_a_judgement_reads_the_terms_of_released_parts():
    rubric = load_rubric("eosai-2023")
    mixed = {**released("training_code", license="MIT"), **released("weights", license="llama3")}
    card = score(entry(mixed), rubric, resolve)
    assert card.criterion("license").level == "partial" and card.criterion("license").points == 0.5
    restricted = released("weights", "finetuned_weights", status="partial", license="llama3")
    assert score(entry(restricted), rubric, resolve).criterion("license").level == "closed"
    nothing = score(entry({"weights": {"status": "closed"}}), rubric, resolve).criterion("license")
    assert (nothing.level, nothing.points) == ("closed", 0)
    assert "nothing released" in nothing.reason
    assert "the index has not graded this; openscore's reading of the artifacts:" in nothing.reason


def test_osaid_passes_only_with_every_component_under_osi_terms():
    rubric = load_rubric("osaid")
    full = {**released("data_card", "pretraining_data", license="CC-BY-4.0"),
            **released("preprocessing_code", "training_code", "architecture_code", "inference_code", "weights", license="Apache-2.0")}
    assert score(entry(full), rubric, resolve).verdict.id == "open-source-ai"


@pytest.mark.parametrize(
    ("change", "failing", "reason"),
    [
        ({"weights": {"status": "open", "url": "https://x.org", "license": "llama3"}}, "parameters", "llama3 is restricted"),
        ({"weights": {"status": "open", "url": "https://x.org", "license": "CC-BY-4.0"}}, "parameters", "CC-BY-4.0 is open-data"),
        ({"preprocessing_code": {"status": "closed"}}, "training_code", "preprocessing code: not released"),
        ({"data_card": {"status": "closed"}, "pretraining_data": {"status": "closed"}}, "data_information", "not released"),
    ],
)
def test_osaid_failure_names_the_component_and_why(change, failing, reason):
    rubric = load_rubric("osaid")
    full = {**released("data_card", "pretraining_data", license="CC-BY-4.0"),
            **released("preprocessing_code", "training_code", "architecture_code", "inference_code", "weights", license="Apache-2.0")}
    card = score(entry({**full, **change}), rubric, resolve)
    assert card.verdict.id == "not-open-source-ai"
    below = [c for c in card.criteria if c.level != "open"]
    assert [c.id for c in below] == [failing]
    assert reason in below[0].reason


def _rubric(**extra) -> dict:
    return {"id": "t", "name": "T", "version": "1", "description": "d",
            "criteria": [{"id": "a", "name": "A", "description": "d", "weight": 1, "artifacts": ["weights"]}], **extra}


def test_rubric_rejects_a_substitution_naming_an_unknown_criterion():
    with pytest.raises(ValueError, match="substitution names unknown criterion 'nope'"):
        Rubric.model_validate(_rubric(substitutions=[{"criterion": "a", "by": "nope", "note": "n"}]))


def test_rubric_rejects_license_basis_without_a_license_rule():
    bad = _rubric()
    bad["criteria"][0]["basis"] = "license"
    with pytest.raises(ValueError, match="needs a license rule"):
        Rubric.model_validate(bad)


@pytest.mark.parametrize(
    ("levels", "expected"),
    [(["open", "open"], "open"), (["open", "closed"], "partial"), (["partial", "closed"], "partial"),
     (["closed", "unknown"], "closed"), (["unknown", "unknown"], "unknown")],
)
def test_combine_some(levels, expected):
    crit = {"id": "a", "name": "A", "description": "d", "weight": 1, "artifacts": ["training_code", "inference_code"], "combine": "some"}
    rubric = Rubric.model_validate({**_rubric(), "criteria": [crit]})
    artifacts = {k: {"status": lv, "url": "https://x.org"} for k, lv in zip(["training_code", "inference_code"], levels, strict=True)}
    assert score(entry(artifacts), rubric, resolve).criterion("a").level == expected


# --- CLI (real license resolver) ------------------------------------------------------------

runner = CliRunner()


def test_rate_all_shows_every_rubric_side_by_side(fixture_data):
    result = runner.invoke(app, ["rate", "bigco", "--rubric", "all", "--data", str(fixture_data)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    for shown in ("openscore", "eosai", "mof", "osaid", "restricted weights", "unclassified", "not Open Source AI",
                  "Class III - Open Model: 0%; not reached: missing", "eosai-2023"):
        assert shown in result.output


def test_rate_all_json_is_one_document_per_rubric_and_matches_its_schema(fixture_data):
    result = runner.invoke(app, ["rate", "acme", "--rubric", "all", "--format", "json", "--data", str(fixture_data)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert (document["kind"], document["view"]) == ("rubric-comparison", "rate-all")
    ids = [r["id"] for r in document["rubrics"]]
    assert ids[0] == "openscore" and set(ids) >= {"mof", "eosai", "osaid"}
    assert [c["rubric_id"] for c in document["scorecards"]] == ids
    assert {c["model_id"] for c in document["scorecards"]} == {"acme-open"}
    schema = json.loads((ROOT / "docs" / "schema" / "rubric-comparison.schema.json").read_text())
    jsonschema.validate(document, schema)


def test_published_comparison_schema_is_up_to_date():
    build = runpy.run_path(str(ROOT / "scripts" / "build_json_schema.py"))
    published = json.loads((ROOT / "docs" / "schema" / "rubric-comparison.schema.json").read_text())
    assert published == build["comparison_schema"](), "run scripts/build_json_schema.py"


@pytest.mark.parametrize("fmt", ["markdown", "csv", "yaml"])
def test_rate_all_in_other_formats(fixture_data, fmt):
    result = runner.invoke(app, ["rate", "bigco", "--rubric", "all", "--format", fmt, "--data", str(fixture_data)])
    assert result.exit_code == 0, result.output
    assert "mof" in result.output and "osaid" in result.output
    if fmt == "csv":
        rows = result.output.strip().splitlines()
        assert rows[0].startswith("model,rubric,") and len(rows) == 1 + len(json.loads(
            runner.invoke(app, ["rubrics", "--format", "json"]).output)["rubrics"])


def test_compare_and_list_under_the_frameworks(fixture_data):
    compared = runner.invoke(app, ["compare", "acme", "bigco", "--rubric", "mof", "--data", str(fixture_data)])
    assert compared.exit_code == 0, compared.output
    assert "Model parameters (final)" in compared.output and "Tier" in compared.output
    listed = runner.invoke(app, ["list", "--rubric", "eosai", "--format", "json", "--data", str(fixture_data)])
    assert listed.exit_code == 0, listed.output
    scores = [c["score"] for c in json.loads(listed.output)["scorecards"]]
    assert scores == sorted(scores, reverse=True) and max(scores) <= 14
    by_verdict = runner.invoke(app, ["list", "--rubric", "mof", "--verdict", "unclassified", "--data", str(fixture_data)])
    assert by_verdict.exit_code == 0, by_verdict.output
