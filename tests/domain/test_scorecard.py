"""domain.scorecard.leaderboard: the one leaderboard order of `list` and `report`."""

from __future__ import annotations

from openscore.domain.scorecard import Scorecard, leaderboard


def card(model_id: str, score: float) -> Scorecard:
    return Scorecard(model_id, model_id, "o", "r", "1", score, 100, round(score, 1), None, None, (), ())


def test_highest_score_first_then_by_id_even_when_rounded_percents_tie():
    cards = [card("b", 50.0), card("a", 50.0), card("c", 50.04), card("d", 90)]
    assert [c.model_id for c in leaderboard(cards)] == ["d", "c", "a", "b"]
