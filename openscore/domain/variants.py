"""How a family's variants differ from it: what `rate FAMILY` says beneath the verdict."""

from __future__ import annotations

from dataclasses import dataclass

from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import ModelEntry, effective
from openscore.domain.licensing import LicenseClass, LicenseResolver

_RANK = {cls: rank for rank, cls in enumerate(LicenseClass)}  # most open first


@dataclass(frozen=True)
class Difference:
    """One variant's differences from its family, artifact by artifact."""

    variant: str
    name: str
    repos: tuple[str, ...]
    changes: tuple[str, ...]
    more_restrictive: bool


def differences(family: ModelEntry, resolve: LicenseResolver) -> list[Difference]:
    """Every variant whose status or applicable license differs from the family's for some artifact."""
    found = []
    for variant in family.variants:
        mine = effective(family, variant)
        changes, stricter = [], False
        for kind in ArtifactKind:
            before, after = family.artifact(kind), mine.artifact(kind)
            old, new = family.license_for(kind)[0], mine.license_for(kind)[0]
            if before.status != after.status:
                changes.append(f"{kind.value} {after.status.value} instead of {before.status.value}")
            elif old != new and after.status.value in ("open", "partial"):
                changes.append(f"{kind.value} under {new or 'no license'} instead of {old or 'no license'}")
                stricter |= _rank(new, resolve) > _rank(old, resolve)
        if changes:
            found.append(Difference(variant.id, variant.name, variant.hf_repos, tuple(changes), stricter))
    return found


def summary(family: ModelEntry, found: list[Difference]) -> list[str]:
    """Lines for a family's scorecard: how many of its models differ, then each differing variant."""
    if not found:
        return []
    # Models are counted by Hugging Face repo where the data lists them, else one per variant.
    total = len(family.hf_repos) + sum(len(v.hf_repos) or 1 for v in family.variants)
    stricter = [d for d in found if d.more_restrictive]
    counted = sum(len(d.repos) or 1 for d in stricter)
    lines = []
    if stricter:
        lines.append(f"{counted} of {total} models under a more restrictive license: "
                     + "; ".join(_described(d) for d in stricter))
    others = [d for d in found if not d.more_restrictive]
    if others:
        lines.append(f"{len(others)} of {len(family.variants)} variants differ otherwise: " + "; ".join(_described(d) for d in others))
    lines.append(f"Rate one: openscore rate {found[0].variant}")
    return lines


def _described(difference: Difference) -> str:
    repos = f" ({', '.join(r.split('/', 1)[1] for r in difference.repos)})" if difference.repos else ""
    return f"{difference.variant}{repos}: {', '.join(difference.changes)}"


def _rank(text: str | None, resolve: LicenseResolver) -> int:
    return _RANK[resolve(text).license_class] if text else len(_RANK)
