"""`openscore validate [FILES...]`: check data files and rubrics; findings as text, GitHub annotations or JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from openscore.cli import common


@common.reports_errors
def validate(
    files: Annotated[
        Optional[list[Path]],  # noqa: UP045 - typer needs Optional on Python 3.10
        typer.Argument(help="Data files and rubrics to check (a 'models' key makes a data file). Default: the bundled data and rubrics.",
                       show_default=False),
    ] = None,
    format: Annotated[str, common.format_option("findings", default="text")] = "text",
    max_age: Annotated[int, typer.Option("--max-age", min=0, metavar="DAYS",
                                         help="Warn when last_reviewed is older than DAYS; 0 turns the warning off.")] = 365,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
) -> None:
    """Check data files and rubrics: schema, names, licenses, evidence urls, dates, rubric totals and verdict rules.

    Exit 0 when clean (warnings alone too, unless --strict), 1 on findings, 2 when a file cannot be read or parsed.
    """
    import datetime as dt

    from openscore.checks import runner
    from openscore.checks.inputs import Kind
    from openscore.checks.options import Options
    from openscore.licenses import resolve
    from openscore.resources import default_data_files
    from openscore.rubrics import available

    chosen: list[tuple[Path, Kind | None]]
    if files:
        chosen = [(path, None) for path in files]
    else:
        chosen = [*((p, "data") for p in default_data_files()), *((p, "rubric") for p in available().values())]
    outcome = runner.run(chosen, Options(dt.date.today(), max_age or None, resolve))
    common.render(format, "findings", outcome)
    if outcome.unusable:
        raise typer.Exit(2)
    if outcome.count("error") or (strict and outcome.count("warning")):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(validate)
