"""A ready-to-edit data-file entry from Hub evidence: every artifact kind listed, `unknown` where the Hub is silent."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import Artifact, ModelEntry
from openscore.sources.hub.model import HubModel


def draft(entry: ModelEntry, model: HubModel, endpoint: str) -> str:
    """The entry as a data file of one model, with comments saying what to check."""
    head = {"id": entry.id, "name": entry.name, "organization": entry.organization, "family": entry.family}
    lines = [
        f"# Draft from Hugging Face Hub evidence: {endpoint}/{model.repo_id}"
        + (f" (revision {model.sha[:12]}, modified {model.last_modified[:10]})" if model.sha and model.last_modified else ""),
        "# Check each fact, replace each `unknown` with what you find (and a url), write notes in your own words.",
        "models:",
    ]
    lines += [f"  {'- ' if i == 0 else '  '}{key}: {_flow(value)}" for i, (key, value) in enumerate(head.items())]
    if entry.released:
        lines.append(f"    released: {entry.released.isoformat()}  # the day the Hub repo was created; check the real release date")
    types = [t.value for t in entry.type]
    lines.append(f"    type: {_flow(types)}" + ("" if types else "  # base, instruct, chat, code, reasoning, multimodal, ..."))
    lines.append(f"    hf_repos: {_flow(list(entry.hf_repos))}")
    lines.append(f"    last_reviewed: {entry.last_reviewed.isoformat()}")
    lines.append("    artifacts:")
    for kind in ArtifactKind:
        fact = entry.artifacts.get(kind)
        lines.append(f"      {kind.value}: {_flow(_artifact(fact)) if fact else '{status: unknown}'}")
    return "\n".join(lines) + "\n"


def _artifact(fact: Artifact) -> dict[str, Any]:
    values = {"status": fact.status.value, "license": fact.license, "url": fact.url, "notes": fact.notes, "source": fact.source}
    return {k: v for k, v in values.items() if v is not None}


def _flow(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return yaml.safe_dump(value, default_flow_style=True, sort_keys=False, allow_unicode=True, width=10_000).strip().removesuffix("\n...").strip()
