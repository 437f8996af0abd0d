"""A database source for tests: a name and its entries, nothing read from disk."""

from __future__ import annotations

from typing import Any


class FakeSource:
    def __init__(self, name: str, entries: list[Any]):
        self.name, self._entries = name, entries

    def entries(self) -> list[Any]:
        return self._entries

    def describe(self) -> str:
        return self.name

    def provenance(self, index: int) -> Any:
        raise AssertionError("a fake source has no provenance")
