"""Released documents without a license (frameworks such as MOF count them as not open), and unexplained `unknown` licenses.

A license that cannot be established is recorded as `license: unknown` with a note saying why (the
artifact's notes, or the entry's for a release-wide `unknown`); that is a recorded fact, not a gap.
"""

from __future__ import annotations

from openscore.checks.inputs import DataInput
from openscore.domain.artifacts import ArtifactKind, ContentType
from openscore.domain.evidence import ModelEntry, Status
from openscore.errors import Problem
from openscore.i18n import _

_RELEASED = (Status.OPEN, Status.PARTIAL)
UNKNOWN = "unknown"  # the license string that says: looked for, not established
_SAYS_LICENSE = ("licen", "许可")  # a note explaining an unknown license mentions the license


def check(data: DataInput) -> list[Problem]:
    """Warnings per entry: released documents that no license covers, and `unknown` licenses no note explains."""
    found = []
    for index, entry in data.entries():
        missing = unlicensed(entry)
        if missing:
            found.append(data.source.problem(
                ("models", index, "artifacts"),
                _("{id}: no license recorded for released {kinds} (MOF counts them as not open)").format(
                    id=entry.id, kinds=", ".join(missing)),
                severity="warning"))
        unsaid = [kind for kind in entry.artifacts if entry.artifacts[kind].status in _RELEASED and unexplained(entry, kind)]
        for kind in unsaid:
            found.append(data.source.problem(
                ("models", index, "artifacts", kind.value),
                _("{id}: the license of {kind} is recorded as unknown, but no note says why; "
                  "say in the artifact's notes why the license could not be established").format(id=entry.id, kind=kind.value),
                severity="warning"))
    return found


def unlicensed(entry: ModelEntry) -> list[str]:
    """The kinds of `entry`'s released documents for which neither the artifact nor the release names a license."""
    return [kind.value for kind, artifact in entry.artifacts.items()
            if kind.content_type is ContentType.DOCUMENT and artifact.status in _RELEASED and entry.license_for(kind)[0] is None]


def unexplained(entry: ModelEntry, kind: ArtifactKind) -> bool:
    """True when the license that applies to `kind` is `unknown` and no note mentions the license: the
    artifact's notes for its own `unknown`, the entry's notes for a release-wide one."""
    text, origin = entry.license_for(kind)
    if text is None or text.strip().lower() != UNKNOWN:
        return False
    artifact = entry.artifacts.get(kind)
    if origin == "artifact" and artifact is not None:
        notes = (artifact.notes or "") + (artifact.notes_zh or "")
    else:
        notes = (entry.notes or "") + (entry.notes_zh or "")
    return not says_why(notes)


def says_why(notes: str | None) -> bool:
    """Whether a note speaks of the license (as one explaining an `unknown` or `none` license must)."""
    return any(word in (notes or "").lower() for word in _SAYS_LICENSE)
