"""The evidence check on entries the schema rejected, so one run reports every problem of a file."""

from __future__ import annotations

from typing import Any

from openscore.checks.inputs import DataInput
from openscore.errors import Problem

_NEEDS_URL = ("open", "partial")


def check(data: DataInput) -> list[Problem]:
    """Open or partial artifacts without an evidence url, in entries that did not validate (checks/evidence.py does the rest)."""
    found = []
    for index, (raw, entry) in enumerate(zip(data.checked.raw, data.checked.entries, strict=True)):
        if entry is not None or not isinstance(raw, dict) or not isinstance(raw.get("artifacts"), dict):
            continue
        label = raw["id"] if isinstance(raw.get("id"), str) else f"entry {index + 1} under models"
        for kind, artifact in raw["artifacts"].items():
            if _released(artifact) and not artifact.get("url"):
                found.append(data.source.problem(("models", index, "artifacts", kind),
                                                 f"{_text(label)}: {_text(kind)} is {artifact['status']} but has no evidence url"))
    return found


def _released(artifact: Any) -> bool:
    return isinstance(artifact, dict) and isinstance(artifact.get("status"), str) and artifact["status"].strip() in _NEEDS_URL


def _text(value: Any) -> str:
    text = str(value)
    return text if text.isprintable() else repr(text)[1:-1]
