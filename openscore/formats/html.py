"""The static HTML leaderboard: one self-contained page, one section per rubric.

Everything shown comes from data and rubric files and is untrusted: the template escapes it
(jinja2 autoescape), only http(s) links are emitted, and the page's Content-Security-Policy
allows no requests and no script or style but its own.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO
from urllib.parse import urlsplit

from markupsafe import Markup

from openscore import __version__
from openscore.domain.rubric import Rubric
from openscore.domain.scorecard import CriterionResult, Scorecard
from openscore.formats import interface, wording
from openscore.formats.badge import color
from openscore.i18n import N_, _, current
from openscore.templates import environment, source
from openscore.words import level as level_word

LEVELS = (
    ("open", N_("released on terms that earn full credit")),
    ("partial", N_("partly released, or restrictive terms")),
    ("closed", N_("not released, or terms that earn nothing")),
    ("unknown", N_("not researched yet")),
)


@dataclass(frozen=True)
class Board:
    """One rubric's leaderboard: its scorecards, best first."""

    rubric: Rubric
    cards: Sequence[Scorecard]


class HtmlFormat(interface.RendersLeaderboard):
    def render_leaderboard(self, leaderboard: interface.Leaderboard, out: TextIO) -> None:
        out.write(page(leaderboard.boards, leaderboard.data_date, leaderboard.switch))


def safe_url(url: str | None) -> str | None:
    """`url` if it is an http(s) link with a host, else None."""
    url = (url or "").strip()
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def page(boards: Sequence[Board], data_date: dt.date | None, switch: Sequence[tuple[str, str, bool]] = ()) -> str:
    """The page for `boards` in the run's language; `data_date` is the newest review date in the data; `switch`
    links the same page in other languages: (label, relative href, whether it is this page)."""
    css, js = source("report.css"), source("report.js")
    return environment().get_template("report.html.j2").render(
        sections=[_section(b) for b in boards],
        data_date=data_date.isoformat() if data_date else None,
        models=max((len(b.cards) for b in boards), default=0),
        levels=[(name, wording.SYMBOLS[name], level_word(name), _(why)) for name, why in LEVELS],
        html_lang="zh-CN" if current() == "zh" else "en", switch=switch,
        version=__version__,
        credits=wording.attributions([card for b in boards for card in b.cards]),
        css=Markup(css), css_hash=_csp_hash(css),
        js=Markup(js), js_hash=_csp_hash(js),
    )


def _csp_hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()


def _section(board: Board) -> dict[str, object]:
    rubric = board.rubric
    return {
        "rubric": rubric,
        "url": safe_url(rubric.url),
        "has_result": bool(rubric.verdicts or rubric.tiers),
        "verdicts": [(v.label, v.description, color(rubric, v.id, 0)) for v in rubric.verdicts],
        "rows": [_row(rank, card, rubric) for rank, card in enumerate(board.cards, 1)],
        "flag_legend": _(wording.FLAG_LEGEND) if any(c.flags for card in board.cards for c in card.criteria) else None,
    }


def _row(rank: int, card: Scorecard, rubric: Rubric) -> dict[str, object]:
    result = wording.result(card)
    ladder = [v.id for v in rubric.verdicts]
    verdict = card.verdict.id if card.verdict else None
    return {
        "rank": rank,
        "card": card,
        "result": result,
        "why": "\n".join([*([card.verdict.description] if card.verdict else []), *wording.tiers(card), *card.notes]),
        # higher sorts first, like every numeric column: the verdict's place from the bottom of the ladder
        "result_sort": len(ladder) - ladder.index(verdict) if verdict in ladder else card.percent / 100,
        "colour": color(rubric, verdict, card.percent),
        "filter": " ".join((card.model_name, card.model_id, card.organization, result)).lower(),
        "cells": [_cell(c) for c in card.criteria],
    }


def _cell(result: CriterionResult) -> dict[str, object]:
    hover = _("{criterion}: {level}, {points}. {reason}").format(
        criterion=result.name, level=level_word(result.level), points=f"{wording.number(result.points)}/{wording.number(result.max_points)}",
        reason=result.reason)
    hover += "".join(f"\n⚑ {flag}" for flag in result.flags)
    return {"level": result.level, "word": level_word(result.level), "symbol": wording.SYMBOLS[result.level], "points": result.points,
            "title": hover, "href": safe_url(wording.evidence(result)), "flagged": bool(result.flags)}
