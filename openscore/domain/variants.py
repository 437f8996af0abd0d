"""How a family's variants differ from it: what `rate FAMILY` says beneath the verdict."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import ModelEntry, Status, effective
from openscore.domain.licensing import LicenseClass, LicenseResolver

_RANK = {cls: rank for rank, cls in enumerate(LicenseClass)}  # most open first
_STATUS = {Status.OPEN: 0, Status.PARTIAL: 1, Status.CLOSED: 2, Status.UNKNOWN: 2}
Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Difference:
    """One variant's differences from its family; `direction` is 'stricter', 'looser', 'other' or 'same'."""

    variant: str
    name: str
    repos: tuple[str, ...]
    changes: tuple[str, ...]
    direction: str
    notes: str | None


def differences(family: ModelEntry, resolve: LicenseResolver, tr: Translate = _same) -> list[Difference]:
    """Every variant of `family`, with the artifacts whose status or applicable license differ from the family's
    (worded through `tr`, which the CLI hands in to say them in the run's language)."""
    found = []
    for variant in family.variants:
        mine = effective(family, variant)
        changes: dict[str, list[str]] = {}  # the change, worded once -> the kinds it applies to
        moves = []
        for kind in ArtifactKind:
            before, after = family.artifact(kind), mine.artifact(kind)
            old, new = family.license_for(kind)[0], mine.license_for(kind)[0]
            if before.status != after.status:
                changes.setdefault(tr("{new} instead of {old}").format(new=tr(after.status.value), old=tr(before.status.value)),
                                   []).append(kind.value)
                moves.append(_STATUS[after.status] - _STATUS[before.status])
            elif old != new and after.status in (Status.OPEN, Status.PARTIAL):
                changes.setdefault(tr("under {new} instead of {old}").format(new=new or tr("no license"), old=old or tr("no license")),
                                   []).append(kind.value)
                moves.append(_rank(new, resolve) - _rank(old, resolve))
        worded = tuple(tr("{kinds} {change}").format(kinds=tr(", ").join(map(tr, kinds)), change=change) for change, kinds in changes.items())
        direction = "same" if not worded else "stricter" if any(m > 0 for m in moves) else "looser" if any(m < 0 for m in moves) else "other"
        found.append(Difference(variant.id, variant.name, variant.hf_repos, worded, direction, variant.notes))
    return found


def summary(family: ModelEntry, found: list[Difference], tr: Translate = _same, notes: bool = True) -> list[str]:
    """Lines for a family's scorecard: how many of its models are on stricter terms, then the other variants
    (`notes`: whether the variants' own notes, written in English, are shown)."""
    if not found:
        return []
    # Models are counted by Hugging Face repo where the data lists them, else one per variant.
    total = len(family.hf_repos) + sum(len(d.repos) or 1 for d in found)
    lines = []
    stricter = [d for d in found if d.direction == "stricter"]
    if stricter:
        counted = sum(len(d.repos) or 1 for d in stricter)
        lines.append(tr("{counted} of {total} models under more restrictive terms: ").format(counted=counted, total=total)
                     + tr("; ").join(_described(d, tr) for d in stricter))
    for direction, label in (("looser", tr("{n} of {total} variants on more open terms: ")),
                             ("other", tr("{n} of {total} variants on other terms: "))):
        group = [d for d in found if d.direction == direction]
        if group:
            lines.append(label.format(n=len(group), total=len(found)) + tr("; ").join(_described(d, tr) for d in group))
    same = [d for d in found if d.direction == "same"]
    if same:
        lines.append(tr("Graded as the family, with notes of their own: ") + tr("; ").join(
            f"{d.variant}" + (tr(" ({note})").format(note=_first_sentence(d.notes)) if d.notes and notes else "") for d in same))
    first = (stricter or found)[0]
    lines.append(tr("Rate one: openscore rate {id}").format(id=first.variant))
    return lines


def _described(difference: Difference, tr: Translate = _same) -> str:
    repos = f" ({', '.join(r.split('/', 1)[1] for r in difference.repos)})" if difference.repos else ""
    return tr("{variant}{repos}: {changes}").format(variant=difference.variant, repos=repos, changes=tr("; ").join(difference.changes))


def _first_sentence(text: str) -> str:
    return " ".join(text.split()).partition(". ")[0].rstrip(".")


def _rank(text: str | None, resolve: LicenseResolver) -> int:
    return _RANK[resolve(text).license_class] if text else len(_RANK)
