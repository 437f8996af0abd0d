"""Which entries of different sources describe the same release.

A database record is linked to a curated entry by, in this order: the curated entry's explicit
`same_as: [SOURCE:ID]`; a shared Hugging Face repo id; a shared name that carries a version or size
(`falcon-40b`, `Llama 3.1 8B`; a bare family name such as `OLMo` links nothing). Records no curated
entry claims are linked to each other the same way. Each link group has one winner: the curated entry,
else the record of the first database in the registry's order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from openscore.domain.evidence import ModelEntry

Node = tuple[str, int]  # (source name, index of the entry in that source)
_SEPARATORS = re.compile(r"[^a-z0-9.]+")
_DIGIT = re.compile(r"\d")


def name_key(name: str) -> str:
    """A name as compared across sources: lower case, runs of other characters as one '-'."""
    return _SEPARATORS.sub("-", name.lower()).strip("-.")


def sized_keys(entry: ModelEntry) -> set[str]:
    """The name keys of an entry that carry a version or size (a digit), so that they name one release."""
    names = (entry.id, entry.name, *entry.aliases, *(repo.split("/", 1)[1] for repo in entry.hf_repos))
    return {key for key in map(name_key, names) if _DIGIT.search(key)}


def qualified(source: str, entry: ModelEntry) -> str:
    """How a record is named across sources: `mot:llama-3-8b`."""
    return f"{source}:{entry.id}"


@dataclass
class Links:
    """Link groups over every entry of every source; `groups[i][0]` is the group's winner."""

    groups: list[list[Node]] = field(default_factory=list)
    group_of: dict[Node, int] = field(default_factory=dict)
    how: dict[Node, str] = field(default_factory=dict)  # why a node joined its group: same_as, repo, name

    def add(self, node: Node, group: int | None, how: str) -> int:
        if group is None:
            self.groups.append([node])
            group = len(self.groups) - 1
        else:
            self.groups[group].append(node)
        self.group_of[node] = group
        self.how[node] = how
        return group

    def members(self, node: Node) -> list[Node]:
        group = self.group_of.get(node)
        return [node] if group is None else self.groups[group]

    def winner(self, node: Node) -> Node:
        return self.members(node)[0]


def link(curated: Sequence[ModelEntry], databases: Sequence[tuple[str, Sequence[ModelEntry]]], curated_name: str = "curated") -> Links:
    """Link every database record to a curated entry or to records of other databases (see the module's rules)."""
    links = Links()
    explicit: dict[str, int] = {}
    by_repo: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for index, entry in enumerate(curated):
        group = links.add((curated_name, index), None, "curated")
        for target in getattr(entry, "same_as", ()):
            explicit.setdefault(target.lower(), group)
        for repo in entry.hf_repos:
            by_repo.setdefault(repo.lower(), group)
        for key in sized_keys(entry):
            by_name.setdefault(key, group)
    for source, entries in databases:
        claimed: set[int] = set()  # one record per group per source, so a database's own records stay apart
        pending: list[int] = []
        for index, entry in enumerate(entries):
            named = explicit.get(qualified(source, entry).lower())
            if named is not None:
                links.add((source, index), named, "same_as")
                claimed.add(named)
            else:
                pending.append(index)
        for index in pending:
            entry = entries[index]
            found, how = _match(entry, by_repo, by_name)
            if found is not None and found in claimed and links.groups[found][0][0] != curated_name:
                found = None  # two records of one database never merge with each other
            if found is not None:
                links.add((source, index), found, how)
                claimed.add(found)
                continue
            alone = links.add((source, index), None, "alone")  # later databases may link to this record
            for repo in entry.hf_repos:
                by_repo.setdefault(repo.lower(), alone)
            for key in sized_keys(entry):
                by_name.setdefault(key, alone)
    return links


def _match(entry: ModelEntry, by_repo: dict[str, int], by_name: dict[str, int]) -> tuple[int | None, str]:
    for repo in entry.hf_repos:
        if repo.lower() in by_repo:
            return by_repo[repo.lower()], "repo"
    for key in sorted(sized_keys(entry)):
        if key in by_name:
            return by_name[key], "name"
    return None, "alone"
