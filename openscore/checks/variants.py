"""Variants whose overrides do not take effect as written."""

from __future__ import annotations

from openscore.checks.inputs import DataInput
from openscore.domain.artifacts import ContentType
from openscore.domain.evidence import ModelEntry, Variant
from openscore.errors import Problem

# The licenses field a content type's artifacts take when they name no license of their own.
_FIELD = {ContentType.CODE: "code", ContentType.DATA: "data", ContentType.DOCUMENT: "document", ContentType.MODEL: "distribution"}


def check(data: DataInput) -> list[Problem]:
    """Warn where a variant's license override is shadowed by an inherited artifact that names its own license."""
    found = []
    for index, entry in data.entries():
        for position, variant in enumerate(entry.variants):
            path = ("models", index, "variants", position, "licenses")
            found += [data.source.problem(path, message, severity="warning") for message in shadowed(entry, variant)]
    return found


def shadowed(entry: ModelEntry, variant: Variant) -> list[str]:
    """One message per inherited, licensed artifact that a license field the variant sets was meant for.

    Only the field for the artifact's own content type counts (`distribution` for weights), so code
    that keeps its own license beside a variant's new model license is not reported.
    """
    if variant.licenses is None:
        return []
    given = {k: v for k, v in variant.licenses.model_dump().items() if v}
    messages = []
    for kind, artifact in entry.artifacts.items():
        override = given.get(_FIELD.get(kind.content_type, ""))
        if kind in variant.artifacts or not artifact.license or not override or override == artifact.license:
            continue
        messages.append(f"{variant.id}: licenses override '{override}' does not reach {kind.value}, inherited from "
                        f"{entry.id} with its own license '{artifact.license}'; override artifacts.{kind.value} too")
    return messages
