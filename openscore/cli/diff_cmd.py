"""`openscore diff [FILES...] [--base REV]`: the scores and verdicts an edit changes, against a git revision."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from openscore.cli import common


@common.reports_errors
def diff(
    files: Annotated[
        Optional[list[Path]],  # noqa: UP045 - typer needs Optional on Python 3.10
        typer.Argument(metavar="FILE...", help="Data files and rubrics in a git work tree. Default: the work tree's data and rubrics "
                       "(its rubric directory, else every bundled rubric).",
                       show_default=False),
    ] = None,
    base: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--base", metavar="REV", help="Git revision to compare with. Default: the merge base with main (or origin/main), else HEAD.",
        show_default=False)] = None,
    format: Annotated[str, common.format_option("score-diff")] = "table",
) -> None:
    """Show the models whose verdict, score or criteria change between a git revision and the work tree.

    Added, removed and changed models under each rubric, with every criterion that changed. Entries that do not
    validate are left out on both sides, their problems shown, and the exit code is 1.
    """
    from openscore.checks.inputs import kind_of
    from openscore.diff import changes
    from openscore.licenses import resolve_without_hints as resolve  # scoring never shows close matches
    from openscore.resources import data_choice
    from openscore.rubrics import DEFAULT, available, own

    chosen = [(path, kind_of(path)) for path in files or ()]
    data = [p for p, kind in chosen if kind == "data"] or _work_tree_data(data_choice())
    known = own() or [path for name, path in sorted(available().items(), key=lambda item: (item[0] != DEFAULT, item[0]))]
    rubric_files = [p for p, kind in chosen if kind == "rubric"] or sorted(known, key=lambda p: (p.stem != DEFAULT, p.stem))
    found = changes.between(data, rubric_files, base, resolve)
    common.render(format, "score-diff", found)
    for problem in found.problems:
        common.say(f"openscore: {problem}")
    if found.problems:
        raise typer.Exit(1)


def _work_tree_data(choice: tuple[list[Path], str]) -> list[Path]:
    """The default data files, unless they are the installed package's own: those are no edit to show."""
    data, origin = choice
    if origin == "bundled":
        from openscore.errors import OpenscoreError
        from openscore.i18n import _

        raise OpenscoreError(_("no openscore work tree here (no data/models.yaml or [tool.openscore] in {here} or above): "
                               "diff compares the data files of a git work tree; run it inside a clone, or name the files")
                             .format(here=_here()))
    return data


def _here() -> str:
    try:
        return str(Path.cwd())
    except OSError:  # the working directory was removed
        return "."


def register(app: typer.Typer) -> None:
    app.command()(diff)
