"""`openscore rate MODEL`: one model's verdict, score and the reason for every grade."""

from __future__ import annotations

from typing import Annotated

import typer

from openscore.cli import common, hub_cmd
from openscore.domain.catalog import SeriesModel
from openscore.i18n import _


@common.reports_errors
def rate(
    model: Annotated[str, typer.Argument(metavar="MODEL", help="Model id, alias or Hugging Face repo id (any case).")],
    rubric: common.RubricOrAllOption = "openscore",
    data: common.DataOption = None,
    source: common.SourceOption = None,
    format: Annotated[str, common.format_option("rate", "rate-all")] = "table",
    sources: Annotated[bool, typer.Option("--sources", help="What every source says, artifact by artifact (≠: they disagree).")] = False,
    hub: Annotated[bool, typer.Option("--hub", help="Also check the entry against its Hugging Face Hub repos; exit 1 where they disagree.")] = False,
    refresh: hub_cmd.RefreshOption = False,
    cache_dir: hub_cmd.CacheDirOption = None,
) -> None:
    """Rate one model: verdict, score, and per criterion the grade, license, evidence and reason.

    `--rubric all` rates it under every installed rubric, side by side. A Hugging Face repo id
    that is not in the data file gets an automatic assessment from Hub evidence alone.
    """
    catalog = common.load_catalog(data, source)
    try:
        entry, automatic = common.find(catalog, model), None
    except SeriesModel as series:  # 通义千问, Qwen, Llama: every release of the series
        from openscore.cli.series import show

        show(catalog, series, rubric, format)
        return
    except common.UnknownModel:
        automatic = hub_cmd.assess(model, refresh, cache_dir)
        if automatic is None:
            raise
        entry = automatic.entry
    if sources and automatic is None:
        from openscore.cli.sources_cmd import side_by_side
        from openscore.formats import names

        shown = names("side-by-side")
        if format not in shown:
            raise common.OpenscoreError(_("--sources shows {formats}; not {format}").format(formats=", ".join(shown), format=format))
        common.render(format, "side-by-side", side_by_side(catalog, entry))
        return
    if rubric.lower() == "all":
        from openscore.rubrics import load_all

        rubrics = load_all()
        cards = [common.score_all([entry], r, None if automatic else catalog)[0] for r in rubrics]
        cards[0] = common.with_variants(catalog, cards[0])  # said once, beside the default rubric
        common.emit("rate-all", format, cards=automatic.label(cards, sources=False) if automatic else cards, rubrics=rubrics)
    else:
        chosen = common.load_rubric(rubric)
        cards = [common.with_variants(catalog, card) for card in common.score_all([entry], chosen, None if automatic else catalog)]
        common.emit("rate", format, chosen, automatic.label(cards) if automatic else cards)
    if hub and automatic is None:
        hub_cmd.check_entry(entry, refresh, cache_dir)


def register(app: typer.Typer) -> None:
    app.command()(rate)
