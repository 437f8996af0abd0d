"""A ready-to-edit data-file entry from Hub evidence: every artifact kind listed, `unknown` where the Hub is silent."""

from __future__ import annotations

from typing import Any

from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import Artifact, ModelEntry
from openscore.sources.hub.model import HubModel
from openscore.textsafe import line
from openscore.yamlio import Flow, FlowList, dump


def draft(entry: ModelEntry, model: HubModel, endpoint: str) -> str:
    """The entry as a data file of one model, with comments saying what to check. The YAML comes from the
    emitter; the comments hold Hub text only on one line, with control characters shown as placeholders."""
    revision = f" (revision {model.sha[:12]}, modified {model.last_modified[:10]})" if model.sha and model.last_modified else ""
    comments = [
        f"Draft from Hugging Face Hub evidence: {endpoint}/{model.repo_id}{revision}",
        "Check each fact, replace each `unknown` with what you find (and a url), write notes in your own words.",
    ]
    item: dict[str, Any] = {"id": entry.id, "name": entry.name, "organization": entry.organization, "family": entry.family}
    if entry.released:
        item["released"] = entry.released
        comments.append("released: the day the Hub repo was created; check the real release date.")
    item["type"] = FlowList(t.value for t in entry.type)
    if not entry.type:
        comments.append("type: base, instruct, chat, code, reasoning, multimodal, ...")
    item["hf_repos"] = FlowList(entry.hf_repos)
    item["last_reviewed"] = entry.last_reviewed
    item["artifacts"] = {kind.value: _artifact(entry.artifacts.get(kind)) for kind in ArtifactKind}
    return "".join(f"# {line(c)}\n" for c in comments) + dump({"models": [item]}, width=10_000, indent_lists=True)


def _artifact(fact: Artifact | None) -> Flow:
    if fact is None:
        return Flow(status="unknown")
    values = {"status": fact.status.value, "license": fact.license, "url": fact.url, "notes": fact.notes, "source": fact.source}
    return Flow((k, v) for k, v in values.items() if v is not None)
