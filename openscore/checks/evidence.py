"""Released artifacts must link their evidence."""

from __future__ import annotations

from openscore.checks.inputs import DataInput
from openscore.domain.evidence import RELEASED
from openscore.errors import Problem


def check(data: DataInput) -> list[Problem]:
    """An artifact that is open or partial without an evidence url. (The schema already rejects non-http urls.)"""
    return [
        data.source.problem(("models", index, "artifacts", kind.value),
                            f"{entry.id}: {kind.value} is {artifact.status.value} but has no evidence url")
        for index, entry in data.entries()
        for kind, artifact in entry.artifacts.items()
        if artifact.status in RELEASED and not artifact.url
    ]
