"""`openscore report --html OUT.html`: the leaderboard as one self-contained web page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from openscore.cli import common


@common.reports_errors
def report(
    html: Annotated[Path, typer.Option("--html", help="Write the page to this file.", metavar="OUT.html", show_default=False)],
    rubric: Annotated[
        Optional[list[str]],  # noqa: UP045 - typer needs Optional on Python 3.10
        typer.Option("--rubric", "-r", metavar="NAME|PATH|all", show_default=False,
                     help="Rubric name or file, repeatable (a section each); `all`: every installed rubric. [default: openscore]"),
    ] = None,
    data: common.DataOption = None,
    source: common.SourceOption = None,
) -> None:
    """Write a static leaderboard page: a coloured cell per criterion linking to its evidence, sortable and filterable."""
    from openscore.domain.scorecard import leaderboard
    from openscore.formats.html import Board
    from openscore.formats.interface import Leaderboard
    from openscore.rubrics import load_all

    chosen: dict[str, common.Rubric] = {}
    for name in rubric or ["openscore"]:
        for loaded in load_all() if name == "all" else [common.load_rubric(name)]:
            chosen.setdefault(loaded.id, loaded)
    catalog = common.load_catalog(data, source)
    entries = catalog.entries
    boards = [Board(r, leaderboard(common.score_all(entries, r, catalog))) for r in chosen.values()]
    common.write_output(html, "html", "leaderboard", Leaderboard(boards, max((e.last_reviewed for e in entries), default=None)))
    common.say(f"openscore: wrote {html}: {len(entries)} model(s) under {', '.join(chosen)}")


def register(app: typer.Typer) -> None:
    app.command()(report)
