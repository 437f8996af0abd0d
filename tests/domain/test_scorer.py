"""The scorer's rules one by one, on entries built in the test and a fixed license table."""

from __future__ import annotations

import datetime as dt

import pytest
from fake_licenses import resolve

from openscore.domain.evidence import ModelEntry
from openscore.domain.rubric import Level, Rubric, Tier
from openscore.domain.scorer import score, tier_progress


def entry(**artifacts: dict) -> ModelEntry:
    return ModelEntry(id="m", name="M", organization="O", family="f", last_reviewed=dt.date(2026, 1, 1), artifacts=artifacts)


def rubric(criteria: list[dict], verdicts: list[dict] | None = None, tiers: list[dict] | None = None) -> Rubric:
    return Rubric.model_validate(
        {"id": "t", "name": "T", "version": "1", "description": "test", "criteria": criteria,
         "verdicts": verdicts or [], "tiers": tiers or []}
    )


def crit(artifacts: list[str], combine: str = "best", license: object = None, weight: float = 10) -> dict:
    c = {"id": "c", "name": "C", "description": "d", "weight": weight, "artifacts": artifacts, "combine": combine}
    if license is not None:
        c["license"] = license
    return c


OPEN = {"status": "open", "url": "https://x.org"}


def test_open_artifact_with_osi_license_gets_full_points():
    card = score(entry(weights={**OPEN, "license": "Apache-2.0"}), rubric([crit(["weights"], license="osi-approved")]), resolve)
    result = card.criterion("c")
    assert (result.level, result.points) == ("open", 10)
    assert "Apache-2.0" in result.reason


def test_restricted_license_caps_at_partial_and_names_the_restriction():
    rule = {"full": ["osi-approved"], "partial": ["restricted"]}
    card = score(entry(weights={**OPEN, "license": "llama3"}), rubric([crit(["weights"], license=rule)]), resolve)
    result = card.criterion("c")
    assert (result.level, result.points) == ("partial", 5)
    assert "700M monthly active user cap" in result.reason


def test_license_class_outside_the_rule_gets_the_otherwise_level():
    rule = {"full": ["osi-approved"], "otherwise": "closed"}
    card = score(entry(weights={**OPEN, "license": "CC-BY-NC-4.0"}), rubric([crit(["weights"], license=rule)]), resolve)
    assert card.criterion("c").level == "closed"


def test_missing_license_is_not_open():
    card = score(entry(weights=OPEN), rubric([crit(["weights"], license="osi-approved")]), resolve)
    assert card.criterion("c").level == "closed"
    assert "no license stated" in card.criterion("c").reason


def test_release_wide_license_applies_by_content_type():
    e = ModelEntry.model_validate({"id": "m", "name": "M", "organization": "O", "family": "f", "last_reviewed": "2026-01-01",
                                  "licenses": {"code": "Apache-2.0", "distribution": "llama3"},
                                  "artifacts": {"training_code": OPEN, "weights": OPEN}})
    assert e.license_for(e.artifacts.__iter__().__next__())[0] == "Apache-2.0"
    card = score(e, rubric([crit(["weights"], license={"full": ["osi-approved"], "partial": ["restricted"]})]), resolve)
    assert card.criterion("c").level == "partial"
    assert card.criterion("c").artifacts[0].license_origin == "release distribution license"


def test_unknown_scores_like_closed_but_is_shown_as_unknown():
    card = score(entry(), rubric([crit(["weights"])]), resolve)
    result = card.criterion("c")
    assert (result.level, result.points) == ("unknown", 0)


@pytest.mark.parametrize(
    ("combine", "levels", "expected_level", "expected_points"),
    [
        ("best", ["open", "closed"], "open", 10),
        ("best", ["closed", "unknown"], "unknown", 0),
        ("all", ["open", "partial"], "partial", 5),
        ("all", ["closed", "unknown"], "closed", 0),
        ("any", ["partial", "closed"], "closed", 0),
        ("any", ["closed", "open"], "open", 10),
        ("mean", ["open", "partial", "closed", "closed"], "partial", 3.75),
        ("mean", ["open", "open"], "open", 10),
    ],
)
def test_combination_rules(combine, levels, expected_level, expected_points):
    kinds = ["training_code", "inference_code", "architecture_code", "evaluation_code"][: len(levels)]
    artifacts = {k: {"status": lv, "url": "https://x.org"} if lv in ("open", "partial") else {"status": lv}
                 for k, lv in zip(kinds, levels, strict=False)}
    card = score(entry(**artifacts), rubric([crit(kinds, combine=combine)]), resolve)
    assert (card.criterion("c").level, card.criterion("c").points) == (expected_level, expected_points)


def test_partial_status_reason_carries_the_note():
    card = score(entry(weights={"status": "partial", "url": "https://x", "notes": "gated behind a form"}),
                 rubric([crit(["weights"])]), resolve)
    assert "gated behind a form" in card.criterion("c").reason


def test_verdicts_first_match_wins():
    verdicts = [
        {"id": "top", "label": "top", "description": "d", "when": {"criterion": "c", "at_least": "open"}},
        {"id": "mid", "label": "mid", "description": "d", "when": {"artifact": "weights", "status": ["open", "partial"]}},
        {"id": "rest", "label": "rest", "description": "d", "when": {"always": True}},
    ]
    r = rubric([crit(["weights"], license="osi-approved")], verdicts)
    assert score(entry(weights={**OPEN, "license": "Apache-2.0"}), r, resolve).verdict.id == "top"
    assert score(entry(weights={**OPEN, "license": "llama3"}), r, resolve).verdict.id == "mid"
    assert score(entry(weights={"status": "closed"}), r, resolve).verdict.id == "rest"


def test_verdict_on_license_class_and_score():
    verdicts = [
        {"id": "restricted", "label": "r", "description": "d",
         "when": {"all": [{"artifact": "weights", "license_class": ["restricted"]}, {"score_at_least": 5}]}},
        {"id": "other", "label": "o", "description": "d", "when": {"not": {"always": False}}},
    ]
    r = rubric([crit(["weights"])], verdicts)
    assert score(entry(weights={**OPEN, "license": "llama3"}), r, resolve).verdict.id == "restricted"
    assert score(entry(weights={**OPEN, "license": "Apache-2.0"}), r, resolve).verdict.id == "other"


def test_total_and_percent():
    criteria = [dict(crit(["weights"], weight=30), id="a"), dict(crit(["pretraining_data"], weight=70), id="b")]
    card = score(entry(weights=OPEN, pretraining_data={"status": "partial", "url": "https://x"}), rubric(criteria), resolve)
    assert (card.score, card.max_score, card.percent) == (65, 100, 65.0)


def test_wrong_type_license_is_flagged():
    card = score(entry(pretraining_data={**OPEN, "license": "Apache-2.0"}),
                 rubric([crit(["pretraining_data"], license=["osi-approved", "open-data"])]), resolve)
    assert card.criterion("c").level == "open"
    assert any("not data" in f for f in card.criterion("c").flags)


def _tiers() -> tuple[Tier, ...]:
    return (Tier(id="t3", name="III", requires=("a", "b")), Tier(id="t2", name="II", requires=("c",)),
            Tier(id="t1", name="I", requires=("d", "e")))


@pytest.mark.parametrize(
    ("open_criteria", "expected"),
    [
        ({"a", "b", "c", "d", "e"}, [1.0, 1.0, 1.0]),
        ({"a", "b", "c", "d"}, [1.0, 1.0, 0.8]),
        ({"a", "b"}, [1.0, round(2 / 3, 4), 0.0]),
        ({"a"}, [0.5, 0.0, 0.0]),
        ({"c", "d", "e"}, [0.0, 0.0, 0.0]),
        (set(), [0.0, 0.0, 0.0]),
    ],
)
def test_cumulative_tier_progress(open_criteria, expected):
    levels = {c: (Level.OPEN if c in open_criteria else Level.CLOSED) for c in "abcde"}
    progress = tier_progress(_tiers(), levels)
    assert [p.progress for p in progress] == expected
    assert [p.reached for p in progress] == [x == 1.0 for x in expected]


def test_rubric_rejects_unknown_criterion_in_verdict():
    with pytest.raises(ValueError, match="unknown criterion 'nope'"):
        rubric([crit(["weights"])], [{"id": "v", "label": "v", "description": "d", "when": {"criterion": "nope", "at_least": "open"}}])


def test_condition_needs_exactly_one_form():
    with pytest.raises(ValueError, match="exactly one"):
        rubric([crit(["weights"])], [{"id": "v", "label": "v", "description": "d", "when": {"always": True, "tier": "x"}}])


def _bundled_rubrics() -> list[str]:
    from openscore.rubrics import available

    return list(available())


@pytest.mark.parametrize("name", _bundled_rubrics())
def test_a_scorer_reused_across_entries_grades_each_as_if_alone(name):
    """`list` and `report` prepare the rubric once and grade every entry with it: nothing may carry over."""
    from openscore.cli import common
    from openscore.domain.scorer import Scorer
    from openscore.licenses import resolve as real_resolve

    entries = common.load_catalog(None).entries
    chosen = common.load_rubric(name)
    grade = Scorer(chosen, real_resolve)
    shared = [grade(e) for e in (*entries, *reversed(entries))]
    alone = [score(e, chosen, real_resolve) for e in (*entries, *reversed(entries))]
    assert shared == alone, name


def test_the_same_license_reads_alike_under_different_rules():
    """License verdicts are kept per license string and criterion: one criterion's verdict must not leak into another's."""
    strict = {**crit(["weights"], license={"full": ["osi-approved"]}), "id": "strict"}
    lenient = {**crit(["weights"], license={"full": ["osi-approved", "restricted"]}), "id": "lenient"}
    card = score(entry(weights={**OPEN, "license": "llama3"}), rubric([strict, lenient]), resolve)
    assert card.criterion("strict").level == "closed"
    assert card.criterion("lenient").level == "open"


def test_weights_beside_finetuned_weights_are_called_base_weights():
    """gpt-oss released only its post-trained weights: "finetuned weights: released (base weights: not released)"."""
    graded = entry(weights={"status": "closed"}, finetuned_weights={**OPEN, "license": "Apache-2.0"})
    reason = score(graded, rubric([crit(["weights", "finetuned_weights"])]), resolve).criterion("c").reason
    assert reason.startswith("finetuned weights: released") and "(base weights: not released)" in reason
    alone = score(graded, rubric([crit(["weights"])]), resolve).criterion("c").reason
    assert alone.startswith("weights: not released")  # weights graded alone are just weights
