"""What each source says about one release, artifact by artifact, and where they disagree.

Two sources disagree on an artifact when both record it (status not `unknown`) and the statuses differ,
or both release it and the licenses that apply to it (openscore's precedence, names resolved) differ.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import RELEASED, ModelEntry, Status
from openscore.sources.interface import Provenance


@dataclass(frozen=True, slots=True)
class Said:
    """One source's fact about one artifact (None where the source does not record the artifact)."""

    status: str
    license: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class ArtifactRow:
    kind: str
    said: tuple[Said | None, ...]  # one per member, in the members' order
    differs: tuple[str, ...]  # what differs: "status", "license"


@dataclass(frozen=True, slots=True)
class Member:
    """One source's entry for the release."""

    name: str  # SOURCE:ID
    source: str
    entry_id: str
    linked_by: str  # curated, same_as, repo, name
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class SideBySide:
    """A release as every linked source records it."""

    release: str  # the winning entry's id
    name: str
    members: tuple[Member, ...]
    rows: tuple[ArtifactRow, ...]

    @property
    def disagreements(self) -> tuple[ArtifactRow, ...]:
        return tuple(row for row in self.rows if row.differs)


def side_by_side(linked: Sequence[tuple[ModelEntry, Provenance, str]], license_key: Callable[[str], str]) -> SideBySide:
    """The release's artifacts as each of `linked` (winner first) records them."""
    members = tuple(Member(f"{p.source}:{e.id}", p.source, e.id, how, p) for e, p, how in linked)
    rows = []
    for kind in ArtifactKind:
        said = tuple(_said(entry, kind) for entry, _, _ in linked)
        if not any(s is not None for s in said):
            continue
        rows.append(ArtifactRow(kind.value, said, _differs(said, license_key)))
    winner = linked[0][0]
    return SideBySide(winner.id, winner.name, members, tuple(rows))


def _said(entry: ModelEntry, kind: ArtifactKind) -> Said | None:
    fact = entry.artifacts.get(kind)
    if fact is None or fact.status is Status.UNKNOWN:
        return None
    # What is not released is under no license: only one the record writes on the artifact itself is shown.
    license = entry.license_for(kind)[0] if fact.status in RELEASED else fact.license
    return Said(fact.status.value, license, fact.url)


def _differs(said: tuple[Said | None, ...], license_key: Callable[[str], str]) -> tuple[str, ...]:
    known = [s for s in said if s is not None]
    if len(known) < 2:
        return ()
    found = []
    if len({s.status for s in known}) > 1:
        found.append("status")
    licenses = {license_key(s.license) for s in known if s.license and s.status != "closed"}
    if len(licenses) > 1:
        found.append("license")
    return tuple(found)


def resolved_key(name: str) -> str:
    """A license string as compared across sources: its canonical key when openscore recognises it."""
    from openscore.licenses import resolve

    record = resolve(name)
    return record.key if record.recognised else " ".join(name.lower().split())
