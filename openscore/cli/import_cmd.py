"""`openscore import mof|eosai FILE_OR_DIR...`: other openness databases' records as openscore data."""

from __future__ import annotations

import datetime as dt
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


@common.reports_errors
def mof(paths: PathsArgument, out: OutOption = None, reviewed: ReviewedOption = None) -> None:
    """Model Openness Tool records (isitopen.ai, MOF 1.0): one entry per record, every component and license."""
    _run("mof", paths, out, reviewed)


@common.reports_errors
def eosai(paths: PathsArgument, out: OutOption = None, reviewed: ReviewedOption = None) -> None:
    """Opening up ChatGPT / European Open Source AI Index records: one entry per project, all 14 dimensions."""
    _run("eosai", paths, out, reviewed)


def _run(fmt: str, paths: list[Path], out: Path | None, reviewed: dt.datetime | None) -> None:
    """Import, report every problem on stderr, write what imported; exit 2 when a record failed."""
    from openscore.errors import EXIT_USAGE
    from openscore.sources.importers import run

    report = run(fmt, paths, reviewed.date() if reviewed else None)
    for problem in report.problems:
        common.say(f"openscore: {problem}")
    if report.imported:
        if out is None:
            common.render("yaml", "data-file", report.document())
        else:
            common.write_output(out, "yaml", "data-file", report.document())
    common.say(f"openscore: imported {len(report.imported)} of {report.records} record(s)"
               + (f" to {out}" if out and report.imported else ""))
    if report.failed or any(p.severity == "error" for p in report.problems):
        raise typer.Exit(EXIT_USAGE)


def register(app: typer.Typer) -> None:
    import_app.command()(mof)
    import_app.command()(eosai)
    app.add_typer(import_app, name="import")
