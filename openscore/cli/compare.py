"""`openscore compare A B [C ...]`: criteria x models, differences marked."""

from __future__ import annotations

from typing import Annotated

import typer

from openscore.cli import common


@common.reports_errors
def compare(
    models: Annotated[list[str], typer.Argument(help="Two or more model ids, aliases or repo ids.")],
    rubric: common.RubricOption = "openscore",
    data: common.DataOption = None,
    format: Annotated[str, common.format_option("compare")] = "table",
) -> None:
    """Compare models side by side: one row per criterion, totals and verdicts."""
    if len(models) < 2:
        raise common.OpenscoreError("compare needs at least two models")
    catalog = common.load_catalog(data)
    entries = [catalog.find(name) for name in models]
    chosen = common.load_rubric(rubric)
    common.emit("compare", format, chosen, common.score_all(entries, chosen))


def register(app: typer.Typer) -> None:
    app.command()(compare)
