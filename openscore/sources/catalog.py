"""One catalog over every source: names resolve across sources, the curated file wins, databases load lazily.

`find` asks the curated entries first and stops there on a hit, so rating a curated model never reads a
snapshot. On a miss it loads the database snapshots, resolves the name in each, and answers from the
record (or reports an ambiguity, naming records as `SOURCE:ID`). A snapshot that cannot be read is a
one-line warning; the other sources still answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from openscore.domain.catalog import AmbiguousModel, Catalog, Match, UnknownModel
from openscore.domain.evidence import ModelEntry
from openscore.errors import OpenscoreError
from openscore.sources.interface import Provenance, Source
from openscore.sources.links import Links, Node, link, qualified
from openscore.sources.registry import CURATED


@dataclass
class SourceCatalog:
    """The curated entries (already loaded) and database sources (loaded on first need)."""

    curated: Sequence[ModelEntry]
    curated_sources: Sequence[Source] = ()
    database_sources: Sequence[Source | str] = ()  # a name stands for that database's snapshot, opened on first need
    warn: Callable[[str], None] = lambda message: None
    strict: bool = False  # databases named with --source: an unreadable one is an error, not a warning
    _curated_catalog: Catalog | None = field(default=None, init=False, repr=False)
    _loaded: list[tuple[Source, Catalog]] | None = field(default=None, init=False, repr=False)
    _links: Links | None = field(default=None, init=False, repr=False)
    _node: dict[int, Node] = field(default_factory=dict, init=False, repr=False)
    _origin: dict[int, Provenance] = field(default_factory=dict, init=False, repr=False)
    _curated_indexed: bool = field(default=False, init=False, repr=False)
    _databases: list[Source] | None = field(default=None, init=False, repr=False)

    @property
    def databases(self) -> list[Source]:
        """The database sources (snapshots named by the registry are opened here, not when the catalog is made)."""
        if self._databases is None:
            from openscore.sources.snapshot import SnapshotSource

            self._databases = [SnapshotSource.of(db) if isinstance(db, str) else db for db in self.database_sources]
        return self._databases

    # -- names ------------------------------------------------------------------------------------
    def find(self, query: str) -> ModelEntry:
        """The one entry `query` names across sources; raise UnknownModel or AmbiguousModel."""
        return self.resolve(query).entry

    def resolve(self, query: str) -> Match:
        """`find`, with a note when the name was understood loosely (see `domain.catalog.Catalog.resolve`).

        An exact name wins over a loose one whatever its source: the curated file's exact names, then
        the databases' exact names, then the curated file's loose matches, then the databases'.
        """
        source, sep, rest = query.strip().partition(":")
        if sep and source.lower() in self._source_names():
            return Match(self._find_in(source.lower(), rest, query))
        loose: Match | None = None
        if self.curated:
            found = self.curated_catalog.lookup(query)
            if found is not None and found.note is None:
                return found
            loose = found
        exact: list[tuple[Source, ModelEntry]] = []
        weak: list[tuple[Source, Match]] = []
        ambiguous: list[str] = []
        for db, catalog in self.loaded():
            try:
                match = catalog.lookup(query)
            except AmbiguousModel as exc:
                ambiguous += [f"{db.name}:{c}" for c in exc.candidates]
                continue
            if match is None:
                continue
            if match.note is None:
                exact.append((db, match.entry))
            else:
                weak.append((db, match))
        if exact:
            return Match(self._one(query, exact))
        if loose is not None:
            return loose
        if ambiguous:
            raise AmbiguousModel(query, ambiguous)
        if weak:
            entry = self._one(query, [(db, m.entry) for db, m in weak])
            return Match(entry, weak[0][1].note)
        raise UnknownModel(query, self.suggest(query))

    def _one(self, query: str, hits: list[tuple[Source, ModelEntry]]) -> ModelEntry:
        """The release several database hits name (each answers as the winner of its link group)."""
        winners: dict[Node, ModelEntry] = {}
        for _db, entry in hits:
            node = self.links.winner(self._node[id(entry)])
            winners.setdefault(node, self._entry_at(node))
        if len(winners) > 1:
            raise AmbiguousModel(query, [self._qualified(node) for node in winners])
        return next(iter(winners.values()))

    def _find_in(self, source: str, name: str, query: str) -> ModelEntry:
        if source == CURATED:
            return self.curated_catalog.find(name)
        for db, catalog in self.loaded():
            if db.name == source:
                return catalog.find(name)
        raise UnknownModel(query, [])

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        key = query.strip().lower()
        found = self.curated_catalog.suggest(key, limit) if self.curated else []
        for db, catalog in self.loaded():
            found += [f"{db.name}:{name}" for name in catalog.suggest(key, limit)]
        return found[:limit]

    # -- entries ----------------------------------------------------------------------------------
    @property
    def entries(self) -> tuple[ModelEntry, ...]:
        """Every release once: the curated entries, then each database's records no other source claims."""
        if not self.database_sources:
            return tuple(self.curated)
        return tuple(self._entry_at(group[0]) for group in self.links.groups)

    def origin(self, entry: ModelEntry) -> Provenance:
        """Where `entry` came from."""
        found = self._origin.get(id(entry))
        if found is not None:
            return found
        node = self._node.get(id(entry))
        if node is None:  # a curated entry, before the databases were loaded
            self._index_curated()
            node = self._node.get(id(entry))
        family = getattr(entry, "variant_of", None)
        if node is None and family:  # a variant: its family's file and record
            node = next(((CURATED, i) for i, e in enumerate(self.curated) if e.id == family), None)
        if node is None:
            return Provenance("hub", "Hugging Face Hub", reviewed=False)
        provenance = self._source(node[0]).provenance(self._local_index(node))
        self._origin[id(entry)] = provenance
        return provenance

    def linked(self, entry: ModelEntry) -> list[tuple[ModelEntry, Provenance, str]]:
        """`entry` and every record linked to it: (entry, provenance, how it was linked), the winner first."""
        node = self._node.get(id(entry))
        if node is None:
            self._index_curated()
            node = self._node.get(id(entry))
        if node is None:  # a variant: its own facts, beside the records linked to its family
            family = next((i for i, e in enumerate(self.curated) if e.id == getattr(entry, "variant_of", None)), None)
            if family is None:
                return [(entry, self.origin(entry), "")]
            rest = [(self._entry_at(n), self.origin(self._entry_at(n)), self.links.how.get(n, ""))
                    for n in self.links.members((CURATED, family))[1:]]
            return [(entry, self.origin(entry), "curated"), *rest]
        links = self.links
        return [(self._entry_at(n), self.origin(self._entry_at(n)), links.how.get(n, "")) for n in links.members(node)]

    @property
    def variants(self) -> tuple[ModelEntry, ...]:
        """The curated file's variants (the databases record none)."""
        return self.curated_catalog.variants if self.curated else ()

    @property
    def curated_catalog(self) -> Catalog:
        if self._curated_catalog is None:
            self._curated_catalog = Catalog(self.curated)
        return self._curated_catalog

    @property
    def links(self) -> Links:
        if self._links is None:
            loaded = self.loaded()
            self._links = link(self.curated, [(db.name, catalog.entries) for db, catalog in loaded])
        return self._links

    def loaded(self) -> list[tuple[Source, Catalog]]:
        """The database sources that could be read, each with its name index; the rest warned about."""
        if self._loaded is None:
            self._index_curated()
            self._loaded = []
            for db in self.databases:
                try:
                    entries = db.entries()
                except OpenscoreError as exc:
                    if self.strict:
                        raise
                    for problem in exc.problems:
                        self.warn(f"{problem.message}; left out")
                    continue
                for index, entry in enumerate(entries):
                    self._node[id(entry)] = (db.name, index)
                self._loaded.append((db, Catalog(entries)))
        return self._loaded

    def _index_curated(self) -> None:
        if not self._curated_indexed:
            self._curated_indexed = True
            for index, entry in enumerate(self.curated):
                self._node[id(entry)] = (CURATED, index)

    def _source_names(self) -> set[str]:
        return {CURATED, *(db if isinstance(db, str) else db.name for db in self.database_sources)}

    def _source(self, name: str) -> Source:
        if name == CURATED:
            return _CuratedView(self)
        return next(db for db in self.databases if db.name == name)

    def _entry_at(self, node: Node) -> ModelEntry:
        if node[0] == CURATED:
            return self.curated[node[1]]
        return self._source(node[0]).entries()[node[1]]

    def _local_index(self, node: Node) -> int:
        return node[1]

    def _qualified(self, node: Node) -> str:
        return qualified(node[0], self._entry_at(node))


@dataclass
class _CuratedView:
    """The curated entries of several data files as one source, for provenance."""

    catalog: SourceCatalog
    name: str = CURATED

    def describe(self) -> str:
        return ", ".join(s.describe() for s in self.catalog.curated_sources)

    def entries(self) -> Sequence[ModelEntry]:
        return self.catalog.curated

    def provenance(self, index: int) -> Provenance:
        for source in self.catalog.curated_sources:
            count = len(source.entries())
            if index < count:
                return source.provenance(index)
            index -= count
        return Provenance(CURATED, "openscore data file", record=f"models[{index}]")
