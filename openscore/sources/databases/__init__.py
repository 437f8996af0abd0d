"""Public openness databases openscore bundles as snapshots: one module per database, each defining `DATABASE`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Database:
    """What openscore needs to know to snapshot one public database and to credit it."""

    name: str  # the source name users type: `--source mot`
    title: str  # what it is, in words: "Model Openness Tool"
    importer: str  # the key of the importer that converts its records (openscore.sources.importers.FORMATS)
    repository: str  # upstream git repository (https URL)
    records: str  # glob of the record files, relative to the repository root
    exclude: tuple[str, ...]  # file names under `records` that are no records (templates, parameter lists)
    license: str  # SPDX id of the data's license
    attribution: str  # the credit the license asks for, shown wherever the data is shown
    homepage: str
    attribution_zh: str = ""  # the same credit for Chinese readers: names, licenses and citations as they are, the prose in Chinese

    def credit(self, language: str) -> str:
        """The attribution in `language` (English where there is no translation)."""
        return self.attribution_zh if language == "zh" and self.attribution_zh else self.attribution

    def is_record(self, file_name: str) -> bool:
        return not file_name.startswith(("_", ".")) and file_name not in self.exclude
