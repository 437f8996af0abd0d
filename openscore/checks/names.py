"""Names across data files: duplicate ids, aliases or repos (of entries and their variants) that clash, family
aliases that name two things. The rule and its messages are domain.names; this locates them."""

from __future__ import annotations

from collections.abc import Sequence

from openscore.checks.inputs import DataInput
from openscore.domain.names import clashes
from openscore.errors import Problem


def check(files: Sequence[DataInput]) -> list[Problem]:
    by_name = {data.name: data for data in files}
    found = []
    for clash in clashes([(data.name, data.entries()) for data in files]):
        first_at = None
        if clash.first is not None:
            first = by_name[clash.first[0]]
            line, _ = first.source.locate(clash.first[1]) or (None, None)
            first_at = f"{first.name}:{line}"
        found.append(by_name[clash.place[0]].source.problem(clash.place[1], clash.message(first_at)))
    return found
