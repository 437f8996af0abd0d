"""Released artifacts must link their evidence."""

from __future__ import annotations

from openscore.checks.inputs import DataInput
from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import RELEASED, Artifact
from openscore.errors import Problem
from openscore.i18n import _
from openscore.words import level


def check(data: DataInput) -> list[Problem]:
    """An artifact (of an entry or a variant) that is open or partial without an evidence url.

    (The schema already rejects non-http urls.)
    """
    found = []
    for index, entry in data.entries():
        owners: list[tuple[str, tuple[object, ...], dict[ArtifactKind, Artifact]]] = [(entry.id, ("models", index), entry.artifacts)]
        owners += [(v.id, ("models", index, "variants", i), v.artifacts) for i, v in enumerate(entry.variants)]
        for owner, base, artifacts in owners:
            found += [data.source.problem((*base, "artifacts", kind.value),
                                          _("{owner}: {kind} is {status} but has no evidence url").format(
                                              owner=owner, kind=kind.value, status=level(artifact.status.value)))
                      for kind, artifact in artifacts.items() if artifact.status in RELEASED and not artifact.url]
    return found
