"""Data in the language of the run: entries' Chinese names and notes, licenses' Chinese restrictions.

Only texts the data marks as translated change (`name_zh`, `organization_zh`, `notes_zh`, the
license overlay's `*_zh`); ids, license ids, URLs and enum values never do. Under Chinese, an
English note with no Chinese text is left out of what is shown (the English stays in `--lang en`
and in the data file); under English nothing here does any work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from openscore import i18n
from openscore.domain.evidence import ModelEntry
from openscore.domain.licensing import LicenseClass, LicenseFacts, LicenseResolver


def phrase(text: str) -> str:
    """A license phrase (restriction, note) in the run's language: the overlay's text, else the catalog's."""
    if i18n.current() == i18n.DEFAULT or not text:
        return text
    from openscore.licenses.index import chinese

    return chinese(text) or i18n._(text)


def note(text: str | None, translated: str | None) -> str | None:
    """A data note in the run's language: its translation under Chinese, else the English note as it is
    (kept for the machine formats, whose structure never changes; the human formats show it under English only)."""
    if i18n.current() == i18n.DEFAULT:
        return text
    return translated or text


def entry(found: ModelEntry) -> ModelEntry:
    """The entry with its names and notes in the run's language."""
    if i18n.current() == i18n.DEFAULT:
        return found
    update: dict[str, object] = {"notes": note(found.notes, getattr(found, "notes_zh", None))}
    for field in ("name", "organization"):
        chinese = getattr(found, f"{field}_zh", None)
        if chinese:
            update[field] = chinese
    artifacts = {kind: a.model_copy(update={"notes": note(a.notes, a.notes_zh)}) if a.notes else a
                 for kind, a in found.artifacts.items()}
    return found.model_copy(update={**update, "artifacts": artifacts})


@dataclass(frozen=True)
class _Facts:
    key: str
    license_class: LicenseClass
    restrictions: tuple[str, ...]
    content_types: tuple[str, ...]


def resolver(resolve: LicenseResolver) -> LicenseResolver:
    """`resolve` whose facts carry their restrictions in the run's language."""
    if i18n.current() == i18n.DEFAULT:
        return resolve

    @lru_cache(maxsize=4096)
    def localized(text: str) -> LicenseFacts:
        facts = resolve(text)
        return _Facts(facts.key, facts.license_class, tuple(phrase(r) for r in facts.restrictions), facts.content_types)

    return localized


Translate = Callable[[str], str]


def translator() -> Translate | None:
    """What the scorer is handed to say its reasons in the run's language (None: English)."""
    return None if i18n.current() == i18n.DEFAULT else i18n.translate
