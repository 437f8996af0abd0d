"""`openscore rate SERIES`: a name of a whole series (通义千问, Qwen, Llama) rates every release of it, as a leaderboard.

Someone who types a series' name asks how open the series is: the answer is each release's verdict and
score side by side, highest first, with the newest release named as the one to rate on its own. A name
of several unrelated things stays an error listing them (exit 2).
"""

from __future__ import annotations

from openscore.cli import common
from openscore.domain.catalog import SeriesModel
from openscore.i18n import _, ngettext


def show(catalog: common.SourceCatalog, series: SeriesModel, rubric: str, fmt: str) -> None:
    """The series' releases rated under `rubric` (`all`: every installed rubric), a line on stderr saying so."""
    from openscore.domain.scorecard import leaderboard

    entries = [catalog.find(member) for member in series.candidates]
    newest = max(entries, key=lambda e: (e.released is not None, e.released or 0, e.id))
    n = len(entries)
    said = ngettext("'{query}' names the whole {family} series ({n} release), listed below; rate one on its own with "
                    "`openscore rate {id}` (the newest)",
                    "'{query}' names the whole {family} series ({n} releases), listed below; rate one on its own with "
                    "`openscore rate {id}` (the newest)", n).format(query=series.query, family=series.family, n=n, id=newest.id)
    if series.record:
        source = series.record.partition(":")[0]
        said += _("; the {source} record of the series: `openscore rate {record}`").format(source=source, record=series.record)
    common.say(_("openscore: {message}").format(message=said))
    if rubric.lower() == "all":
        from openscore.rubrics import load_all

        rubrics = load_all()
        cards = [card for r in rubrics for card in leaderboard(common.score_all(entries, r, catalog))]
        common.emit("rate-all", fmt, cards=cards, rubrics=[r for r in rubrics for _ in entries])
        return
    chosen = common.load_rubric(rubric)
    common.emit("list", fmt, chosen, leaderboard(common.score_all(entries, chosen, catalog)))
