"""The one interface every source of model entries implements, and the provenance it gives each entry.

A source is anything that yields `ModelEntry`s: the bundled curated file, a user's data files, a bundled
snapshot of a public openness database (`mot`, `osai-index`), an importer run over record files, the
Hub's automatic assessment. `openscore.sources.registry` lists the sources the CLI reads;
`openscore.sources.catalog.SourceCatalog` answers names over all of them (the curated file wins).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from openscore.domain.evidence import ModelEntry


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one entry came from.

    `source` is the source's name (`curated`, `mot`, `osai-index`, `hub`); `database` what it is in words;
    `file` the file the entry was read from; `record` the record inside it (an upstream record path, or
    `models[3]` in a data file); `snapshot` the upstream commit and date of a bundled snapshot;
    `reviewed` is true only for facts openscore's maintainers reviewed (the curated file).
    """

    source: str
    database: str
    file: str | None = None
    record: str | None = None
    snapshot: str | None = None
    snapshot_date: str | None = None
    reviewed: bool = True

    def banner(self) -> str | None:
        """The notice shown beside facts openscore has not reviewed; None for reviewed facts."""
        if self.reviewed:
            return None
        when = f", snapshot {self.snapshot_date}" if self.snapshot_date else ""
        return f"facts from the {self.database}{when}; not reviewed by openscore"


@dataclass(frozen=True, slots=True)
class Sourced:
    """An entry and its provenance."""

    entry: ModelEntry
    provenance: Provenance


@runtime_checkable
class Source(Protocol):
    """Something that yields model entries with their provenance, raising OpenscoreError on bad input."""

    name: str

    def describe(self) -> str:
        """A short human description, e.g. the file path or the database and snapshot."""
        ...

    def entries(self) -> Sequence[ModelEntry]:
        """Every entry, in the source's order."""
        ...

    def provenance(self, index: int) -> Provenance:
        """The provenance of `entries()[index]`."""
        ...


def sourced(source: Source) -> list[Sourced]:
    """Every entry of `source` with its provenance."""
    return [Sourced(entry, source.provenance(index)) for index, entry in enumerate(source.entries())]


# Kept for code written against the first interface: anything with describe() and entries().
EntrySource = Source
