"""Wording shared by the human formats: level symbols, numbers, evidence picks."""

from __future__ import annotations

from openscore.domain.artifacts import ArtifactKind, ContentType
from openscore.domain.evidence import RELEASED
from openscore.domain.rubric import RANK
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
    """Licenses of the released artifacts; a release-wide license is not repeated for documents."""
    licenses = dict.fromkeys(
        a.license for a in result.artifacts
        if a.license and a.status in RELEASED
        and (a.license_origin == "artifact" or ArtifactKind(a.kind).content_type is not ContentType.DOCUMENT)
    )
    return ", ".join(licenses) or "-"


def result(card: Scorecard) -> str:
    """The headline a rubric gives: its verdict, else the tier reached, else '-'."""
    if card.verdict:
        return card.verdict.label
    return next((t.name for t in card.tiers if t.id == card.tier), "-")


def tiers(card: Scorecard) -> list[str]:
    return [f"{t.name}: {'reached' if t.reached else f'{t.progress:.0%}'}" for t in card.tiers]


def why(card: Scorecard, limit: int = 2, names_limit: int = 5) -> list[str]:
    """Why the result is not higher: tier progress and what the next tier lacks; else the reasons of the
    criteria below open (held back by a license first, then most points lost), then the names of the rest."""
    names = {c.id: c.name for c in card.criteria}
    if card.tiers:
        pending = next((t for t in card.tiers if not t.reached), None)
        lines = [*tiers(card), f"{pending.name} lacks: {', '.join(names.get(m, m) for m in pending.missing)}" if pending else "every tier reached"]
    else:
        short = sorted((c for c in card.criteria if c.level != "open"), key=lambda c: (not _held_by_license(c), c.points - c.max_points))
        lines = [_clip(f"{c.name}: {c.reason}") for c in short[:limit]] or ["every criterion open"]
        rest = [f"{SYMBOLS[c.level]} {c.name}" for c in short[limit:]]
        if rest:
            more = f" and {len(rest) - names_limit} more" if len(rest) > names_limit else ""
            lines.append(f"also below open: {', '.join(rest[:names_limit])}{more}")
    return [*lines, *card.notes]


def _clip(line: str, width: int = 200) -> str:
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def _held_by_license(result: CriterionResult) -> bool:
    """Something is released but graded lower: the terms, not the release, hold it back."""
    return any(RANK[a.status] > RANK[a.level] for a in result.artifacts)


def differs(cards: list[Scorecard], criterion_id: str) -> bool:
    return len({card.criterion(criterion_id).level for card in cards}) > 1
