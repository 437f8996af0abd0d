"""User-facing errors: one line each, with file:line:column where there is a file."""

from __future__ import annotations

from dataclasses import dataclass

EXIT_FINDINGS = 1
EXIT_USAGE = 2  # bad input: unknown model, malformed file, bad option
EXIT_HUB = 3  # the Hugging Face Hub could not be used and nothing was cached


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, located where possible."""

    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    severity: str = "error"

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.file, self.line, self.column) if p is not None)
        return f"{where}: {self.severity}: {self.message}" if where else f"{self.severity}: {self.message}"


class OpenscoreError(Exception):
    """An error a user can fix; the CLI prints its problems and exits with `exit_code`."""

    def __init__(self, problems: list[Problem] | str, exit_code: int = EXIT_USAGE):
        self.problems = [Problem(problems)] if isinstance(problems, str) else list(problems)
        self.exit_code = exit_code
        super().__init__("\n".join(str(p) for p in self.problems))
