"""The scorer on entries of any shape (hypothesis): scores within bounds, a reason for every grade."""

from __future__ import annotations

from hostile import (  # noqa: F401 - private_cache is an autouse fixture
    ENTRIES,
    FAST,
    RUBRICS,
    private_cache,
)
from hypothesis import given

from openscore.domain.scorer import score
from openscore.licenses import resolve


@FAST
@given(entry=ENTRIES)
def test_every_rubric_scores_any_entry_within_bounds_with_reasons(entry):
    for rubric in RUBRICS:
        card = score(entry, rubric, resolve)
        assert 0 <= card.score <= card.max_score + 1e-9
        assert 0 <= card.percent <= 100
        assert card.verdict is None or card.verdict.id in {v.id for v in rubric.verdicts}
        assert all(0 <= t.progress <= 1 for t in card.tiers)
        for criterion in card.criteria:
            assert 0 <= criterion.points <= criterion.max_points + 1e-9
            assert criterion.reason.strip()
            assert criterion.level in {"open", "partial", "closed", "unknown"}
