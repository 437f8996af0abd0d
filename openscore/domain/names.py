"""The one rule for names across data files: an id (of an entry or a variant) is unique, no alias or repo is
another's name, and a family alias names one family and nothing else. One message per kind of clash."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from openscore.domain.evidence import ModelEntry, Variant

Path = tuple[object, ...]  # a path into a data file: ("models", 3, "variants", 0, "aliases", 1)
Place = tuple[str, Path]  # (file, path)
Kind = Literal["duplicate-id", "shadows-id", "shared-name", "family-alias-taken", "family-alias-family"]
_WHAT = {"aliases": "alias", "hf_repos": "Hugging Face repo"}


@dataclass(frozen=True, slots=True)
class Clash:
    """`name` of `owner` at `place` clashes with `other` (an id, or a family), first seen at `first`."""

    kind: Kind
    name: str
    owner: str
    other: str
    place: Place
    first: Place | None = None
    what: str = ""  # alias, Hugging Face repo, family alias
    family: str = ""  # the owner's family (family aliases)

    def message(self, first_at: str | None, tr: Callable[[str], str] = str) -> str:
        """The one message for this clash; `first_at` says where `first` is ('file:line'); `tr` says it in the run's
        language (the words are listed in openscore/words.py)."""
        said = {"duplicate-id": "duplicate id '{name}' (first at {first_at})",
                "shadows-id": "{what} '{name}' of '{owner}' shadows the id of '{other}' ({first_at})",
                "family-alias-family": "family alias '{name}' of '{owner}' (family {family}) already names family {other}"}
        template = said.get(self.kind, "{what} '{name}' of '{owner}' is also a name of '{other}' ({first_at})")
        return tr(template).format(name=self.name, what=tr(self.what) if self.what else "", owner=self.owner, other=self.other, first_at=first_at,
                                   family=self.family)


def clashes(files: Sequence[tuple[str, Iterable[tuple[int, ModelEntry]]]]) -> list[Clash]:
    """Every clash among the entries of `files` (file name, (index, entry) pairs); names compare in any case.

    The same spot of the same file met twice (a file given twice) is no clash with itself.
    """
    listed = [(name, list(entries)) for name, entries in files]
    found: list[Clash] = []
    ids: dict[str, tuple[str, Place]] = {}  # lower-cased id -> (id, where)
    for file, entries in listed:
        for index, entry in entries:
            for owner, path in _ids(entry, index):
                here = (file, path)
                first = ids.setdefault(owner.lower(), (owner, here))
                if first[1] != here:
                    found.append(Clash("duplicate-id", owner, owner, first[0], here, first[1]))
    names: dict[str, tuple[str, Place]] = {}  # lower-cased alias or repo -> (owning id, where)
    for file, entries in listed:
        for index, entry in entries:
            for owner, path, what, name in _names(entry, index):
                here, key = (file, path), name.lower()
                other_id = ids.get(key)
                if other_id and other_id[0] != owner:
                    found.append(Clash("shadows-id", name, owner, other_id[0], here, other_id[1], what))
                    continue
                other = names.setdefault(key, (owner, here))
                if other[0] != owner:
                    found.append(Clash("shared-name", name, owner, other[0], here, other[1], what))
    family_of: dict[str, str] = {}  # lower-cased family alias -> the family it names
    for file, entries in listed:
        for index, entry in entries:
            for position, name in enumerate(entry.family_aliases):
                here, key = (file, ("models", index, "family_aliases", position)), name.lower()
                taken = ids.get(key) or names.get(key)
                if taken:
                    found.append(Clash("family-alias-taken", name, entry.id, taken[0], here, taken[1], "family alias", entry.family))
                elif family_of.setdefault(key, entry.family) != entry.family:
                    found.append(Clash("family-alias-family", name, entry.id, family_of[key], here, None, "family alias", entry.family))
    return found


def _ids(entry: ModelEntry, index: int) -> Iterator[tuple[str, Path]]:
    """The ids of an entry and of its variants, with their paths."""
    yield entry.id, ("models", index, "id")
    for position, variant in enumerate(entry.variants):
        yield variant.id, ("models", index, "variants", position, "id")


def _names(entry: ModelEntry, index: int) -> Iterator[tuple[str, Path, str, str]]:
    """(owning id, path, what, name) for every alias and repo of an entry and its variants."""
    owners: list[tuple[str, Path, ModelEntry | Variant]] = [(entry.id, ("models", index), entry)]
    owners += [(v.id, ("models", index, "variants", i), v) for i, v in enumerate(entry.variants)]
    for owner, base, item in owners:
        for field, what in _WHAT.items():
            for position, name in enumerate(getattr(item, field)):
                yield owner, (*base, field, position), what, name
