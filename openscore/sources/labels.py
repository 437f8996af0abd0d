"""Scorecards marked with the source of their facts, and the notice shown beside unreviewed ones."""

from __future__ import annotations

from collections.abc import Sequence

from openscore import i18n
from openscore.domain.evidence import ModelEntry
from openscore.domain.scorecard import CardSource, Scorecard
from openscore.sources.catalog import SourceCatalog
from openscore.sources.registry import CURATED


def label(cards: Sequence[Scorecard], entries: Sequence[ModelEntry], catalog: SourceCatalog) -> None:
    """Set each card's `source` (and, for facts from a database, put its notice first among the notes)."""
    made: dict[str, CardSource] = {}
    for card, entry in zip(cards, entries, strict=True):
        origin = catalog.origin(entry)
        key = f"{origin.source}\\0{origin.record}"
        source = made.get(key)
        if source is None:
            license, attribution = _credit(catalog, origin.source)
            source = made[key] = CardSource(origin.source, origin.database, origin.record, origin.snapshot, origin.snapshot_date,
                                            origin.reviewed, origin.banner(), license, attribution)
        card.source = source
        card.model_id = catalog.handle(entry)  # what `rate` resolves back to this entry (SOURCE:ID where the id is another's)
        if source.notice:
            card.notes = (source.notice, *card.notes)


def _credit(catalog: SourceCatalog, name: str) -> tuple[str | None, str | None]:
    if name == CURATED:
        return None, None  # the curated file is openscore's own: no snapshot is opened to say so
    for db in catalog.databases:
        if db.name == name:
            meta = getattr(db, "meta", None)
            if meta is None:
                return None, None
            if i18n.current() == i18n.DEFAULT:
                return meta.license, meta.attribution
            from openscore.sources.status import credit

            return meta.license, credit(name, meta.attribution)
    return None, None
