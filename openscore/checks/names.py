"""Names across data files: duplicate ids, and aliases or repos (of entries and their variants) that clash."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from openscore.checks.inputs import DataInput
from openscore.domain.evidence import ModelEntry, Variant
from openscore.errors import Problem

Path = tuple[object, ...]


class _Place:
    """Where a name was seen; located (file:line) only when a message needs it."""

    __slots__ = ("data", "path")

    def __init__(self, data: DataInput, path: Path):
        self.data, self.path = data, path

    def same(self, other: _Place) -> bool:
        """The same spot of the same file (a file given twice is not a clash with itself)."""
        return self.data.name == other.data.name and self.path == other.path

    def __str__(self) -> str:
        line, _ = self.data.source.locate(self.path) or (None, None)
        return f"{self.data.name}:{line}"


def check(files: Sequence[DataInput]) -> list[Problem]:
    found: list[Problem] = []
    ids: dict[str, tuple[str, _Place]] = {}  # lower-cased id -> (id, where)
    for data in files:
        for index, entry in data.entries():
            for owner, path in _ids(entry, index):
                here = _Place(data, path)
                first = ids.setdefault(owner.lower(), (owner, here))
                if not first[1].same(here):
                    found.append(data.source.problem(here.path, f"duplicate id '{owner}' (first at {first[1]})"))
    names: dict[str, tuple[str, _Place]] = {}  # lower-cased alias or repo -> (owning id, where)
    for data in files:
        for index, entry in data.entries():
            for owner, path, what, name in _names(entry, index):
                other_id = ids.get(name.lower())
                if other_id and other_id[0] != owner:
                    found.append(data.source.problem(path, f"{what} '{name}' of '{owner}' shadows the id of '{other_id[0]}' ({other_id[1]})"))
                    continue
                other = names.setdefault(name.lower(), (owner, _Place(data, path)))
                if other[0] != owner:
                    found.append(data.source.problem(path, f"{what} '{name}' of '{owner}' is also a name of '{other[0]}' ({other[1]})"))
    found += _family_aliases(files, ids, names)
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
        for field, what in (("aliases", "alias"), ("hf_repos", "Hugging Face repo")):
            for position, name in enumerate(getattr(item, field)):
                yield owner, (*base, field, position), what, name


def _family_aliases(files: Sequence[DataInput], ids: dict[str, tuple[str, _Place]],
                    names: dict[str, tuple[str, _Place]]) -> list[Problem]:
    """A family alias names one family (any number of its entries may list it) and no entry."""
    found = []
    family_of: dict[str, str] = {}
    for data in files:
        for index, entry in data.entries():
            for position, name in enumerate(entry.family_aliases):
                path = ("models", index, "family_aliases", position)
                key = name.lower()
                taken = ids.get(key) or names.get(key)
                if taken:
                    found.append(data.source.problem(path, f"family alias '{name}' of '{entry.id}' is also a name of '{taken[0]}' ({taken[1]})"))
                elif family_of.setdefault(key, entry.family) != entry.family:
                    message = f"family alias '{name}' of '{entry.id}' (family {entry.family}) already names family {family_of[key]}"
                    found.append(data.source.problem(path, message))
    return found
