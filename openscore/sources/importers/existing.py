"""Imported entries against the entries already in the data: collisions, renamed with a prefix or merged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openscore.domain.evidence import ModelEntry, Status


@dataclass(frozen=True)
class Collision:
    imported: str  # the imported entry's id
    name: str  # the name both answer to
    existing: str  # the existing entry's id


def collisions(imported: Sequence[ModelEntry], existing: Sequence[ModelEntry]) -> list[Collision]:
    """Each imported entry whose id, alias or repo is a name of an existing entry (any case); one per imported entry."""
    owners: dict[str, str] = {}
    for entry in existing:
        for name in entry.names():
            owners.setdefault(name.lower(), entry.id)
    found = []
    for entry in imported:
        hit = next(((name, owners[name.lower()]) for name in entry.names() if name.lower() in owners), None)
        if hit:
            found.append(Collision(entry.id, *hit))
    return found


def prefixed(data: dict[str, Any], prefix: str, taken: set[str]) -> tuple[dict[str, Any], list[str]]:
    """The entry's mapping with `prefix` before its id, and without the aliases and repos another entry has (what was dropped)."""
    renamed = dict(data, id=f"{prefix}{data['id']}")
    dropped = []
    for field in ("aliases", "hf_repos"):
        if field in renamed:
            kept = [n for n in renamed[field] if n.lower() not in taken]
            dropped += [n for n in renamed[field] if n.lower() in taken]
            renamed[field] = kept
            if not kept:
                del renamed[field]
    return renamed, dropped


def merged(existing: ModelEntry, data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The existing entry with the imported artifacts it does not record (or records as unknown); the kinds added."""
    result = existing.model_dump(mode="json", exclude_defaults=True, by_alias=True)
    artifacts = dict(result.get("artifacts", {}))
    added = []
    recorded = {k.value: a for k, a in existing.artifacts.items()}
    for kind, fact in data.get("artifacts", {}).items():
        mine = recorded.get(kind)
        if (mine is None or mine.status is Status.UNKNOWN) and isinstance(fact, dict) and fact.get("status") != "unknown":
            artifacts[kind] = fact
            added.append(kind)
    if artifacts:
        result["artifacts"] = artifacts
    return result, added
