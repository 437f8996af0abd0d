"""`openscore badge MODEL --out FILE.svg`: a README badge with the model's score and verdict."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from openscore.cli import common


@common.reports_errors
def badge(
    model: Annotated[str, typer.Argument(metavar="MODEL", help="Model id, alias or Hugging Face repo id (any case).")],
    rubric: common.RubricOption = "openscore",
    data: common.DataOption = None,
    source: common.SourceOption = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE", help="Write to this file instead of stdout.")] = None,  # noqa: UP045
    format: Annotated[str, common.format_option("badge", default="svg")] = "svg",
) -> None:
    """Make a badge 'openness | 72 · open-weights', coloured by verdict (SVG or shields.io endpoint JSON)."""
    from openscore.formats import badge as badges

    catalog = common.load_catalog(data, source)
    entry = common.find(catalog, model)
    chosen = common.load_rubric(rubric)
    made = badges.badge(common.score_all([entry], chosen, catalog)[0], chosen)
    if out is None:
        common.render(format, "badge", made)
    else:
        common.write_output(out, format, "badge", made)


def register(app: typer.Typer) -> None:
    app.command()(badge)
