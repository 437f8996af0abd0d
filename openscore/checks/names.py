"""Names across data files: duplicate ids, and aliases or repos that clash with another entry's names (domain.names)."""

from __future__ import annotations

from collections.abc import Sequence

from openscore.checks.inputs import DataInput
from openscore.domain.names import clashes, path
from openscore.errors import Problem


def check(files: Sequence[DataInput]) -> list[Problem]:
    by_name = {data.name: data for data in files}
    found = []
    for clash in clashes([(data.name, data.entries()) for data in files]):
        first = by_name[clash.first[0]]
        line, _ = first.source.locate(path(clash.first)) or (None, None)
        found.append(by_name[clash.place[0]].source.problem(path(clash.place), clash.message(f"{first.name}:{line}")))
    return found
