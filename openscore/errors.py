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


def os_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in the run's language (the system's English words otherwise)."""
    import errno

    from openscore import i18n
    from openscore.i18n import N_, _

    words = {errno.ENOENT: N_("no such file or directory"), errno.EACCES: N_("permission denied"),
             errno.EISDIR: N_("is a directory"), errno.ENOTDIR: N_("not a directory"), errno.EEXIST: N_("file exists"),
             errno.ENOSPC: N_("no space left on the device"), errno.EROFS: N_("read-only file system")}
    english = str(exc.strerror or exc)
    if i18n.current() == i18n.DEFAULT or exc.errno not in words:
        return english
    return _(words[exc.errno])
