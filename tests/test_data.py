"""The bundled data file: loads, every entry and alias rates, and well-known facts hold."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from openscore.cli import common
from openscore.cli.app import app
from openscore.licenses import resolve

CATALOG = common.load_catalog(None, ["curated"])  # the curated file alone; the databases have tests of their own
RUBRIC = common.load_rubric("openscore")
runner = CliRunner()


def verdict(model: str) -> str:
    card = common.score_all([CATALOG.find(model)], RUBRIC)[0]
    return card.verdict.id if card.verdict else ""


def test_at_least_forty_entries():
    assert len(CATALOG.entries) >= 40


@pytest.mark.parametrize("name", sorted({n for e in CATALOG.entries for n in (e.id, *e.aliases)}))
def test_every_id_and_alias_rates(name):
    result = runner.invoke(app, ["rate", name, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scorecards"][0]["model_id"] == CATALOG.find(name).id


@pytest.mark.parametrize("name", ["llama-3", "llama3", "qwen2", "glm-4", "glm4", "deepseek-v2", "mistral-large-2", "olmo", "pythia"])
def test_names_people_type_resolve(name):
    CATALOG.find(name)


def test_compare_qwen2_glm4():
    result = runner.invoke(app, ["compare", "qwen2", "glm-4"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("olmo", {"open-source"}),
        ("pythia", {"open-source"}),
        ("llama-3", {"restricted-weights"}),
        ("mistral-7b", {"open-weights"}),
        ("gpt-4", {"api-only", "closed"}),
        ("pangu", {"api-only", "closed"}),
        ("glm-4", {"api-only", "closed"}),
        ("glm-4-9b", {"restricted-weights"}),
    ],
)
def test_well_known_verdicts(model, expected):
    assert verdict(model) in expected


def test_every_released_artifact_has_an_http_evidence_url():
    missing = [f"{e.id}.{kind.value}" for e in CATALOG.entries for kind, a in e.artifacts.items()
               if a.status.value in ("open", "partial") and not (a.url or "").startswith(("http://", "https://"))]
    assert missing == []


def test_every_license_resolves():
    texts = {a.license for e in CATALOG.entries for a in e.artifacts.values() if a.license}
    texts |= {v for e in CATALOG.entries for v in e.licenses.model_dump().values() if v}
    unresolved = sorted(t for t in texts if not resolve(t).recognised)
    assert unresolved == []


def test_every_entry_is_reviewed_and_not_in_the_future():
    today = dt.date.today()
    assert all(e.last_reviewed <= today for e in CATALOG.entries)
    assert all(e.released is None or e.released <= today for e in CATALOG.entries)


def test_at_least_five_fully_open_research_releases():
    assert sum(verdict(e.id) == "open-source" for e in CATALOG.entries) >= 5
