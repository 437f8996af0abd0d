"""`openscore list`: the leaderboard, sorted by score, with filters."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from openscore.cli import common


@common.reports_errors
def list_models(
    org: Annotated[Optional[str], typer.Option(help="Only models of this organization (case-insensitive).")] = None,  # noqa: UP045
    family: Annotated[Optional[str], typer.Option(help="Only models of this family.")] = None,  # noqa: UP045
    verdict: Annotated[Optional[str], typer.Option(help="Only models with this verdict id, e.g. open-weights.")] = None,  # noqa: UP045
    min_score: Annotated[Optional[float], typer.Option("--min-score", help="Only models scoring at least this.")] = None,  # noqa: UP045
    rubric: common.RubricOption = "openscore",
    data: common.DataOption = None,
    format: Annotated[str, common.format_option("list")] = "table",
) -> None:
    """List every model as a leaderboard, highest score first."""
    catalog = common.load_catalog(data)
    chosen = common.load_rubric(rubric)
    if verdict and verdict not in {v.id for v in chosen.verdicts}:
        known = ", ".join(v.id for v in chosen.verdicts)
        raise common.OpenscoreError(f"no verdict '{verdict}' in rubric {chosen.id}; known: {known}")
    entries = [
        e for e in catalog.entries
        if (org is None or e.organization.lower() == org.lower()) and (family is None or e.family == family.lower())
    ]
    cards = [
        c for c in common.score_all(entries, chosen)
        if (verdict is None or (c.verdict and c.verdict.id == verdict)) and (min_score is None or c.score >= min_score)
    ]
    from openscore.domain.scorecard import leaderboard

    common.emit("list", format, chosen, leaderboard(cards))


def register(app: typer.Typer) -> None:
    app.command("list")(list_models)
