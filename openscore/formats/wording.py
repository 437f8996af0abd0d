"""Wording shared by the human formats: level symbols, numbers, evidence picks."""

from __future__ import annotations

from collections.abc import Sequence

from openscore.domain.evidence import RELEASED
from openscore.domain.rubric import RANK
from openscore.domain.scorecard import CriterionResult, Scorecard
from openscore.i18n import N_, _, current, pgettext
from openscore.words import artifact as artifact_word
from openscore.words import level as level_word

SYMBOLS = {"open": "●", "partial": "◐", "closed": "○", "unknown": "?"}
STYLES = {"open": "green", "partial": "yellow", "closed": "red", "unknown": "dim"}


def level(value: str) -> str:
    """A level as symbol and word, readable without colour: '◐ partial'."""
    return f"{SYMBOLS[value]} {level_word(value)}"


def legend() -> str:
    """The symbols and their words: '● open ◐ partial ○ closed ? unknown'."""
    return " ".join(level(value) for value in SYMBOLS)


def number(value: float) -> str:
    return f"{value:g}"


def score(card: Scorecard) -> str:
    return f"{number(card.score)}/{number(card.max_score)}"


def id_after(name: str, shown_id: str) -> str:
    """What follows a model's name to give its id: ' (qwen2)'; after a name that ends in parentheses, ', id gpt-oss'."""
    return (_(", id {id}") if name.rstrip().endswith(")") else _(" ({id})")).format(id=shown_id)


def single_source(cards: Sequence[Scorecard]) -> bool:
    """Whether every card's facts come from one source, so a Source column would say nothing."""
    return len({card.source.name if card.source else None for card in cards}) <= 1


def verdict(card: Scorecard) -> str:
    return card.verdict.label if card.verdict else "-"


def evidence(result: CriterionResult) -> str:
    """The evidence link of the artifact that decided the grade, else of any artifact."""
    decided = [a for a in result.artifacts if a.level == result.level and a.url]
    fallback = [a for a in result.artifacts if a.url]
    return (decided or fallback)[0].url if (decided or fallback) else ""  # type: ignore[return-value]


def license_of(result: CriterionResult) -> str:
    """Licenses of the released artifacts as the grade read them (a criterion that does not grade licenses is
    given no distribution license for a document, so none shows here and no flag names one)."""
    licenses = dict.fromkeys(a.license for a in result.artifacts if a.license and a.status in RELEASED)
    stated = [text for text in licenses if text.strip().lower() != "unknown"]  # `unknown` beside a license adds nothing
    return ", ".join(stated or licenses) or "-"


def headline(card: Scorecard) -> tuple[str, str]:
    """What a rubric calls its headline and the card's: ('Verdict', 'open weights'), ('Class', 'Class III'), or ('', '')."""
    if card.verdict:
        return _("Verdict"), card.verdict.label
    reached = next((t.name for t in card.tiers if t.id == card.tier), None)
    if card.tiers:
        return _("Class"), reached or _("none reached")
    return "", ""


def reasons(card: Scorecard) -> list[str]:
    """Each criterion's reason; one the same as an earlier row's is said as 'as for NAME', not repeated."""
    seen: dict[str, str] = {}
    found = []
    for c in card.criteria:
        first = seen.setdefault(c.reason, c.name)
        found.append(c.reason if first == c.name else _("as for {criterion}: the same artifacts and terms").format(criterion=first))
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
    short = [t.name.partition(" - ")[0].partition("（")[0] for t in card.tiers]
    lines = [_("Cumulative classes, lowest first: {classes}; each needs everything the one before it needs, and progress stops at the "
               "first one not reached.").format(classes=_(", ").join(short))]
    stop = next((i for i, t in enumerate(card.tiers) if not t.reached), None)
    for index, tier in enumerate(card.tiers):
        if tier.reached:
            lines.append(_("{tier}: reached").format(tier=tier.name))
        elif index == stop:
            missing = _(", ").join(_missing(names[m]) if m in names else m for m in tier.missing)
            lines.append(_("{tier}: {progress}; not reached: missing {missing}").format(tier=tier.name, progress=f"{tier.progress:.0%}",
                                                                                    missing=missing))
        else:
            below = card.tiers[index - 1].missing if index else ()
            own = "" if compact else _(", ").join(_missing(names[m]) for m in tier.missing if m in names and m not in below)
            lines.append(_("{tier}: {progress}; not reached: {lower} is not reached first").format(
                tier=tier.name, progress=f"{tier.progress:.0%}", lower=short[stop or 0])
                + (_("; its own part misses {own}").format(own=own) if own else ""))
    return lines


def _missing(result: CriterionResult) -> str:
    """A missing criterion and why: (partly) released without an open license, or not released."""
    if _held_by_license(result):
        held = [a for a in result.artifacts if RANK[a.status] > RANK[a.level]]
        if all((a.license or "").strip().lower() == "unknown" for a in held):  # recorded as not established, with a note
            return _("{criterion} ({released}, license not established)").format(criterion=result.name, released=_released_as(result))
        return _("{criterion} ({released}, no open license)").format(criterion=result.name, released=_released_as(result))
    if result.level == "unknown":
        return _("{criterion} (not researched)").format(criterion=result.name)
    return _("{criterion} (not released)").format(criterion=result.name)


def groups(card: Scorecard) -> str:
    """Category means on one line: 'Availability 0.8 (80%) · Documentation 0.5 (50%)'."""
    return " · ".join(f"{g.name} {number(g.score)} ({g.percent:g}%)" for g in card.groups)


def score_line(card: Scorecard) -> str:
    """The score as the rubric makes it: a mean as a fraction of 1 and a percentage, a sum out of the total."""
    if card.max_score == 1 and card.groups:
        return _("mean {mean} ({percent}%)").format(mean=number(round(card.score, 4)), percent=f"{card.percent:g}")
    return _("score {score} ({percent}%)").format(score=score(card), percent=f"{card.percent:g}")


def why(card: Scorecard, limit: int = 2, names_limit: int = 5) -> list[str]:
    """Why the result is not higher: tier progress and what the next tier lacks; else the reasons of the
    criteria below open (held back by a license first, then most points lost), then the names of the rest."""
    if card.tiers:
        lines = tiers(card, compact=True)[1:] if any(not t.reached for t in card.tiers) else [_("every tier reached")]
    else:
        short = sorted((c for c in card.criteria if c.level != "open"), key=lambda c: (not _held_by_license(c), c.points - c.max_points))
        lines = [_clip(_("{criterion}: {reason}").format(criterion=c.name, reason=c.reason)) for c in short[:limit]] or [_("every criterion open")]
        rest = [f"{SYMBOLS[c.level]} {c.name}" for c in short[limit:]]
        if rest:
            shown = _(", ").join(rest[:names_limit])
            lines.append(_("also below open: {criteria} and {more} more").format(criteria=shown, more=len(rest) - names_limit)
                         if len(rest) > names_limit else _("also below open: {criteria}").format(criteria=shown))
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


FLAG_LEGEND = N_("⚑ openscore's own note beside the framework's result (a different reading of the license or the artifacts, "
                  "or a license meant for another kind of content); it does not change the grade")
"""Said under a table that shows ⚑ flags: no flag changes a grade (the scorer's flags only record a disagreement)."""


def _released_as(result: CriterionResult) -> str:
    """How the artifacts held back by their terms were released: 'released', 'partly released', or both."""
    held = {a.status for a in result.artifacts if RANK[a.status] > RANK[a.level]}
    if held == {"partial"}:
        return _("partly released")
    return _("released, some only partly") if "partial" in held else _("released")


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
    if card.model_notes and readable(card.model_notes):
        lines.append((first_sentence(card.model_notes), None))
    notes = [n for n in card.artifact_notes if readable(n.notes)]
    said = sorted((n for n in notes if n.status != "open"), key=lambda n: _FIRST.index(n.kind) if n.kind in _FIRST else 9)
    shown = said[: max(limit - len(lines), 0)]
    lines += [(_("{kind} ({status}): {note}").format(kind=artifact_word(n.kind), status=level_word(n.status), note=first_sentence(n.notes)),
               n.url) for n in shown]
    left = len(said) - len(shown) + sum(1 for n in notes if n.status == "open")
    return lines, left


def readable(note: str | None) -> bool:
    """Whether a note from the data is in the run's language: any note in English; only a Chinese one
    (its `notes_zh`) in Chinese, where an English note is left to `--lang en` and the machine formats."""
    if not note:
        return False
    from openscore.domain.scorer import chinese_text

    return current() == "en" or chinese_text(note)


def first_sentence(notes: str, limit: int = 320) -> str:
    """The first sentence of a note, whole; one longer than `limit` characters ends at a word before it, marked."""
    sentence, dot, _rest = " ".join(notes.split()).partition(". ")
    sentence += "." if dot else ""
    if "。" in sentence:  # Chinese: up to the first full stop
        sentence = sentence.partition("。")[0] + "。"
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + " " + _("[more in the full text]")


def combine_word(value: str) -> str:
    """How a criterion combines its artifacts, in the run's language (`best` is 取最高 under Chinese)."""
    words = {"all": pgettext("combine", "all"), "any": pgettext("combine", "any"), "best": pgettext("combine", "best"),
             "mean": pgettext("combine", "mean"), "some": pgettext("combine", "some")}
    return words.get(value, value)
