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
        typer.Argument(metavar="FILE...", help="Data files and rubrics to check (a 'models' key makes a data file). "
                       "Default: the work tree's data and rubrics (else the bundled ones).",
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

    from openscore import resources
    from openscore.checks import runner
    from openscore.checks.inputs import Kind
    from openscore.checks.options import Options
    from openscore.licenses import resolve
    from openscore.rubrics import available, own

    chosen: list[tuple[Path, Kind | None]]
    context: list[Path] = []
    if files:
        chosen = [(path, None) for path in files]
        context = _project_context(files)
        resources.chosen_data = [next((p for p in files if p.name != "licenses.yaml"), files[0])]
    else:
        rubric_files = own() or list(available().values())
        data, origin = resources.data_choice()
        resources.chosen_data = data
        if origin == "bundled":
            common.say(f"openscore: no openscore work tree here (no data/models.yaml or [tool.openscore] in "
                       f"{Path.cwd()} or above); checking the bundled data and rubrics "
                       f"({resources.BUNDLED} is {resources.bundled_base()})")
        own_licenses = [data[0].parent / "licenses.yaml"] if data and (data[0].parent / "licenses.yaml").is_file() else []
        chosen = [*((p, "data") for p in data), *((p, None) for p in own_licenses), *((p, "rubric") for p in rubric_files)]
    outcome = runner.run(chosen, Options(dt.date.today(), max_age or None, resolve), context)
    common.render(format, "findings", outcome)
    if outcome.unusable:
        raise typer.Exit(2)
    if outcome.count("error") or (strict and outcome.count("warning")):
        raise typer.Exit(1)


def _project_context(files: list[Path]) -> list[Path]:
    """When a given file is one of the work tree's data files (a pre-commit hook gives only the changed ones),
    the work tree's other data files, so that names are checked across all of them."""
    from openscore.project import discover

    project = discover()
    if project is None:
        return []
    own = {path.resolve() for path in project.data}
    given = {path.resolve() for path in files}
    if not own & given:
        return []
    return [path for path in project.data if path.resolve() not in given]


def register(app: typer.Typer) -> None:
    app.command()(validate)
