"""Load the files, run every check, and sort what is found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openscore.checks import dates, evidence, licenses, names, rubric
from openscore.checks.inputs import DataInput, Kind, RubricInput, display, read
from openscore.checks.options import Options
from openscore.errors import OpenscoreError, Problem


@dataclass(frozen=True)
class Outcome:
    files: tuple[str, ...]
    findings: tuple[Problem, ...]
    unusable: bool  # some file could not be read or parsed at all

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for f in self.findings)


def run(files: Sequence[tuple[Path, Kind | None]], options: Options) -> Outcome:
    """Check data files and rubrics (kind None: decided from the content)."""
    found: list[Problem] = []
    loaded: list[DataInput | RubricInput] = []
    unusable = False
    for path, kind in files:
        try:
            loaded.append(read(path, kind))
        except OpenscoreError as exc:
            found += exc.problems
            unusable = True
    data = [f for f in loaded if isinstance(f, DataInput)]
    for one in data:
        found += check_data(one, options)
    found += names.check(data)
    for item in loaded:
        if isinstance(item, RubricInput):
            found += [*item.problems, *rubric.check(item)]
    return Outcome(tuple(display(path) for path, _ in files), tuple(sorted(found, key=_position)), unusable)


def check_data(data: DataInput, options: Options) -> list[Problem]:
    """Every per-file check of one data file; the schema's word on malformed dates gives way to the clearer one."""
    bad_dates = dates.malformed(data)
    found = [p for p in data.checked.problems if (p.line, p.column) not in bad_dates]
    found += dates.check(data, options)
    found += evidence.check(data)
    if options.resolve is not None:
        found += licenses.check(data, options.resolve)
    return found


def _position(problem: Problem) -> tuple[str, int, int]:
    return problem.file or "", problem.line or 0, problem.column or 0
