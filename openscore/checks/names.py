"""Names across data files: duplicate ids, aliases or repos (of entries and their variants) that clash, family
aliases that name two things. The rule and its messages are domain.names; this locates them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from openscore import i18n
from openscore.domain.names import clashes
from openscore.errors import Problem

if TYPE_CHECKING:
    from openscore.checks.inputs import DataInput
    from openscore.domain.evidence import ModelEntry
    from openscore.yamlio import SourceMap


class Located(Protocol):
    """A file whose positions are read only when a problem needs them."""

    @property
    def source(self) -> SourceMap: ...


def check(files: Sequence[DataInput]) -> list[Problem]:
    return located([(data.name, data.entries(), data) for data in files])


def located(files: Sequence[tuple[str, Iterable[tuple[int, ModelEntry]], Located]]) -> list[Problem]:
    """Every clash among `files` (name, (index, entry) pairs, the file) as a problem at its place, naming where the
    name was first given. Used by validate and by loading alike."""
    by_name = {name: file for name, _, file in files}
    found = []
    for clash in clashes([(name, entries) for name, entries, _ in files]):
        first_at = None
        if clash.first is not None:
            line, _ = by_name[clash.first[0]].source.locate(clash.first[1]) or (None, None)
            first_at = f"{clash.first[0]}:{line}"
        found.append(by_name[clash.place[0]].source.problem(clash.place[1], clash.message(first_at, i18n.translate)))
    return found
