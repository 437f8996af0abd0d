"""The one rule for names across data files: an id is unique, and no alias or repo is another entry's name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from openscore.domain.evidence import ModelEntry

# Where a name stands: (file, index under `models`, field, position in the field or None for `id`).
Place = tuple[str, int, str, "int | None"]
_WHAT = {"aliases": "alias", "hf_repos": "Hugging Face repo"}


@dataclass(frozen=True, slots=True)
class Clash:
    """A name at `place` that is already a name of `owner`, first seen at `first`."""

    kind: Literal["duplicate-id", "shadows-id", "shared-name"]
    name: str
    entry_id: str
    owner: str
    place: Place
    first: Place

    def message(self, first_at: str) -> str:
        """The one message for this clash; `first_at` says where `first` is ('file:line')."""
        if self.kind == "duplicate-id":
            return f"duplicate id '{self.name}' (first at {first_at})"
        what = _WHAT[self.place[2]]
        if self.kind == "shadows-id":
            return f"{what} '{self.name}' of '{self.entry_id}' shadows the id of '{self.owner}' ({first_at})"
        return f"{what} '{self.name}' of '{self.entry_id}' is also a name of '{self.owner}' ({first_at})"


def clashes(files: Sequence[tuple[str, Iterable[tuple[int, ModelEntry]]]]) -> list[Clash]:
    """Every clash among the entries of `files` (file name, (index, entry) pairs); names compare in any case.

    The same spot of the same file met twice (a file given twice) is no clash with itself.
    """
    listed = [(name, list(entries)) for name, entries in files]
    found: list[Clash] = []
    ids: dict[str, tuple[str, Place]] = {}  # lower-cased id -> (id, where)
    for file, entries in listed:
        for index, entry in entries:
            here: Place = (file, index, "id", None)
            first = ids.setdefault(entry.id.lower(), (entry.id, here))
            if first[1] != here:
                found.append(Clash("duplicate-id", entry.id, entry.id, first[0], here, first[1]))
    names: dict[str, tuple[str, Place]] = {}  # lower-cased alias or repo -> (owning id, where)
    for file, entries in listed:
        for index, entry in entries:
            for field in ("aliases", "hf_repos"):
                for position, name in enumerate(getattr(entry, field)):
                    here = (file, index, field, position)
                    key = name.lower()
                    owner = ids.get(key)
                    if owner and owner[0] != entry.id:
                        found.append(Clash("shadows-id", name, entry.id, owner[0], here, owner[1]))
                        continue
                    other = names.setdefault(key, (entry.id, here))
                    if other[0] != entry.id:
                        found.append(Clash("shared-name", name, entry.id, other[0], here, other[1]))
    return found


def path(place: Place) -> tuple[object, ...]:
    """The place as a path into its data file, for locating it."""
    _, index, field, position = place
    return ("models", index, field) if position is None else ("models", index, field, position)
