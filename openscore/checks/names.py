"""Names across data files: duplicate ids, and aliases or repos that clash with another entry's names."""

from __future__ import annotations

from collections.abc import Sequence

from openscore.checks.inputs import DataInput
from openscore.errors import Problem


def check(files: Sequence[DataInput]) -> list[Problem]:
    found: list[Problem] = []
    ids: dict[str, tuple[str, str]] = {}  # lower-cased id -> (id, where)
    for data in files:
        for index, entry in data.entries():
            here = _where(data, ("models", index, "id"))
            first = ids.setdefault(entry.id.lower(), (entry.id, here))
            if first[1] != here:
                found.append(data.source.problem(("models", index, "id"), f"duplicate id '{entry.id}' (first at {first[1]})"))
    names: dict[str, tuple[str, str]] = {}  # lower-cased alias or repo -> (owning id, where)
    for data in files:
        for index, entry in data.entries():
            for field, what in (("aliases", "alias"), ("hf_repos", "Hugging Face repo")):
                for position, name in enumerate(getattr(entry, field)):
                    path = ("models", index, field, position)
                    owner = ids.get(name.lower())
                    if owner and owner[0] != entry.id:
                        found.append(data.source.problem(path, f"{what} '{name}' of '{entry.id}' shadows the id of '{owner[0]}' ({owner[1]})"))
                        continue
                    other = names.setdefault(name.lower(), (entry.id, _where(data, path)))
                    if other[0] != entry.id:
                        found.append(data.source.problem(path, f"{what} '{name}' of '{entry.id}' is also a name of '{other[0]}' ({other[1]})"))
    return found


def _where(data: DataInput, path: tuple[object, ...]) -> str:
    line, _ = data.source.locate(path) or (None, None)
    return f"{data.name}:{line}"
