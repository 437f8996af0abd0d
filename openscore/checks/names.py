"""Names across data files: duplicate ids, and aliases or repos that clash with another entry's names."""

from __future__ import annotations

from collections.abc import Sequence

from openscore.checks.inputs import DataInput
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
            here = _Place(data, ("models", index, "id"))
            first = ids.setdefault(entry.id.lower(), (entry.id, here))
            if not first[1].same(here):
                found.append(data.source.problem(here.path, f"duplicate id '{entry.id}' (first at {first[1]})"))
    names: dict[str, tuple[str, _Place]] = {}  # lower-cased alias or repo -> (owning id, where)
    for data in files:
        for index, entry in data.entries():
            for field, what in (("aliases", "alias"), ("hf_repos", "Hugging Face repo")):
                for position, name in enumerate(getattr(entry, field)):
                    path = ("models", index, field, position)
                    owner = ids.get(name.lower())
                    if owner and owner[0] != entry.id:
                        found.append(data.source.problem(path, f"{what} '{name}' of '{entry.id}' shadows the id of '{owner[0]}' ({owner[1]})"))
                        continue
                    other = names.setdefault(name.lower(), (entry.id, _Place(data, path)))
                    if other[0] != entry.id:
                        found.append(data.source.problem(path, f"{what} '{name}' of '{entry.id}' is also a name of '{other[0]}' ({other[1]})"))
    return found
