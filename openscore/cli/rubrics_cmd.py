"""`openscore rubrics` and `openscore rubric show NAME`: what is measured and how."""

from __future__ import annotations

from typing import Annotated

import typer

from openscore.cli import common

rubric_app = typer.Typer(help="Inspect one rubric.", no_args_is_help=True)


@common.reports_errors
def rubrics(format: Annotated[str, common.format_option("rubrics")] = "table") -> None:
    """List the installed rubrics."""
    from openscore.rubrics import load_all

    common.emit("rubrics", format, rubrics=load_all())


@common.reports_errors
def show(
    name: Annotated[str, typer.Argument(metavar="NAME|PATH", help="Rubric name or path to a rubric YAML file.")],
    format: Annotated[str, common.format_option("rubric")] = "table",
) -> None:
    """Show a rubric's criteria, weights, license rules, verdicts and tiers."""
    common.emit("rubric", format, common.load_rubric(name))


def register(app: typer.Typer) -> None:
    app.command()(rubrics)
    rubric_app.command()(show)
    app.add_typer(rubric_app, name="rubric")
