"""What an edit changes in scores: each model's verdict, score and criteria between two revisions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from openscore import i18n, rubrics
from openscore.checks.inputs import display
from openscore.diff import git
from openscore.domain.evidence import ModelEntry, expand
from openscore.domain.licensing import LicenseResolver
from openscore.domain.rubric import Rubric
from openscore.domain.scorecard import Scorecard
from openscore.domain.scorer import Scorer
from openscore.errors import OpenscoreError, Problem
from openscore.i18n import _, ngettext
from openscore.sources.datafile import DataFile, check_text, load_entries


@dataclass(frozen=True)
class CriterionChange:
    id: str
    name: str
    old_level: str | None  # None: the criterion is not in that revision's rubric
    new_level: str | None
    old_points: float | None
    new_points: float | None


@dataclass(frozen=True)
class ModelChange:
    model_id: str
    model_name: str
    change: Literal["added", "removed", "changed"]
    old: Scorecard | None
    new: Scorecard | None
    criteria: tuple[CriterionChange, ...] = ()


@dataclass(frozen=True)
class RubricChanges:
    rubric: Rubric
    models: tuple[ModelChange, ...]
    note: str | None = None


@dataclass(frozen=True)
class Diff:
    base: str  # the revision as named (or the merge base found)
    commit: str
    rubrics: tuple[RubricChanges, ...]
    notes: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()  # why work-tree entries were left out (the command exits 1 when any)


def between(data: Sequence[Path], rubric_files: Sequence[Path], base: str | None, resolve: LicenseResolver) -> Diff:
    """Score the data files under each rubric at `base` and in the work tree, and compare."""
    repo = git.work_tree(Path(data[0] if data else rubric_files[0]).resolve())
    rev, label = (base, base) if base else git.default_base(repo)
    sha = git.commit(repo, rev)
    new_entries, problems, broken, notes = _new_entries(data)
    new_entries = expand(new_entries)  # variants are graded, so compared, too
    old_entries, old_notes = _old_entries(data, sha, label)
    notes += old_notes
    old_entries = expand([e for e in old_entries if e.id not in broken])  # not "removed": left out on both sides
    from openscore import localize
    from openscore.domain.rubric import localized

    old_entries, new_entries = [localize.entry(e) for e in old_entries], [localize.entry(e) for e in new_entries]
    resolve, tr = localize.resolver(resolve), localize.translator()
    results = []
    for path in rubric_files:
        new_rubric = rubrics.load_rubric(str(path))
        old_rubric, note = _old_rubric(path, sha, label, new_rubric) if _inside(path, repo) else (new_rubric, None)
        old_rubric, new_rubric = localized(old_rubric, i18n.current()), localized(new_rubric, i18n.current())
        old = list(map(Scorer(old_rubric, resolve, tr), old_entries))
        new = list(map(Scorer(new_rubric, resolve, tr), new_entries))
        results.append(RubricChanges(new_rubric, model_changes(old, new), note))
    return Diff(label, sha, tuple(results), tuple(notes), tuple(problems))


def model_changes(old: Sequence[Scorecard], new: Sequence[Scorecard]) -> tuple[ModelChange, ...]:
    """Models added, removed, or whose verdict, tier, score or any criterion changed (matched by id)."""
    before = {card.model_id: card for card in old}
    after = {card.model_id: card for card in new}
    found = []
    for card in new:
        was = before.get(card.model_id)
        if was is None:
            found.append(ModelChange(card.model_id, card.model_name, "added", None, card))
            continue
        criteria = _criteria(was, card)
        if criteria or _headline(was) != _headline(card):
            found.append(ModelChange(card.model_id, card.model_name, "changed", was, card, criteria))
    found += [ModelChange(c.model_id, c.model_name, "removed", c, None) for c in old if c.model_id not in after]
    return tuple(found)


def _headline(card: Scorecard) -> tuple[object, ...]:
    return card.score, card.max_score, card.verdict.id if card.verdict else None, card.tier


def _criteria(old: Scorecard, new: Scorecard) -> tuple[CriterionChange, ...]:
    before = {c.id: c for c in old.criteria}
    after = {c.id: c for c in new.criteria}
    changes = []
    for cid in dict.fromkeys([*after, *before]):
        was, now = before.get(cid), after.get(cid)
        if was and now and (was.level, was.points) == (now.level, now.points):
            continue
        changes.append(CriterionChange(cid, (now or was).name,  # type: ignore[union-attr]
                                       was.level if was else None, now.level if now else None,
                                       was.points if was else None, now.points if now else None))
    return tuple(changes)


def _new_entries(data: Sequence[Path]) -> tuple[list[ModelEntry], list[Problem], set[str], list[str]]:
    """The work tree's entries; an entry that does not validate is left out (with its problems, id and a note),
    so that a maintainer still sees what the rest of the edit changes."""
    from openscore.checks.blocking import problems as schema_problems

    try:
        return list(load_entries([DataFile(path) for path in data])), [], set(), []
    except OpenscoreError as exc:
        failure = exc  # malformed YAML or a name clash is raised again below: only invalid entries are left out
    entries: list[ModelEntry] = []
    found: list[Problem] = []
    broken: set[str] = set()
    notes = []
    for path in data:
        checked, problems = schema_problems(path, DataFile(path)._read())
        entries += checked.valid()
        found += problems
        left = [raw for raw, entry in zip(checked.raw, checked.entries, strict=True) if entry is None]
        broken |= {raw["id"] for raw in left if isinstance(raw, dict) and isinstance(raw.get("id"), str)}
        if left:
            many = len(left) > 1
            notes.append(f"{display(path)}: left out {len(left)} entr{'ies that do' if many else 'y that does'} not validate "
                         "(on both sides); run `openscore validate` for the full list")
    if not found:
        raise failure
    return entries, found, broken, notes


def _old_entries(data: Sequence[Path], sha: str, label: str) -> tuple[list[ModelEntry], list[str]]:
    """The entries of each data file at `sha`; entries that do not validate there are left out, with a note."""
    entries: list[ModelEntry] = []
    notes = []
    for path in data:
        text = git.show(sha, path)
        if text is None:
            notes.append(_("{path} is not in {base}: every entry in it counts as added").format(path=display(path), base=label))
            continue
        checked = check_text(text, f"{sha[:12]}:{display(path)}")
        entries += checked.valid()
        skipped = len(checked.entries) - len(checked.valid())
        if skipped:
            notes.append(ngettext("{path} in {base}: left out {n} entry that does not validate",
                                  "{path} in {base}: left out {n} entries that do not validate", skipped).format(
                path=display(path), base=label, n=skipped) if i18n.current() != "en" else
                f"{display(path)} in {label}: left out {skipped} entr{'ies' if skipped > 1 else 'y'} that do not validate")
    return entries, notes


def _inside(path: Path, repo: Path) -> bool:
    """Whether `path` is in the work tree (a rubric bundled with openscore is not: both sides use it, silently)."""
    return Path(path).resolve().is_relative_to(repo.resolve())


def _old_rubric(path: Path, sha: str, label: str, current: Rubric) -> tuple[Rubric, str | None]:
    """The rubric at `sha`; the current one (with a note) when it was not there or did not validate."""
    text = git.show(sha, path)
    if text is None:
        return current, _("{path} is not in {base}: both sides are scored with the current rubric").format(path=display(path), base=label)
    old, _source, _problems = rubrics.check_text(text, f"{sha[:12]}:{display(path)}")
    if old is None:
        return current, _("{path} in {base} does not validate: both sides are scored with the current rubric").format(
            path=display(path), base=label)
    return old, None
