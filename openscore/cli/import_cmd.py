"""`openscore import FMT FILE_OR_DIR...`: other openness databases' records as openscore data, one subcommand per importer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Optional

import typer

from openscore.cli import common

import_app = typer.Typer(help="Turn records of other openness databases into openscore entries (YAML).", no_args_is_help=True)

PathsArgument = Annotated[list[Path], typer.Argument(help="Record files, or directories of them.", metavar="FILE_OR_DIR", show_default=False)]
OutOption = Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the entries to this file instead of stdout.")]  # noqa: UP045
ReviewedOption = Annotated[
    Optional[dt.datetime],  # noqa: UP045
    typer.Option("--reviewed", formats=["%Y-%m-%d"], help="last_reviewed for records that carry no date [default: today]."),
]


def _command(fmt: str, title: str, help_text: str) -> Callable[..., None]:
    """The `openscore import FMT` command of one importer (the registry names it; `_run` does the work)."""

    @common.reports_errors
    def command(paths: PathsArgument, out: OutOption = None, reviewed: ReviewedOption = None) -> None:
        _run(fmt, paths, out, reviewed)

    command.__name__ = fmt.replace("-", "_")
    command.__doc__ = help_text or f"{title} records as openscore entries."
    return command


def _run(fmt: str, paths: list[Path], out: Path | None, reviewed: dt.datetime | None) -> None:
    """Import, report every problem on stderr, write what imported; exit 2 when a record failed."""
    from openscore.errors import EXIT_USAGE
    from openscore.sources.importers import run

    report = run(fmt, paths, reviewed.date() if reviewed else None)
    for problem in report.problems:
        common.say(f"openscore: {problem}")
    if report.imported:
        text = report.yaml()
        if out is None:
            typer.echo(text, nl=False)
        else:
            from openscore.cli.report import write_file

            write_file(out, text)
    common.say(f"openscore: imported {len(report.imported)} of {report.records} record(s)"
               + (f" to {out}" if out and report.imported else ""))
    if report.failed or any(p.severity == "error" for p in report.problems):
        raise typer.Exit(EXIT_USAGE)


def register(app: typer.Typer) -> None:
    """One subcommand per importer in the registry (`openscore.sources.importers.FORMATS`); its help is the module's summary."""
    from openscore.sources.importers import FORMATS

    for fmt, title in FORMATS.items():
        import_app.command(fmt)(_command(fmt, title, f"{title} records (files, or directories of them) as openscore entries "
                                                     "(YAML): one entry per record, every artifact with its source."))
    app.add_typer(import_app, name="import")
