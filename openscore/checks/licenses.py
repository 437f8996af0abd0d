"""Every license string must resolve to a known license."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from openscore.checks.inputs import DataInput
from openscore.domain.evidence import ModelEntry
from openscore.errors import Problem
from openscore.i18n import N_, _

_WAY_FORWARD = N_("; if it is a license openscore does not know, add it to licenses.yaml beside the data file "
                  "(licenses: {KEY: {name, url, class, content_types}}; see docs/DATA_FORMAT.md), or write `unknown` with a note")


def check(data: DataInput, resolve: Callable[[str], Any]) -> list[Problem]:
    found = []
    for index, entry in data.entries():
        for path, text in _licenses(entry):
            record = resolve(text)
            if not record.recognised:
                why = (record.warning or _("license '{license}' is not recognised").format(license=text)) + _(_WAY_FORWARD)
                owner = entry.variants[path[1]].id if path[0] == "variants" else entry.id  # type: ignore[index]
                found.append(data.source.problem(("models", index, *path), _("{owner}: {why}").format(owner=owner, why=why)))
    return found


def _licenses(entry: ModelEntry) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every license string of an entry, with its path inside the entry."""
    for field, text in entry.licenses.model_dump().items():
        if text:
            yield ("licenses", field), text
    for kind, artifact in entry.artifacts.items():
        if artifact.license:
            yield ("artifacts", kind.value, "license"), artifact.license
    for position, variant in enumerate(entry.variants):
        base: tuple[str | int, ...] = ("variants", position)
        for field, text in (variant.licenses.model_dump() if variant.licenses else {}).items():
            if text:
                yield (*base, "licenses", field), text
        for kind, artifact in variant.artifacts.items():
            if artifact.license:
                yield (*base, "artifacts", kind.value, "license"), artifact.license
