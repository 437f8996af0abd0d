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
    if rubric.lower() == "all":  # as `compare --rubric all`: a leaderboard per rubric; machine formats one document
        from openscore.rubrics import load_all

        scored = [(r, common.score_all(entries, r, catalog)) for r in load_all()]
        if fmt in ("table", "markdown"):
            for number, (chosen, cards) in enumerate(scored):
                if number:
                    common.say("", err=False)
                common.emit("list", fmt, chosen, leaderboard(cards))
            return
        pairs = [(r, cards[index]) for index in range(len(entries)) for r, cards in scored]
        common.emit("rate-all", fmt, cards=[c for _, c in pairs], rubrics=[r for r, _ in pairs])
        return
    chosen = common.load_rubric(rubric)
    common.emit("list", fmt, chosen, leaderboard(common.score_all(entries, chosen, catalog)))
