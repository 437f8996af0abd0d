"""One catalog over every source: names resolve across sources, the curated file wins, databases load lazily.

`find` asks the curated entries first and stops there on a hit, so rating a curated model never reads a
snapshot. On a miss it loads the database snapshots, resolves the name in each, and answers from the
record (or reports an ambiguity, naming records as `SOURCE:ID`). `handle` is the one rule for the id shown
for an entry: its own id where that resolves back to it, else `SOURCE:ID`. A snapshot that cannot be read is a
one-line warning; the other sources still answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from openscore.domain.catalog import AmbiguousModel, Catalog, Match, SeriesModel, UnknownModel
from openscore.domain.evidence import ModelEntry
from openscore.errors import OpenscoreError
from openscore.i18n import _
from openscore.sources.interface import Provenance, Source
from openscore.sources.registry import CURATED

if TYPE_CHECKING:  # the links are worked out only when a database is consulted
    from openscore.sources.links import Links, Node


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
        the databases' exact names (the first source's record, in the registry's order, when records of
        several sources share it), then the curated file's loose matches, then the databases'.
        `SOURCE:ID` names the record of one source.
        """
        source, sep, rest = query.strip().partition(":")
        if sep and source.lower() in self._source_names():
            return Match(self._find_in(source.lower(), rest, query))
        if self.curated:
            found = self.curated_catalog.exact(query)
            if found is not None:
                return found
        node, ambiguous = self._database_exact(query)
        winner = None if node is None else self.links.winner(node)
        if winner is not None and winner[0] != CURATED:  # a record no curated entry claims: its exact name beats a loose one
            return Match(self._entry_at(winner), self._also_curated(query, winner))
        loose = self.curated_catalog.loose(query) if self.curated else None  # a family name of several raises here
        if winner is not None:  # a record a curated entry claims: that entry
            return Match(self._entry_at(winner))
        if loose is not None:
            return loose
        if ambiguous:
            raise AmbiguousModel(query, ambiguous)
        weak: list[tuple[Source, Match]] = []
        for db, catalog in self.loaded():
            try:
                match = catalog.loose(query)
            except AmbiguousModel as exc:
                ambiguous += [f"{db.name}:{c}" for c in exc.candidates]
                continue
            if match is not None:
                weak.append((db, match))
        if weak:
            entry = self._one(query, [(db, m.entry) for db, m in weak])
            return Match(entry, weak[0][1].note)
        if ambiguous:
            raise AmbiguousModel(query, ambiguous)
        raise UnknownModel(query, self.suggest(query))

    def handle(self, entry: ModelEntry) -> str:
        """The id to show for `entry`, which `rate` resolves back to it: its own id, or `SOURCE:ID` where the
        bare id names another source's entry (a curated entry, or an earlier database's record)."""
        self._index_curated()
        node = self._node.get(id(entry))
        if node is None or node[0] == CURATED:  # curated entries and variants: their ids are unique and win
            return entry.id
        try:
            found = self._curated_exact(entry.id) or self._database_exact(entry.id)[0]
        except AmbiguousModel:
            found = None
        if found is not None and self.links.winner(found) == node and not (self.curated and self.curated_catalog.is_series(entry.id)):
            return entry.id  # (a curated series' name rates the series: the record is then SOURCE:ID)
        from openscore.sources.links import qualified

        return qualified(node[0], entry)

    def _curated_exact(self, query: str) -> Node | None:
        found = self.curated_catalog.exact(query) if self.curated else None
        return None if found is None else self._node.get(id(found.entry), (CURATED, -1))

    def _database_exact(self, query: str) -> tuple[Node | None, list[str]]:
        """The first database record (registry order) whose id is `query`; else the one release the records that
        have `query` as another exact name (an alias, a repo) are linked to; else None and the `SOURCE:ID`s it could mean."""
        ambiguous: list[str] = []
        named: dict[Node, Node] = {}  # winner -> first record
        for db, catalog in self.loaded():
            try:
                found = catalog.exact(query)
            except AmbiguousModel as exc:
                ambiguous += [f"{db.name}:{c}" for c in exc.candidates]
                continue
            if found is None:
                continue
            node = self._node[id(found.entry)]
            if found.entry.id.lower() == query.strip().lower():
                return node, []
            named.setdefault(self.links.winner(node), node)
        if len(named) == 1:
            return next(iter(named.values())), []
        return None, ambiguous + [self._shown(winner) for winner in named]

    def _also_curated(self, query: str, node: Node) -> str | None:
        """A note when a database record's exact name is also a shortened name of curated entries; SeriesModel when
        it is a curated series' own name (the record, of the same series, is named in it)."""
        if not self.curated:
            return None
        try:
            self.curated_catalog.loose(query)
        except SeriesModel as exc:
            raise SeriesModel(query, exc.candidates, exc.family, self._shown_record(node)) from None
        except AmbiguousModel as exc:
            return _("'{query}' is the {source} record shown; for the curated entries it also names use one of {ids}").format(
                query=query, source=node[0], ids=_(", ").join(exc.candidates))
        return None

    def _shown_record(self, node: Node) -> str:
        from openscore.sources.links import qualified

        return qualified(node[0], self._entry_at(node))

    def _one(self, query: str, hits: list[tuple[Source, ModelEntry]]) -> ModelEntry:
        """The release several database hits name (each answers as the winner of its link group)."""
        winners: dict[Node, ModelEntry] = {}
        for _db, entry in hits:
            node = self.links.winner(self._node[id(entry)])
            winners.setdefault(node, self._entry_at(node))
        if len(winners) > 1:
            raise AmbiguousModel(query, [self._shown(node) for node in winners])
        return next(iter(winners.values()))

    def _shown(self, node: Node) -> str:
        """How an ambiguity names an entry the user can type: a curated id, else `SOURCE:ID`."""
        from openscore.sources.links import qualified

        return self._entry_at(node).id if node[0] == CURATED else qualified(node[0], self._entry_at(node))

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
            from openscore.sources.links import link

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
