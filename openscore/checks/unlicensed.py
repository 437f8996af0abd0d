"""Released artifacts with no license stated, and the grade that gives them (a warning, said as the scorer grades)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from openscore.checks.documents import says_why
from openscore.checks.inputs import DataInput
from openscore.domain.evidence import ModelEntry, Status, effective
from openscore.domain.rubric import RANK, Level, Rubric
from openscore.errors import Problem
from openscore.i18n import _
from openscore.words import level as level_word

NO_LICENSE = "LicenseRef-scancode-no-license"  # what `none`, `unlicensed` and `no license` resolve to
_RELEASED = (Status.OPEN, Status.PARTIAL)


def check(data: DataInput, rubric: Rubric, resolve: Callable[[str], Any]) -> list[Problem]:
    """A warning for each open or partial artifact without a license (on it or release-wide), with its grade under `rubric`."""
    from openscore.domain.rubric import localized
    from openscore.i18n import current

    rubric = localized(rubric, current())  # criterion names in the run's language
    found = []
    for index, family in data.entries():
        for entry, base, kinds in _graded(family, index):
            found += [p for kind in kinds if (p := _finding(data, entry, base, kind, rubric, resolve)) is not None]
    return found


def _finding(data: DataInput, entry: ModelEntry, base: tuple[object, ...], kind: Any, rubric: Rubric,
             resolve: Callable[[str], Any]) -> Problem | None:
    artifact = entry.artifacts[kind]
    if artifact.status not in _RELEASED:
        return None
    text, _origin = entry.license_for(kind)
    record = resolve(text) if text else None
    if record is not None and record.key != NO_LICENSE:
        return None  # a license, or `unknown` (documents.check asks for its note)
    if record is not None and says_why((artifact.notes or "") + (artifact.notes_zh or "")):
        return None  # `none` stated on purpose, with a note saying why
    grades = _grades(rubric, kind, artifact.status, record)
    if not grades:
        return None
    stated = _("its license is '{license}', that is none").format(license=text) if text else _("no license is stated")
    return data.source.problem(
        (*base, "artifacts", kind.value),
        _("{id}: {kind} is {status} but {stated}: graded as {grades} by the {rubric} rubric; "
          "give the artifact a license (or the entry one under licenses:)").format(
            id=entry.id, kind=kind.value, status=level_word(artifact.status.value), stated=stated, grades=grades, rubric=rubric.id),
        severity="warning")


def _graded(family: ModelEntry, index: int) -> Iterator[tuple[ModelEntry, tuple[object, ...], list[Any]]]:
    """The entry, then each variant as graded (family facts applied), with where it stands and the kinds it gives itself."""
    yield family, ("models", index), list(family.artifacts)
    for position, variant in enumerate(getattr(family, "variants", ())):
        yield effective(family, variant), ("models", index, "variants", position), list(variant.artifacts)


def _grades(rubric: Rubric, kind: Any, status: Status, record: Any) -> str:
    """'partial', or 'partial for Weights, closed for License' when the criteria looking at `kind` grade it differently."""
    levels = []
    for criterion in rubric.criteria:
        rule = criterion.license
        if kind not in criterion.artifacts or rule is None:
            continue
        if record is None:
            level = rule.otherwise
        elif record.license_class in rule.full:
            level = Level.OPEN
        elif record.license_class in rule.partial:
            level = Level.PARTIAL
        else:
            level = rule.otherwise
        levels.append((criterion.name, min(level, status, key=RANK.__getitem__)))
    if not levels:
        return ""
    if len({level for _name, level in levels}) == 1:
        return level_word(levels[0][1].value)
    return _(", ").join(_("{level} for {criterion}").format(level=level_word(level.value), criterion=name) for name, level in levels)
