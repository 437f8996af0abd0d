"""The CLI through typer's test runner, on the synthetic fixture data."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()


def run(*args: str, data: object = None):
    argv = list(args)
    if data is not None:
        argv += ["--data", str(data)]
    return runner.invoke(app, argv)


def test_rate_shows_verdict_score_and_reasons(fixture_data):
    result = run("rate", "acme", data=fixture_data)
    assert result.exit_code == 0, result.output
    assert "Acme Open 7B" in result.output
    assert "open source" in result.output
    for criterion in ("Weights", "Code", "Training data", "Training recipe", "License", "Paper"):
        assert criterion in result.output
    assert "https://example.org/acme/weights" in result.output


@pytest.mark.parametrize("name", ["acme-open", "ACME-OPEN-7B", "acme/acme-open-7b", "https://huggingface.co/acme/Acme-Open-7B"])
def test_rate_resolves_id_alias_and_repo_in_any_case(fixture_data, name):
    result = run("rate", name, "--format", "json", data=fixture_data)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["scorecards"][0]["model_id"] == "acme-open"


@pytest.mark.parametrize(
    ("model", "verdict"),
    [("acme-open", "open-source"), ("acme-weights", "open-weights"), ("bigco", "restricted-weights"),
     ("cloudco-api", "api-only"), ("secret-model", "closed")],
)
def test_default_verdict_ladder(fixture_data, model, verdict):
    result = run("rate", model, "-f", "json", data=fixture_data)
    assert json.loads(result.output)["scorecards"][0]["verdict"]["id"] == verdict


def test_restricted_license_reason_names_the_restriction(fixture_data):
    card = json.loads(run("rate", "bigco", "-f", "json", data=fixture_data).output)["scorecards"][0]
    weights = next(c for c in card["criteria"] if c["id"] == "weights")
    assert weights["level"] == "partial"
    assert "700" in weights["reason"]


def test_unknown_model_suggests_close_names(fixture_data):
    result = run("rate", "acme-opn", data=fixture_data)
    assert result.exit_code == 2
    assert "no model 'acme-opn'; did you mean acme-open" in result.output
    assert "Traceback" not in result.output


def test_compare_marks_differences_and_totals(fixture_data):
    result = run("compare", "acme", "bigco", data=fixture_data)
    assert result.exit_code == 0, result.output
    assert "≠" in result.output
    assert "Score" in result.output and "Verdict" in result.output


def test_compare_needs_two_models(fixture_data):
    result = run("compare", "acme", data=fixture_data)
    assert result.exit_code == 2
    assert "at least two" in result.output


def test_list_sorts_by_score_and_filters(fixture_data):
    cards = json.loads(run("list", "-f", "json", data=fixture_data).output)["scorecards"]
    scores = [c["score"] for c in cards]
    assert scores == sorted(scores, reverse=True) and len(cards) == 5
    only = json.loads(run("list", "--org", "acme labs", "-f", "json", data=fixture_data).output)["scorecards"]
    assert {c["model_id"] for c in only} == {"acme-open", "acme-weights"}
    api = json.loads(run("list", "--verdict", "api-only", "-f", "json", data=fixture_data).output)["scorecards"]
    assert [c["model_id"] for c in api] == ["cloudco-api"]
    high = json.loads(run("list", "--min-score", "50", "-f", "json", data=fixture_data).output)["scorecards"]
    assert all(c["score"] >= 50 for c in high) and high


def test_list_rejects_unknown_verdict(fixture_data):
    result = run("list", "--verdict", "opensource", data=fixture_data)
    assert result.exit_code == 2 and "no verdict 'opensource'" in result.output


@pytest.mark.parametrize("fmt", ["table", "json", "yaml", "csv", "markdown"])
def test_every_format_renders_every_view(fixture_data, fmt):
    for args in (["rate", "acme"], ["compare", "acme", "bigco"], ["list"]):
        result = run(*args, "--format", fmt, data=fixture_data)
        assert result.exit_code == 0, (args, result.output)
        assert "acme-open" in result.output or "Acme Open" in result.output


def test_csv_list_has_one_row_per_model(fixture_data):
    lines = run("list", "-f", "csv", data=fixture_data).output.strip().splitlines()
    assert lines[0].startswith("model,name,organization,score")
    assert len(lines) == 6


def test_no_colour_codes_when_not_a_terminal(fixture_data):
    assert "\x1b[" not in run("rate", "acme", data=fixture_data).output


def test_rubrics_and_rubric_show():
    listed = run("rubrics")
    assert listed.exit_code == 0 and "openscore" in listed.output
    shown = run("rubric", "show", "openscore")
    assert shown.exit_code == 0
    for verdict in ("open-source", "open-weights", "restricted-weights", "api-only", "closed"):
        assert verdict in shown.output
    assert run("rubric", "show", "nope").exit_code == 2


def test_rubric_from_a_path(fixture_data, tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "id: mine\nname: Mine\nversion: '1'\ndescription: weights only\n"
        "criteria:\n  - {id: w, name: W, description: d, weight: 1, artifacts: [weights]}\n"
    )
    card = json.loads(run("rate", "acme", "--rubric", str(path), "-f", "json", data=fixture_data).output)
    assert card["rubric"]["id"] == "mine" and card["scorecards"][0]["score"] == 1


def test_data_from_environment(fixture_data, monkeypatch):
    monkeypatch.setenv("OPENSCORE_DATA", str(fixture_data))
    assert run("rate", "acme").exit_code == 0


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output.startswith("openscore ")



def test_family_name_is_ambiguous_and_lists_candidates(tmp_path):
    entry = "  - {{id: {0}, name: {0}, organization: Z, family: zeta, last_reviewed: 2026-01-01}}\n"
    data = tmp_path / "models.yaml"
    data.write_text("models:\n" + entry.format("zeta-1") + entry.format("zeta-2"))
    result = run("compare", "Zeta", "zeta-1", data=data)  # where one release is wanted, a series' name lists them
    assert result.exit_code == 2
    assert "'Zeta' could mean zeta-1, zeta-2; use one of these ids" in result.output
