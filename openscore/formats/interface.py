"""The one small interface every output format implements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, TextIO

from openscore.domain.rubric import Rubric
from openscore.domain.scorecard import Scorecard

View = Literal["rate", "rate-all", "compare", "list", "rubric", "rubrics"]


@dataclass(frozen=True)
class Report:
    """What a command wants shown: scorecards under one rubric, or rubrics themselves.

    `rate-all` is one model under several rubrics: `cards[i]` was scored with `rubrics[i]`.
    """

    view: View
    rubric: Rubric | None = None
    cards: Sequence[Scorecard] = ()
    rubrics: Sequence[Rubric] = ()


class Formatter(Protocol):
    def render(self, report: Report, out: TextIO) -> None:
        """Write `report` to `out`."""
        ...
