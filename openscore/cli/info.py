"""`openscore info`: which data files, rubrics and caches this run would use, and why."""

from __future__ import annotations

import typer

from openscore.cli import common


@common.reports_errors
def info() -> None:
    """Show the version and the data files and rubrics in use (work tree, OPENSCORE_DATA or bundled)."""
    import sys

    from openscore import __version__
    from openscore.loadcache import directory
    from openscore.project import discover, shown
    from openscore.resources import bundled, data_choice
    from openscore.rubrics import available

    project = discover()
    files, origin = data_choice()
    lines = [f"openscore {__version__} (Python {sys.version.split()[0]})",
             f"work tree: {shown(project.root)} (found by {shown(project.config)})" if project else "work tree: none (not inside one)",
             f"data ({origin}):", *(f"  {shown(path)}" for path in files), "rubrics:"]
    home = bundled("rubrics").resolve()
    for name, path in available().items():
        lines.append(f"  {name}: {shown(path)}{' (bundled)' if path.resolve().parent == home else ''}")
    lines.append(f"cache: {directory().parent}")
    typer.echo("\n".join(common.one_line(line) for line in lines))


def register(app: typer.Typer) -> None:
    app.command()(info)
