"""`same_as:` links from curated entries to records of the bundled databases: each must name a record that exists."""

from __future__ import annotations

from collections.abc import Sequence

from openscore.checks.inputs import DataInput
from openscore.errors import OpenscoreError, Problem


def check(files: Sequence[DataInput]) -> list[Problem]:
    """An error at every `same_as` item that names no database, no record, or a record another entry already claims."""
    wanted = [(data, entry.id, position, ref, index) for data in files for index, entry in data.entries()
              for position, ref in enumerate(entry.same_as)]
    if not wanted:
        return []  # no snapshot is read unless a link needs checking
    from openscore.sources.registry import DATABASES
    from openscore.sources.snapshot import SnapshotSource

    ids: dict[str, set[str] | str] = {}
    found: list[Problem] = []
    claimed: dict[str, str] = {}
    for data, owner, position, ref, index in wanted:
        path = ("models", index, "same_as", position)
        source, _, record = ref.partition(":")
        if source not in DATABASES:
            found.append(data.source.problem(path, f"same_as '{ref}': no database '{source}'; known: {', '.join(DATABASES)}"))
            continue
        if source not in ids:
            try:
                ids[source] = {entry.id for entry in SnapshotSource.of(source).entries()}
            except OpenscoreError as exc:
                ids[source] = exc.problems[0].message
        known = ids[source]
        if isinstance(known, str):
            found.append(data.source.problem(path, f"same_as '{ref}' cannot be checked: {known}"))
        elif record not in known:
            found.append(data.source.problem(
                path, f"same_as '{ref}': the {source} snapshot has no record '{record}' (see `openscore list --source {source}`)"))
        elif claimed.setdefault(ref, owner) != owner:
            found.append(data.source.problem(path, f"same_as '{ref}' is already claimed by '{claimed[ref]}'"))
    return found
