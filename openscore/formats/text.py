"""Wording shared by the human formats: level symbols, numbers, evidence picks."""

from __future__ import annotations

from openscore.domain.scorecard import CriterionResult, Scorecard

SYMBOLS = {"open": "●", "partial": "◐", "closed": "○", "unknown": "?"}
STYLES = {"open": "green", "partial": "yellow", "closed": "red", "unknown": "dim"}


def level(value: str) -> str:
    """A level as symbol and word, readable without colour: '◐ partial'."""
    return f"{SYMBOLS[value]} {value}"


def number(value: float) -> str:
    return f"{value:g}"


def score(card: Scorecard) -> str:
    return f"{number(card.score)}/{number(card.max_score)}"


def verdict(card: Scorecard) -> str:
    return card.verdict.label if card.verdict else "-"


def evidence(result: CriterionResult) -> str:
    """The evidence link of the artifact that decided the grade, else of any artifact."""
    decided = [a for a in result.artifacts if a.level == result.level and a.url]
    fallback = [a for a in result.artifacts if a.url]
    return (decided or fallback)[0].url if (decided or fallback) else ""  # type: ignore[return-value]


def license_of(result: CriterionResult) -> str:
    licenses = dict.fromkeys(a.license for a in result.artifacts if a.license and a.status in ("open", "partial"))
    return ", ".join(licenses) or "-"


def differs(cards: list[Scorecard], criterion_id: str) -> bool:
    return len({card.criterion(criterion_id).level for card in cards}) > 1
