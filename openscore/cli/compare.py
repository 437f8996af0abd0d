"""`openscore compare A B [C ...]`: criteria x models, differences marked."""

from __future__ import annotations

from typing import Annotated

import typer

from openscore.cli import common
from openscore.i18n import _


@common.reports_errors
def compare(
    models: Annotated[list[str], typer.Argument(metavar="MODEL...", help="Two or more model ids, aliases or repo ids.")],
    rubric: common.RubricOrAllOption = "openscore",
    data: common.DataOption = None,
    source: common.SourceOption = None,
    format: Annotated[str, common.format_option("compare", "rate-all")] = "table",
) -> None:
    """Compare models side by side: one row per criterion, totals and verdicts."""
    if len(models) < 2:
        raise common.OpenscoreError(_("compare needs at least two models"))
    catalog = common.load_catalog(data, source)
    entries = [common.find(catalog, name) for name in models]
    if rubric.lower() == "all":  # as `rate --rubric all`: a table per rubric; machine formats get one document
        from openscore.rubrics import load_all

        rubrics = load_all()
        scored = [(r, common.score_all(entries, r)) for r in rubrics]
        if format in ("table", "markdown"):
            for number, (chosen, cards) in enumerate(scored):
                if number:
                    typer.echo()
                common.emit("compare", format, chosen, cards)
        else:
            pairs = [(r, card) for index in range(len(entries)) for r, cards in scored for card in cards[index:index + 1]]
            common.emit("rate-all", format, cards=[c for _, c in pairs], rubrics=[r for r, _ in pairs])
        return
    chosen = common.load_rubric(rubric)
    common.emit("compare", format, chosen, common.score_all(entries, chosen, catalog))


def register(app: typer.Typer) -> None:
    app.command()(compare)
