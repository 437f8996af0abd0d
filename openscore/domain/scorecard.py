"""The result of grading one entry against one rubric. Plain dataclasses: cheap to build."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

LevelName = Literal["open", "partial", "closed", "unknown"]


@dataclass(slots=True)
class ArtifactGrade:
    """How one artifact fared under one criterion."""

    kind: str
    status: LevelName
    level: LevelName
    license: str | None
    license_class: str | None
    license_origin: str
    url: str | None
    reason: str


@dataclass(slots=True)
class CriterionResult:
    id: str
    name: str
    level: LevelName
    points: float
    max_points: float
    reason: str
    artifacts: tuple[ArtifactGrade, ...]
    flags: tuple[str, ...] = ()


@dataclass(slots=True)
class TierProgress:
    id: str
    name: str
    progress: float
    reached: bool
    missing: tuple[str, ...]


@dataclass(slots=True)
class GroupScore:
    """A category's mean (EOSAI: availability, documentation, access), as a fraction of 1 and a percentage."""

    id: str
    name: str
    score: float
    percent: float
    criteria: tuple[str, ...]


@dataclass(slots=True)
class Verdict:
    id: str
    label: str
    description: str


@dataclass(slots=True)
class CardSource:
    """Where the graded facts came from: the source's name, what it is, the record, the snapshot; its notice if unreviewed."""

    name: str
    database: str
    record: str | None
    snapshot: str | None
    snapshot_date: str | None
    reviewed: bool
    notice: str | None = None
    license: str | None = None
    attribution: str | None = None


@dataclass(slots=True)
class ArtifactNote:
    """What the data file says about one artifact, in its own words (every artifact with notes, graded or not)."""

    kind: str
    status: LevelName
    notes: str
    url: str | None


@dataclass(slots=True)
class Scorecard:
    model_id: str
    model_name: str
    organization: str
    rubric_id: str
    rubric_version: str
    score: float
    max_score: float
    percent: float
    verdict: Verdict | None
    tier: str | None
    tiers: tuple[TierProgress, ...]
    criteria: tuple[CriterionResult, ...]
    automatic: bool = False
    notes: tuple[str, ...] = field(default=())
    groups: tuple[GroupScore, ...] = field(default=())
    variant_of: str | None = None  # the entry whose variant this is
    model_notes: str | None = None  # the data file's notes on the release
    artifact_notes: tuple[ArtifactNote, ...] = field(default=())
    source: CardSource | None = None

    def criterion(self, criterion_id: str) -> CriterionResult:
        return next(c for c in self.criteria if c.id == criterion_id)


def leaderboard(cards: Iterable[Scorecard]) -> list[Scorecard]:
    """The one leaderboard order: highest score first, then by model id."""
    return sorted(cards, key=lambda c: (-c.score, c.model_id))
