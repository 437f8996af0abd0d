"""What `openscore sources` reports about each source: origin, license, snapshot, counts, links, health."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from openscore import i18n
from openscore.errors import OpenscoreError
from openscore.i18n import _
from openscore.sources.catalog import SourceCatalog
from openscore.sources.registry import CURATED, database

_QUOTED = re.compile(r"'[^']*'")


@dataclass(frozen=True)
class SourceStatus:
    """One source as `openscore sources` lists it."""

    name: str
    what: str
    license: str | None
    attribution: str | None
    upstream: str | None
    commit: str | None
    date: str | None
    file: str | None
    records: int
    converted: int
    skipped: tuple[tuple[str, int], ...]  # (why, how many records), most common first
    linked: int  # records linked to a curated entry
    error: str | None = None


def _shown(path: str) -> str:
    """A path as the listing shows it: relative to the working directory when inside it, `(bundled) data/...` for a bundled file."""
    from pathlib import Path

    from openscore.resources import bundled

    if not path:
        return path
    where = Path(path).resolve()
    for base, label in ((Path.cwd().resolve(), "{path}"), (bundled("data").resolve().parent, _("(bundled) {path}"))):
        try:
            return label.format(path=where.relative_to(base))
        except ValueError:
            continue
    return path


def credit(name: str, attribution: str | None) -> str | None:
    """A snapshot's attribution in the run's language: the database's translation when the snapshot carries its current text."""
    if attribution is None or i18n.current() == i18n.DEFAULT:
        return attribution
    try:
        spec = database(name)
    except OpenscoreError:
        return attribution
    return spec.credit(i18n.current()) if attribution == spec.attribution else attribution


def statuses(catalog: SourceCatalog) -> list[SourceStatus]:
    """Every source of `catalog`, curated first; a database that cannot be read says why."""
    found = []
    if catalog.curated_sources:
        files = ", ".join(_shown(s.describe()) for s in catalog.curated_sources)
        count = len(catalog.curated)
        found.append(SourceStatus(CURATED, _("openscore's curated data file, reviewed by its maintainers"), "Apache-2.0", None,
                                  None, None, None, files, count, count, (), count))
    loaded = {db.name for db, _ in catalog.loaded()}
    links = catalog.links if loaded else None
    for db in catalog.databases:
        path = _shown(str(getattr(db, "path", ""))) or None
        if db.name not in loaded:
            try:
                db.entries()
                error = _("could not be read")
            except OpenscoreError as exc:
                error = "; ".join(p.message for p in exc.problems)
            spec = database(db.name)
            found.append(SourceStatus(db.name, spec.title, spec.license, spec.credit(i18n.current()), spec.repository, None, None, path, 0, 0,
                                      (), 0, error))
            continue
        meta = db.meta  # type: ignore[attr-defined]
        reasons = Counter(_QUOTED.sub("'…'", why) for _, why in meta.skipped)
        linked = sum(1 for node, how in links.how.items() if node[0] == db.name and links.winner(node)[0] == CURATED) if links else 0
        found.append(SourceStatus(db.name, meta.title, meta.license, credit(db.name, meta.attribution), meta.repository, meta.commit, meta.date,
                                  path, meta.records, meta.converted, tuple(reasons.most_common()), linked))
    return found
