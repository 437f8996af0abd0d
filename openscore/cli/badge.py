"""`openscore badge MODEL --out FILE.svg`: a README badge with the model's score and verdict."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from openscore.cli import common


class BadgeFormat(str, Enum):
    svg = "svg"
    shields = "shields"


@common.reports_errors
def badge(
    model: Annotated[str, typer.Argument(help="Model id, alias or Hugging Face repo id (any case).")],
    rubric: common.RubricOption = "openscore",
    data: common.DataOption = None,
    source: common.SourceOption = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE", help="Write to this file instead of stdout.")] = None,  # noqa: UP045
    format: Annotated[BadgeFormat, typer.Option("--format", "-f", help="svg, or shields.io endpoint JSON.", case_sensitive=False)] = BadgeFormat.svg,
) -> None:
    """Make a badge 'openness | 72 · open-weights', coloured by verdict (SVG or shields.io endpoint JSON)."""
    from openscore.formats import badge as badges

    catalog = common.load_catalog(data, source)
    entry = common.find(catalog, model)
    chosen = common.load_rubric(rubric)
    made = badges.badge(common.score_all([entry], chosen, catalog)[0], chosen)
    text = badges.svg(made) if format is BadgeFormat.svg else badges.shields_json(made)
    if out is None:
        typer.echo(text, nl=False)
        return
    from openscore.cli.report import write_file

    write_file(out, text)


def register(app: typer.Typer) -> None:
    app.command()(badge)
