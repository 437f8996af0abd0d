"""The one small interface every source of model entries implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from openscore.domain.evidence import ModelEntry


class EntrySource(Protocol):
    """Something that yields model entries, raising OpenscoreError on bad input."""

    def describe(self) -> str:
        """A short human description, e.g. the file path."""
        ...

    def entries(self) -> Sequence[ModelEntry]:
        ...
