"""`openscore info`: which data files, rubrics, database snapshots and caches this run would use, and why."""

from __future__ import annotations

from pathlib import Path

import typer

from openscore.cli import common
from openscore.i18n import N_, _

ORIGINS = {"work tree": N_("work tree"), "bundled": N_("bundled"), "updated": N_("updated")}


@common.reports_errors
def info() -> None:
    """Show the version and the data files, rubrics and database snapshots in use (work tree, OPENSCORE_DATA or bundled)."""
    import sys

    from openscore import __version__
    from openscore.loadcache import directory
    from openscore.project import discover
    from openscore.resources import BUNDLED, bundled, bundled_base, data_choice
    from openscore.rubrics import available

    project = discover()
    files, origin = data_choice()
    lines = [f"openscore {__version__} (Python {sys.version.split()[0]})",
             _("work tree: {root} (found by {config})").format(root=where(project.root), config=where(project.config)) if project
             else _("work tree: none (no data/models.yaml or [tool.openscore] in {dir} or above)").format(dir=Path.cwd()),
             _("bundled data and rubrics ({anchor}): {dir}").format(anchor=BUNDLED, dir=bundled_base()),
             _("data ({origin}):").format(origin=_(ORIGINS.get(origin, origin))), *(f"  {where(path)}" for path in files), _("rubrics:")]
    home = bundled("rubrics").resolve()
    for name, path in available().items():
        lines.append(f"  {name}: {where(path)}" + (_(" (bundled)") if path.resolve().parent == home else ""))
    lines += [_("database snapshots:"), *_snapshots()]
    lines.append(_("cache: {dir}").format(dir=directory().parent))
    typer.echo("\n".join(common.one_line(line) for line in lines))


def where(path: Path) -> str:
    """./PATH inside the working directory, <bundled>/... for a bundled file, else the absolute path."""
    from openscore.resources import anchored

    absolute = path.resolve()
    try:
        inside = absolute.relative_to(Path.cwd().resolve()).as_posix()
        return "." if inside == "." else f"./{inside}"
    except ValueError:
        return anchored(absolute) or str(absolute)


def _snapshots() -> list[str]:
    """One line per database: its snapshot file, upstream commit and date, and how many records it holds."""
    from openscore.errors import OpenscoreError
    from openscore.sources.registry import DATABASES
    from openscore.sources.snapshot import SnapshotSource, bundled_path

    lines = []
    for name in DATABASES:
        source = SnapshotSource.of(name)
        kind = _(ORIGINS["bundled"] if source.path.resolve() == bundled_path(name).resolve() else ORIGINS["updated"])
        try:
            meta = source.meta
        except OpenscoreError as exc:
            lines.append("  " + _("{name}: {file} ({kind}): unusable: {problem}").format(
                name=name, file=where(source.path), kind=kind, problem=exc.problems[0].message))
            continue
        lines.append("  " + _("{name}: {file} ({kind}), commit {commit}, {date}, {records} records").format(
            name=name, file=where(source.path), kind=kind, commit=(meta.commit or _("unknown"))[:12], date=meta.date or _("undated"),
            records=meta.records))
    return lines


def register(app: typer.Typer) -> None:
    app.command()(info)
