"""Matching the organization people type (`list --org`) against an entry's: any case, any punctuation, part of it, or an alias."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from openscore.domain.evidence import ModelEntry

_SEPARATORS = re.compile(r"[\W_]+")


def normal(text: str) -> str:
    """Lower case, punctuation and runs of spaces as one space: 'Zhipu-AI' and 'zhipu ai' are alike."""
    return " ".join(_SEPARATORS.sub(" ", text.casefold()).split())


def names_of(entry: ModelEntry) -> list[str]:
    """The organization's names an entry records: its organization, and its aliases and Chinese name where the data has them."""
    names = [entry.organization]
    for field in ("organization_aliases", "organization_zh"):
        value = getattr(entry, field, None)
        if isinstance(value, str):
            names.append(value)
        elif isinstance(value, Iterable):
            names += [v for v in value if isinstance(v, str)]
    return names


def matcher(query: str, aliases: Mapping[str, Sequence[str]]) -> set[str]:
    """The normalised words an organization name must contain to match `query`: the query itself, and what an alias stands for."""
    wanted = normal(query)
    words = {wanted} if wanted else set()
    words.update(normal(word) for word in aliases.get(wanted, ()))
    return words


def matches(entry: ModelEntry, words: set[str]) -> bool:
    """Whether any of the entry's organization names contains one of `words` (see `matcher`)."""
    names = [f" {normal(name)} " for name in names_of(entry)]
    return any(f" {word} " in name or (len(word) > 3 and word in name) for word in words for name in names)
