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
    every_language: Annotated[bool, typer.Option(
        "--every-language", help="Also write the page in every other language (OUT.zh.html beside OUT.html), "
                                 "each with a link to the others.")] = False,
) -> None:
    """Write a static leaderboard page: a coloured cell per criterion linking to its evidence, sortable and filterable."""
    from openscore import i18n

    chosen = i18n.current()
    languages = i18n.LANGUAGES if every_language else (chosen,)
    paths = {lang: language_path(html, lang) if every_language else html for lang in languages}
    try:
        for lang, path in paths.items():
            i18n.set_language(lang)
            switch = [(LANGUAGE_NAMES[other], paths[other].name, other == lang) for other in languages] if every_language else []
            models, rubrics = _write(path, rubric, data, source, switch)
            i18n.set_language(chosen)
            common.say(i18n._("openscore: wrote {path}: {n} model(s) under {rubrics}").format(path=path, n=models, rubrics=", ".join(rubrics)))
    finally:
        i18n.set_language(chosen)


LANGUAGE_NAMES = {"en": "English", "zh": "中文"}


def language_path(path: Path, language: str) -> Path:
    """Where the page in `language` goes: OUT.html for English, OUT.zh.html for Chinese."""
    return path if language == "en" else path.with_name(f"{path.stem}.{language}{path.suffix or '.html'}")


def _write(path: Path, rubric: list[str] | None, data: list[Path] | None, source: list[str] | None,
           switch: list[tuple[str, str, bool]]) -> tuple[int, list[str]]:
    """Write the page in the run's language; how many models it shows, under which rubrics."""
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
    common.write_output(path, "html", "leaderboard", Leaderboard(boards, max((e.last_reviewed for e in entries), default=None), switch))
    return len(entries), list(chosen)


def register(app: typer.Typer) -> None:
    app.command()(report)
