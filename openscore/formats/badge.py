"""Badges for one scorecard: a shields.io-style SVG, or shields.io endpoint JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TextIO

from openscore.domain.rubric import Rubric
from openscore.domain.scorecard import Scorecard
from openscore.formats import interface, wording
from openscore.i18n import _, current
from openscore.templates import environment
from openscore.textsafe import json_text, line

# Most open first; a verdict takes the colour of its place in the rubric's ladder.
PALETTE = ("brightgreen", "yellowgreen", "yellow", "orange", "red")
HEX = {"brightgreen": "#4c1", "yellowgreen": "#a4a61d", "yellow": "#dfb317", "orange": "#fe7d37", "red": "#e05d44"}

_NARROW, _WIDE = set(" .,:;!|'ijlIft·-/()[]r"), set("mwMW%")


@dataclass(frozen=True)
class Badge:
    label: str
    message: str
    color: str  # a shields.io colour name, a key of HEX
    title: str
    source: dict[str, object] | None = None  # where the facts came from: name, database, reviewed, notice if unreviewed


def color(rubric: Rubric, verdict: str | None, percent: float) -> str:
    """The verdict's place in the rubric's ladder (first rule = most open), else the percentage."""
    ladder = [v.id for v in rubric.verdicts]
    step = ladder.index(verdict) / (len(ladder) - 1) if verdict in ladder and len(ladder) > 1 else 1 - percent / 100
    return PALETTE[round(step * (len(PALETTE) - 1))]


def badge(card: Scorecard, rubric: Rubric, default_rubric: str = "openscore") -> Badge:
    """'openness | 72 · open-weights'; scores out of anything but 100 read '5/14', a mean (out of 1) '46%'.
    In Chinese: '开放度 | 72 · 开放权重' (the verdict's label, not its id)."""
    if card.max_score == 100:
        points = f"{card.score:.0f}"
    elif card.max_score == 1:
        points = f"{card.percent:g}%"
    else:
        points = f"{round(card.score, 1):g}/{card.max_score:g}"
    english = current() == "en"
    result = (card.verdict.id if card.verdict else (card.tier or "")) if english else wording.result(card)
    label = _("openness") if rubric.id == default_rubric else _("openness ({rubric})").format(rubric=rubric.id)
    title = _("{model}: {result}, {score} under {rubric} {version}").format(
        model=card.model_name, result=wording.result(card), score=wording.score(card), rubric=rubric.name, version=rubric.version)
    if card.source and card.source.notice:
        title += _(" ({notice})").format(notice=card.source.notice)
    colour = color(rubric, card.verdict.id if card.verdict else None, card.percent)
    source: dict[str, object] | None = None
    if card.source is not None:
        source = {"name": card.source.name, "database": card.source.database, "reviewed": card.source.reviewed}
        if card.source.notice:
            source["notice"] = card.source.notice
    return Badge(label, " · ".join(p for p in (points, result) if p), colour, title, source)


def shields_json(b: Badge) -> str:
    """A shields.io endpoint document (https://shields.io/badges/endpoint-badge), with `source`: where the facts came
    from and whether openscore reviewed them (shields.io drops keys it does not know)."""
    document: dict[str, object] = {"schemaVersion": 1, "label": line(b.label), "message": line(b.message), "color": b.color}
    if b.source is not None:
        document["source"] = {key: line(value) if isinstance(value, str) else value for key, value in b.source.items()}
    return json_text(json.dumps(document, ensure_ascii=False)) + "\n"


def svg(b: Badge) -> str:
    """A flat badge; text widths are estimated and pinned with textLength so any font fits."""
    label_w, message_w = _width(b.label) + 10, _width(b.message) + 10
    return environment().get_template("badge.svg.j2").render(
        badge=b, fill=HEX[b.color], label_w=label_w, message_w=message_w, width=label_w + message_w)


def _width(s: str) -> int:
    """Approximate width in pixels of `s` in 11px Verdana."""
    return round(sum(3.9 if ch in _NARROW else 10.0 if ch in _WIDE else 11.0 if _double(ch) else 7.5 if ch.isupper() else 6.8
                     for ch in s))


def _double(ch: str) -> bool:
    """A CJK (double-width) character: about one em wide."""
    import unicodedata

    return unicodedata.east_asian_width(ch) in ("W", "F")


class SvgFormat(interface.RendersBadge):
    def render_badge(self, badge: Badge, out: TextIO) -> None:
        out.write(svg(badge))


class ShieldsFormat(interface.RendersBadge):
    def render_badge(self, badge: Badge, out: TextIO) -> None:
        out.write(shields_json(badge))
