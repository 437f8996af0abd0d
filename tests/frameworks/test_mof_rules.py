"""The MOF rubric's license rule as the Model Openness Tool applies it: its own list of open licenses, matched
exactly, kept as data in the rubric; openscore's own reading shown beside, never changing the result."""

from __future__ import annotations

from pathlib import Path

import pytest

from openscore.domain.rubric import Rubric
from openscore.domain.scorer import score
from openscore.errors import OpenscoreError
from openscore.licenses import resolve
from openscore.rubrics import load_rubric
from openscore.sources.importers import run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "frameworks"


def test_the_tools_list_is_data_in_the_rubric():
    rubric = load_rubric("mof")
    listed = rubric.license_lists["mot-open"]
    assert "unlicensed" in listed.none
    for open_id in ("Apache-2.0", "MIT", "CC-BY-4.0", "CDLA-Permissive-2.0", "OpenMDW-1.0", "Apache-1.0", "BSD-4-Clause"):
        assert open_id in listed.ids
    for not_open in ("Apache 2.0", "MIT license", "NLOD-1.0", "llama3", "CC-BY-NC-4.0", "unlicensed"):
        assert not_open not in listed.ids
    assert all(c.license and c.license.listed == "mot-open" for c in rubric.criteria)


def test_a_loosely_spelled_license_does_not_count_and_openscore_reading_is_a_note():
    (finch,) = run("mof", [FIXTURES / "mof" / "loose-spelling.yml"], resolve=resolve).imported
    card = score(finch.entry, load_rubric("mof"), resolve)
    assert card.tier is None and [t.progress for t in card.tiers] == [0, 0, 0]
    weights = card.criterion("final_parameters")
    assert weights.level == "closed" and "Apache 2.0 is not on the Model Openness Tool's list of open licenses" in weights.reason
    assert any("own license reading gives open" in f for f in weights.flags)
    assert any("MIT license" in f for f in card.criterion("model_card").flags)
    (note,) = [n for n in card.notes if "own license reading" in n]
    assert "it would give Class III - Open Model" in note and "follows the framework's own rule" in note


def test_no_license_or_unlicensed_is_not_open():
    for name in ("unlicensed.yml", "missing-producer.yml"):
        (imported,) = run("mof", [FIXTURES / "mof" / name], resolve=resolve).imported
        card = score(imported.entry, load_rubric("mof"), resolve)
        model_card = card.criterion("model_card")
        assert model_card.level == "unknown" and model_card.points == 0  # listed without a license: not said to be published


def _rubric(license_rule: dict, lists: dict | None = None) -> dict:
    return {"id": "t", "name": "T", "version": "1", "description": "d", "license_lists": lists or {},
            "criteria": [{"id": "c", "name": "C", "description": "d", "weight": 1, "artifacts": ["weights"], "license": license_rule}]}


@pytest.mark.parametrize(("rule", "lists", "message"), [
    ({"listed": "nope"}, {}, "names unknown license list 'nope'"),
    ({"otherwise": "closed"}, {}, "needs 'full' classes or a 'listed' license list"),
])
def test_rubric_rejects_a_broken_license_list_reference(rule, lists, message):
    with pytest.raises(ValueError, match=message):
        Rubric.model_validate(_rubric(rule, lists))


def test_a_listed_rule_without_classes_shows_no_own_reading():
    rubric = Rubric.model_validate(_rubric({"listed": "mine"}, {"mine": {"name": "my list", "ids": ["Foo-1.0"]}}))
    from openscore.domain.evidence import ModelEntry

    entry = ModelEntry.model_validate({"id": "x", "name": "X", "organization": "O", "family": "x", "last_reviewed": "2026-01-01",
                                       "artifacts": {"weights": {"status": "open", "license": "foo-1.0"}}})
    card = score(entry, rubric, resolve)
    assert card.criterion("c").level == "closed" and "foo-1.0 is not on my list" in card.criterion("c").reason  # exact match
    assert not card.criterion("c").flags and not card.notes


def test_a_user_rubric_with_a_broken_list_is_a_located_error(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("id: t\nname: T\nversion: '1'\ndescription: d\ncriteria:\n  - {id: c, name: C, description: d, weight: 1, "
                    "artifacts: [weights], license: {listed: nope}}\n")
    with pytest.raises(OpenscoreError, match="unknown license list 'nope'"):
        load_rubric(str(path))


def test_an_unknown_field_is_a_located_warning_and_the_record_imports(tmp_path):
    path = tmp_path / "extra.yml"
    path.write_text((FIXTURES / "mof" / "class-iii-boundary.yml").read_text().replace(
        "  producer: Robin Group\n", "  producer: Robin Group\n  colour: blue\n"))
    report = run("mof", [path], resolve=resolve)
    assert len(report.imported) == 1 and not [p for p in report.problems if p.severity == "error"]
    (warning,) = [str(p) for p in report.problems if "colour" in p.message]
    assert "extra.yml:15:3: warning: unknown key 'colour' in release ignored" in warning
    assert "Type: language." in report.imported[0].entry.notes
