"""Load the files, run every check, and sort what is found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openscore.checks import dates, documents, evidence, licenses, links, names, rejected, rubric, text, unlicensed, variants
from openscore.checks.inputs import DataInput, Kind, RubricInput, display, read
from openscore.checks.options import Options
from openscore.domain.rubric import Rubric
from openscore.errors import OpenscoreError, Problem

LICENSES_FILE = "licenses.yaml"  # openscore.licenses.custom.FILE (not imported here: it loads the license index)


@dataclass(frozen=True)
class Outcome:
    files: tuple[str, ...]
    findings: tuple[Problem, ...]
    unusable: bool  # some file could not be read or parsed at all

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for f in self.findings)


def run(files: Sequence[tuple[Path, Kind | None]], options: Options, context: Sequence[Path] = ()) -> Outcome:
    """Check data files and rubrics (kind None: decided from the content).

    `context`: other data files of the same project, read only so that names are checked across all
    of them (as a pre-commit hook that is given only the changed files needs); a clash between a
    context file and a checked one is reported on the checked one, and nothing else in them is.
    """
    found: list[Problem] = []
    loaded: list[DataInput | RubricInput] = []
    unusable = False
    for path, kind in files:
        if path.name == LICENSES_FILE:  # the work tree's own licenses
            from openscore.licenses.custom import check

            found += check(path, display(path))
            continue
        try:
            loaded.append(read(path, kind))
        except OpenscoreError as exc:
            found += exc.problems
            unusable = True
    data = [f for f in loaded if isinstance(f, DataInput)]
    grading = _default_rubric() if data and options.resolve is not None else None
    for one in data:
        found += check_data(one, options)
        if grading is not None and options.resolve is not None:
            found += unlicensed.check(one, grading, options.resolve)
    around = _context(context, data)
    checked = {item.name for item in data}
    found += [p for p in names.check([*around, *data]) if not around or p.file in checked]
    found += links.check(data)
    for each in loaded:
        if isinstance(each, RubricInput):
            found += [*each.problems, *rubric.check(each), *text.check_rubric(each)]
    return Outcome(tuple(display(path) for path, _ in files), tuple(sorted(found, key=_position)), unusable)


def _default_rubric() -> Rubric | None:
    """The default rubric (the work tree's, else the bundled one), which says how an unlicensed artifact is graded."""
    from openscore.rubrics import DEFAULT, load_rubric

    try:
        return load_rubric(DEFAULT)
    except OpenscoreError:
        return None


def _context(paths: Sequence[Path], data: Sequence[DataInput]) -> list[DataInput]:
    """The context files not among the checked ones, read quietly (a broken one is its own run's business)."""
    checked = {item.name for item in data}
    around = []
    for path in paths:
        try:
            item = read(path, "data")
        except OpenscoreError:
            continue
        if isinstance(item, DataInput) and item.name not in checked:
            around.append(item)
    return around


def check_data(data: DataInput, options: Options) -> list[Problem]:
    """Every per-file check of one data file; the schema's word on malformed dates gives way to the clearer one."""
    found = dates.schema_problems(data)
    found += dates.check(data, options)
    found += evidence.check(data)
    found += variants.check(data)
    found += documents.check(data)
    found += rejected.check(data)
    found += text.check_data(data)
    if options.resolve is not None:
        found += licenses.check(data, options.resolve)
    return found


def _position(problem: Problem) -> tuple[str, int, int]:
    return problem.file or "", problem.line or 0, problem.column or 0
