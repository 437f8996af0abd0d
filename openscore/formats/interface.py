"""What formats render: the subject of each view, and one typed protocol per view.

A format is a class with one method per view it supports, named after the view (`rate-all` ->
`render_rate_all`), taking the view's subject and the stream to write to. `formats.FORMATS` declares
which views each format supports; `formats.load` checks the class against that declaration
when the format is loaded, and `formats.check_all` checks every format (the test suite runs it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol, TextIO

from openscore.domain.rubric import Rubric
from openscore.domain.scorecard import Scorecard

if TYPE_CHECKING:
    from openscore.checks.runner import Outcome
    from openscore.diff.changes import Diff
    from openscore.formats.badge import Badge
    from openscore.formats.html import Board
    from openscore.licenses.record import LicenseRecord
    from openscore.sources.disagreements import SideBySide
    from openscore.sources.hub.assess import Assessment
    from openscore.sources.hub.service import HubFindings
    from openscore.sources.status import SourceStatus

# The views of the scorecard document (docs/JSON.md): their subject is a `Report`.
ScorecardView = Literal["rate", "rate-all", "compare", "list", "rubric", "rubrics"]
View = Literal[
    "rate", "rate-all", "compare", "list", "rubric", "rubrics",  # scorecards and rubrics (Report)
    "findings",  # openscore validate (checks.runner.Outcome)
    "score-diff",  # openscore diff (diff.changes.Diff)
    "license", "licenses",  # openscore license ID / licenses (LicenseRecord, a sequence of them)
    "hub-findings",  # openscore hub sync, rate --hub (sources.hub.service.HubFindings)
    "draft",  # openscore draft (sources.hub.assess.Assessment)
    "data-file",  # openscore import (DataFileDocument)
    "badge",  # openscore badge (formats.badge.Badge)
    "leaderboard",  # openscore report --html (Leaderboard)
    "sources",  # openscore sources (a sequence of sources.status.SourceStatus)
    "side-by-side",  # openscore rate MODEL --sources (sources.disagreements.SideBySide)
    "sources-diff",  # openscore sources diff (a sequence of SideBySide)
]


@dataclass(frozen=True)
class Report:
    """What a scorecard view shows: scorecards under one rubric, or rubrics themselves.

    `rate-all` is one model under several rubrics: `cards[i]` was scored with `rubrics[i]`.
    """

    view: ScorecardView
    rubric: Rubric | None = None
    cards: Sequence[Scorecard] = ()
    rubrics: Sequence[Rubric] = ()


@dataclass(frozen=True)
class DataFileDocument:
    """Entries to write as a data file (plain mappings in data-file key order), under a comment."""

    entries: Sequence[Mapping[str, Any]]
    header: str


@dataclass(frozen=True)
class Leaderboard:
    """The leaderboard page: one board per rubric; `data_date` is the newest review date in the data."""

    boards: Sequence[Board]
    data_date: dt.date | None
    switch: Sequence[tuple[str, str, bool]] = ()  # the same page in other languages: (label, href, whether it is this one)


# One protocol per view. A format implements the ones it declares in `formats.FORMATS`.
class RendersRate(Protocol):
    def render_rate(self, report: Report, out: TextIO) -> None: ...


class RendersRateAll(Protocol):
    def render_rate_all(self, report: Report, out: TextIO) -> None: ...


class RendersCompare(Protocol):
    def render_compare(self, report: Report, out: TextIO) -> None: ...


class RendersList(Protocol):
    def render_list(self, report: Report, out: TextIO) -> None: ...


class RendersRubric(Protocol):
    def render_rubric(self, report: Report, out: TextIO) -> None: ...


class RendersRubrics(Protocol):
    def render_rubrics(self, report: Report, out: TextIO) -> None: ...


class RendersFindings(Protocol):
    def render_findings(self, outcome: Outcome, out: TextIO) -> None: ...


class RendersScoreDiff(Protocol):
    def render_score_diff(self, diff: Diff, out: TextIO) -> None: ...


class RendersLicense(Protocol):
    def render_license(self, record: LicenseRecord, out: TextIO) -> None: ...


class RendersLicenses(Protocol):
    def render_licenses(self, records: Sequence[LicenseRecord], out: TextIO) -> None: ...


class RendersHubFindings(Protocol):
    def render_hub_findings(self, findings: HubFindings, out: TextIO) -> None: ...


class RendersDraft(Protocol):
    def render_draft(self, assessment: Assessment, out: TextIO) -> None: ...


class RendersDataFile(Protocol):
    def render_data_file(self, data: DataFileDocument, out: TextIO) -> None: ...


class RendersBadge(Protocol):
    def render_badge(self, badge: Badge, out: TextIO) -> None: ...


class RendersLeaderboard(Protocol):
    def render_leaderboard(self, leaderboard: Leaderboard, out: TextIO) -> None: ...


class RendersSources(Protocol):
    def render_sources(self, rows: Sequence[SourceStatus], out: TextIO) -> None: ...


class RendersSideBySide(Protocol):
    def render_side_by_side(self, view: SideBySide, out: TextIO) -> None: ...


class RendersSourcesDiff(Protocol):
    def render_sources_diff(self, views: Sequence[SideBySide], out: TextIO) -> None: ...


PROTOCOLS: dict[str, type] = {
    "rate": RendersRate, "rate-all": RendersRateAll, "compare": RendersCompare, "list": RendersList,
    "rubric": RendersRubric, "rubrics": RendersRubrics, "findings": RendersFindings, "score-diff": RendersScoreDiff,
    "license": RendersLicense, "licenses": RendersLicenses, "hub-findings": RendersHubFindings, "draft": RendersDraft,
    "data-file": RendersDataFile, "badge": RendersBadge, "leaderboard": RendersLeaderboard,
    "sources": RendersSources, "side-by-side": RendersSideBySide, "sources-diff": RendersSourcesDiff,
}
SCORECARD_VIEWS: tuple[ScorecardView, ...] = ("rate", "rate-all", "compare", "list", "rubric", "rubrics")


def method_name(view: str) -> str:
    """The method that renders `view`: 'rate-all' -> 'render_rate_all'."""
    return "render_" + view.replace("-", "_")
