"""Wording shared by the human formats: level symbols, numbers, evidence picks."""

from __future__ import annotations

from collections.abc import Sequence

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


def headline(card: Scorecard) -> tuple[str, str]:
    """What a rubric calls its headline and the card's: ('Verdict', 'open weights'), ('Class', 'Class III'), or ('', '')."""
    if card.verdict:
        return "Verdict", card.verdict.label
    reached = next((t.name for t in card.tiers if t.id == card.tier), None)
    if card.tiers:
        return "Class", reached or "none reached"
    return "", ""


def reasons(card: Scorecard) -> list[str]:
    """Each criterion's reason; one the same as an earlier row's is said as 'as for NAME', not repeated."""
    seen: dict[str, str] = {}
    found = []
    for c in card.criteria:
        first = seen.setdefault(c.reason, c.name)
        found.append(c.reason if first == c.name else f"as for {first}: the same artifacts and terms")
    return found


def result(card: Scorecard) -> str:
    """The headline a rubric gives: its verdict, else the tier reached, else '-'."""
    if card.verdict:
        return card.verdict.label
    return next((t.name for t in card.tiers if t.id == card.tier), "-")


def tiers(card: Scorecard, compact: bool = False) -> list[str]:
    """Each cumulative tier's progress, and for the first one not reached what it misses; the higher ones stop there
    (compact: without what the higher ones would miss on their own)."""
    if not card.tiers:
        return []
    names = {c.id: c for c in card.criteria}
    short = [t.name.partition(" - ")[0] for t in card.tiers]
    lines = [f"Cumulative classes, lowest first: {', '.join(short)}; each needs everything the one before it needs, and progress stops at the "
             "first one not reached."]
    stop = next((i for i, t in enumerate(card.tiers) if not t.reached), None)
    for index, tier in enumerate(card.tiers):
        if tier.reached:
            lines.append(f"{tier.name}: reached")
        elif index == stop:
            missing = ", ".join(_missing(names[m]) if m in names else m for m in tier.missing)
            lines.append(f"{tier.name}: {tier.progress:.0%}; not reached: missing {missing}")
        else:
            below = card.tiers[index - 1].missing if index else ()
            own = "" if compact else ", ".join(_missing(names[m]) for m in tier.missing if m in names and m not in below)
            lines.append(f"{tier.name}: {tier.progress:.0%}; not reached: {short[stop or 0]} is not reached first"
                         + (f"; its own part misses {own}" if own else ""))
    return lines


def _missing(result: CriterionResult) -> str:
    """A missing criterion and why: released without an open license, or not released."""
    if _held_by_license(result):
        return f"{result.name} (released, no open license)"
    if result.level == "unknown":
        return f"{result.name} (not researched)"
    return f"{result.name} (not released)"


def groups(card: Scorecard) -> str:
    """Category means on one line: 'Availability 0.8 (80%) · Documentation 0.5 (50%)'."""
    return " · ".join(f"{g.name} {number(g.score)} ({g.percent:g}%)" for g in card.groups)


def score_line(card: Scorecard) -> str:
    """The score as the rubric makes it: a mean as a fraction of 1 and a percentage, a sum out of the total."""
    if card.max_score == 1 and card.groups:
        return f"mean {number(round(card.score, 4))} ({card.percent:g}%)"
    return f"score {score(card)} ({card.percent:g}%)"


def why(card: Scorecard, limit: int = 2, names_limit: int = 5) -> list[str]:
    """Why the result is not higher: tier progress and what the next tier lacks; else the reasons of the
    criteria below open (held back by a license first, then most points lost), then the names of the rest."""
    if card.tiers:
        lines = tiers(card, compact=True)[1:] if any(not t.reached for t in card.tiers) else ["every tier reached"]
    else:
        short = sorted((c for c in card.criteria if c.level != "open"), key=lambda c: (not _held_by_license(c), c.points - c.max_points))
        lines = [_clip(f"{c.name}: {c.reason}") for c in short[:limit]] or ["every criterion open"]
        rest = [f"{SYMBOLS[c.level]} {c.name}" for c in short[limit:]]
        if rest:
            more = f" and {len(rest) - names_limit} more" if len(rest) > names_limit else ""
            lines.append(f"also below open: {', '.join(rest[:names_limit])}{more}")
    if card.groups:
        lines.insert(0, groups(card))
    return [*lines, *card.notes]


def notices(cards: Sequence[Scorecard]) -> list[str]:
    """'model: facts from …; not reviewed by openscore' for every card whose facts come from a database."""
    return [f"{card.model_id}: {card.source.notice}" for card in cards if card.source and card.source.notice]


def attributions(cards: Sequence[Scorecard]) -> list[tuple[str, str, str]]:
    """(source, license, attribution) of every database the cards' facts came from, once each."""
    found = {card.source.name: (card.source.name, card.source.license or "", card.source.attribution)
             for card in cards if card.source and card.source.attribution}
    return list(found.values())


def _clip(line: str, width: int = 200) -> str:
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def _held_by_license(result: CriterionResult) -> bool:
    """Something is released but graded lower: the terms, not the release, hold it back."""
    return any(RANK[a.status] > RANK[a.level] for a in result.artifacts)


def differs(cards: list[Scorecard], criterion_id: str) -> bool:
    return len({card.criterion(criterion_id).level for card in cards}) > 1


_FIRST = ("api", "weights", "finetuned_weights")  # the artifacts most verdicts turn on


def caveats(card: Scorecard, limit: int = 4) -> tuple[list[tuple[str, str | None]], int]:
    """The data's notes, shortened, for beneath a table: the release's, then the unreleased or partly released
    artifacts' (those a verdict turns on first). Each as (line, evidence url); and how many were left out."""
    lines: list[tuple[str, str | None]] = []
    if card.model_notes:
        lines.append((first_sentence(card.model_notes), None))
    said = sorted((n for n in card.artifact_notes if n.status != "open"), key=lambda n: _FIRST.index(n.kind) if n.kind in _FIRST else 9)
    shown = said[: max(limit - len(lines), 0)]
    lines += [(f"{n.kind.replace('_', ' ')} ({n.status}): {first_sentence(n.notes)}", n.url) for n in shown]
    left = len(said) - len(shown) + sum(1 for n in card.artifact_notes if n.status == "open")
    return lines, left


def first_sentence(notes: str, limit: int = 320) -> str:
    """The first sentence of a note, whole; one longer than `limit` characters ends at a word before it, marked."""
    sentence, dot, _ = " ".join(notes.split()).partition(". ")
    sentence += "." if dot else ""
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + " [more in the full text]"
