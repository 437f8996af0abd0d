"""Released documents without a license: frameworks such as MOF count them as not open."""

from __future__ import annotations

from openscore.checks.inputs import DataInput
from openscore.domain.artifacts import ContentType
from openscore.domain.evidence import ModelEntry, Status
from openscore.errors import Problem

_RELEASED = (Status.OPEN, Status.PARTIAL)


def check(data: DataInput) -> list[Problem]:
    """One warning per entry (or variant) naming its released documents that no license covers."""
    found = []
    for index, entry in data.entries():
        missing = unlicensed(entry)
        if missing:
            found.append(data.source.problem(
                ("models", index, "artifacts"),
                f"{entry.id}: no license recorded for released {', '.join(missing)} (MOF counts them as not open)",
                severity="warning"))
    return found


def unlicensed(entry: ModelEntry) -> list[str]:
    """The kinds of `entry`'s released documents for which neither the artifact nor the release names a license."""
    return [kind.value for kind, artifact in entry.artifacts.items()
            if kind.content_type is ContentType.DOCUMENT and artifact.status in _RELEASED and entry.license_for(kind)[0] is None]
