"""`openscore rate MODEL`: one model's verdict, score and the reason for every grade."""

from __future__ import annotations

from typing import Annotated

import typer

from openscore.cli import common


@common.reports_errors
def rate(
    model: Annotated[str, typer.Argument(help="Model id, alias or Hugging Face repo id (any case).")],
    rubric: common.RubricOption = "openscore",
    data: common.DataOption = None,
    format: common.FormatOption = common.OutputFormat.table,
) -> None:
    """Rate one model: verdict, score, and per criterion the grade, license, evidence and reason."""
    catalog = common.load_catalog(data)
    entry = catalog.find(model)
    chosen = common.load_rubric(rubric)
    common.emit("rate", format, chosen, common.score_all([entry], chosen))


def register(app: typer.Typer) -> None:
    app.command()(rate)
