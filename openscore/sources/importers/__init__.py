"""Importers: records of other openness databases turned into openscore entries.

One module per format (`mof`, `eosai`), each with `DATABASE`, `SUFFIXES`, `convert(record, reviewed)`
and optionally `check(entry, record, resolve)`; `shared` holds what they share. Adding an importer: its
module plus one line in `FORMATS` (format -> the database's name); `openscore import FMT` is generated from
it. This module imports nothing heavy at the top: the CLI reads `FORMATS` at start-up.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from openscore.errors import OpenscoreError, Problem
from openscore.i18n import N_, _

if TYPE_CHECKING:
    from openscore.domain.evidence import ModelEntry
    from openscore.formats.interface import DataFileDocument

FORMATS = {"mof": "Model Openness Tool", "eosai": N_("European Open Source AI Index (current and 2023 formats)")}


@dataclass
class Imported:
    """One record as an openscore entry: the checked entry and the mapping written out."""

    file: Path
    entry: ModelEntry
    data: dict[str, Any]


@dataclass
class ImportReport:
    fmt: str
    imported: list[Imported] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    records: int = 0

    @property
    def failed(self) -> int:
        return self.records - len(self.imported)

    def document(self) -> DataFileDocument:
        """The imported entries as a data file (formats' `data-file` view writes it)."""
        from openscore.formats.interface import DataFileDocument

        header = (_("Imported by `openscore import {format}` from {records} record(s) of the {database}.").format(
            format=self.fmt, records=self.records, database=_(FORMATS[self.fmt])) + "\n"
                  + _("Facts only; review them, and the notes, before adding them to a data file."))
        return DataFileDocument([i.data for i in self.imported], header)


def run(fmt: str, paths: Sequence[Path], reviewed: dt.date | None = None, resolve: Any = None) -> ImportReport:
    """Import every record under `paths`; a bad record is reported and skipped, the rest import."""
    from openscore.sources.importers.shared import Record, build_entry, record_files, slug, unknown_license_warnings

    if resolve is None:
        from openscore.licenses import resolve
    module = _module(fmt)
    files, problems = record_files(paths, module.SUFFIXES)
    report = ImportReport(fmt, problems=problems, records=len(files))
    owners: dict[str, Path] = {}
    for path in files:
        record = Record.read(path)
        data = None if record.failed else module.convert(record, reviewed or dt.date.today())
        built = build_entry(data, record) if data is not None and not record.failed else None
        if built is not None and built[0].id in owners and data is not None:
            taken = built[0].id
            other = next(i for i in (slug(path.stem), *(f"{taken}-{n}" for n in range(2, len(owners) + 3)))
                         if i and i not in owners)
            if other:  # two records, one name: the second is kept under its file's name (or a numbered id)
                record.warning((), _("id '{taken}' is already taken by the record in {file}; imported as '{other}'").format(
                    taken=taken, file=owners[taken], other=other))
                built = build_entry({**data, "id": other}, record)
        if built is not None:
            entry, ordered = built
            if entry.id in owners:
                record.error((), _("id '{id}' is already taken by the record in {file}; rename one of them").format(
                    id=entry.id, file=owners[entry.id]))
            else:
                owners[entry.id] = path
                unknown_license_warnings(entry, record, resolve)
                if hasattr(module, "check"):
                    module.check(entry, record, resolve)
                report.imported.append(Imported(path, entry, ordered))
        report.problems += record.problems
    return report


class ImportedSource:
    """Another database's records as an `EntrySource`; any bad record makes `entries()` raise."""

    def __init__(self, fmt: str, paths: Sequence[Path]):
        self.fmt, self.paths = fmt, list(paths)

    def describe(self) -> str:
        return f"{FORMATS[self.fmt]} records in {', '.join(map(str, self.paths))}"

    def entries(self) -> Sequence[ModelEntry]:
        report = run(self.fmt, self.paths)
        errors = [p for p in report.problems if p.severity == "error"]
        if errors:
            raise OpenscoreError(errors)
        return [i.entry for i in report.imported]


def _module(fmt: str) -> ModuleType:
    if fmt not in FORMATS:
        raise OpenscoreError(_("no importer for '{format}'; known: {known}").format(format=fmt, known=", ".join(FORMATS)))
    return importlib.import_module(f"openscore.sources.importers.{fmt}")
