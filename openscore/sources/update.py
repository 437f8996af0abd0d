"""`openscore sources update`: rebuild a database's snapshot from its upstream repository.

From a local checkout (`--from PATH`), or a shallow `git clone` of the upstream (network). Every record
goes through the database's importer; a record that fails to convert is a located warning and is
skipped; the snapshot is written whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from openscore.errors import EXIT_HUB, OpenscoreError, Problem
from openscore.i18n import N_, _
from openscore.sources.databases import Database
from openscore.sources.snapshot import Meta, write


@dataclass
class Built:
    """The outcome of one update: the header written, and every problem found on the way."""

    meta: Meta
    path: Path
    problems: list[Problem] = field(default_factory=list)


def update(database: Database, out: Path, checkout: Path | None = None) -> Built:
    """Rebuild `database`'s snapshot into `out` from `checkout`, or from a fresh clone of its repository."""
    if checkout is not None:
        if not checkout.is_dir():
            raise OpenscoreError([Problem(_("not a directory (give a checkout of {repository})").format(
                repository=database.repository), str(checkout))])
        return build(database, checkout, out)
    with tempfile.TemporaryDirectory(prefix="openscore-update-") as temporary:
        clone = Path(temporary) / database.name
        _clone(database, clone)
        return build(database, clone, out)


_CANNOT_FETCH = N_("cannot fetch {repository}: {reason}; nothing changed (offline? use --from PATH)")


def _clone(database: Database, into: Path) -> None:
    try:
        done = subprocess.run(["git", "clone", "--quiet", "--depth", "1", database.repository, str(into)],
                              capture_output=True, text=True, timeout=300, env=_git_env())
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OpenscoreError(_(_CANNOT_FETCH).format(repository=database.repository, reason=exc), EXIT_HUB) from None
    if done.returncode != 0:
        reason = " ".join((done.stderr or "git clone failed").split())[:200]
        raise OpenscoreError(_(_CANNOT_FETCH).format(repository=database.repository, reason=reason), EXIT_HUB)


def _git_env() -> dict[str, str]:
    import os

    return {**os.environ, "GIT_TERMINAL_PROMPT": "0"}


def build(database: Database, checkout: Path, out: Path) -> Built:
    """Convert every record of a checkout and write the snapshot."""
    from openscore import __version__
    from openscore.sources.importers import run

    commit, date = _revision(checkout)
    files = sorted(p for p in checkout.glob(database.records) if p.is_file() and database.is_record(p.name))
    if not files:
        raise OpenscoreError([Problem(_("no {title} records ({records}) here; is this a checkout of {repository}?").format(
            title=database.title, records=database.records, repository=database.repository), str(checkout))])
    reviewed = dt.date.fromisoformat(date) if date else dt.date.today()
    report = run(database.importer, files, reviewed)
    converted = {item.file: item for item in report.imported}
    skipped = []
    for path in files:
        if path not in converted:
            reasons = [p.message for p in report.problems if p.severity == "error" and p.file == str(path)]
            reason = (reasons[0] if reasons else "not converted").replace(f"{checkout}/", "")
            skipped.append((_relative(path, checkout), reason))
    items = [(_relative(path, checkout), converted[path].data) for path in files if path in converted]
    meta = Meta(database.name, database.title, database.repository, commit, date, database.license, database.attribution,
                database.importer, len(files), tuple(skipped), sum(p.severity == "warning" for p in report.problems),
                f"openscore {__version__}")
    write(out, meta, items)
    return Built(meta, out, report.problems)


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _revision(checkout: Path) -> tuple[str | None, str | None]:
    """The checkout's commit and its date (None, None when it is no git checkout)."""
    try:
        done = subprocess.run(["git", "-C", str(checkout), "log", "-1", "--format=%H %cI"], capture_output=True, text=True,
                              timeout=30, env=_git_env())
    except (OSError, subprocess.TimeoutExpired):
        return None, None
    parts = done.stdout.split()
    if done.returncode != 0 or len(parts) != 2:
        return None, None
    return parts[0], parts[1][:10]
