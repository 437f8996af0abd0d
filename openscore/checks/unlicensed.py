"""Released artifacts with no license stated, and the grade that gives them (a warning, said as the scorer grades)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openscore.checks.inputs import DataInput
from openscore.domain.evidence import Status
from openscore.domain.rubric import RANK, Level, Rubric
from openscore.errors import Problem

NO_LICENSE = "LicenseRef-scancode-no-license"  # what `none`, `unlicensed` and `no license` resolve to
_RELEASED = (Status.OPEN, Status.PARTIAL)


def check(data: DataInput, rubric: Rubric, resolve: Callable[[str], Any]) -> list[Problem]:
    """A warning for each open or partial artifact without a license (on it or release-wide), with its grade under `rubric`."""
    found = []
    for index, entry in data.entries():
        for kind, artifact in entry.artifacts.items():
            if artifact.status not in _RELEASED:
                continue
            text, _ = entry.license_for(kind)
            record = resolve(text) if text else None
            if record is not None and record.key != NO_LICENSE:
                continue
            grades = _grades(rubric, kind, artifact.status, record)
            if not grades:
                continue
            stated = f"its license is '{text}', that is none" if text else "no license is stated"
            found.append(data.source.problem(
                ("models", index, "artifacts", kind.value),
                f"{entry.id}: {kind.value} is {artifact.status.value} but {stated}: graded as {grades} by the {rubric.id} rubric; "
                f"give the artifact a license (or the entry one under licenses:)",
                severity="warning"))
    return found


def _grades(rubric: Rubric, kind: Any, status: Status, record: Any) -> str:
    """'partial', or 'partial for Weights, closed for License' when the criteria looking at `kind` grade it differently."""
    levels = []
    for criterion in rubric.criteria:
        rule = criterion.license
        if kind not in criterion.artifacts or rule is None:
            continue
        if record is None:
            level = rule.otherwise
        elif record.license_class in rule.full:
            level = Level.OPEN
        elif record.license_class in rule.partial:
            level = Level.PARTIAL
        else:
            level = rule.otherwise
        levels.append((criterion.name, min(level, status, key=RANK.__getitem__)))
    if not levels:
        return ""
    if len({level for _, level in levels}) == 1:
        return levels[0][1].value
    return ", ".join(f"{level.value} for {name}" for name, level in levels)
