"""`openscore list`: the leaderboard, sorted by score, with filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Optional

import typer

from openscore.cli import common
from openscore.domain.evidence import ModelEntry
from openscore.i18n import _


@common.reports_errors
def list_models(
    org: Annotated[Optional[str], typer.Option(  # noqa: UP045
        metavar="ORG", help="Only models of this organization: part of its name or a usual alias, any case (alibaba, \"Zhipu AI\", ai2).")] = None,
    family: Annotated[Optional[str], typer.Option(metavar="FAMILY", help="Only models of this family.")] = None,  # noqa: UP045
    verdict: Annotated[Optional[str], typer.Option(  # noqa: UP045
        metavar="VERDICT", help="Only models with this verdict: its id or the label the table shows (open-weights, \"open weights\").")] = None,
    min_score: Annotated[Optional[float], typer.Option("--min-score", metavar="SCORE", help="Only models scoring at least this.")] = None,  # noqa: UP045
    rubric: common.RubricOption = "openscore",
    data: common.DataOption = None,
    source: common.SourceOption = None,
    format: Annotated[str, common.format_option("list")] = "table",
    variants: Annotated[bool, typer.Option("--variants", help="Also list each family's variants (sizes, checkpoints) on their own rows.")] = False,
) -> None:
    """List every model as a leaderboard, highest score first (families; `--variants` adds their variants)."""
    catalog = common.load_catalog(data, source)
    chosen = common.load_rubric(rubric)
    if verdict is not None:
        verdict = _verdict_id(verdict, chosen)
    match = _org_matcher(org) if org is not None else None
    graded = catalog.entries + catalog.variants if variants else catalog.entries
    entries = [e for e in graded if (match is None or match(e)) and (family is None or e.family == family.lower())]
    cards = [
        c for c in common.score_all(entries, chosen, catalog)
        if (verdict is None or (c.verdict and c.verdict.id == verdict)) and (min_score is None or c.score >= min_score)
    ]
    from openscore.domain.scorecard import leaderboard

    common.emit("list", format, chosen, leaderboard(cards))


def _verdict_id(wanted: str, rubric: common.Rubric) -> str:
    """The id of the verdict named by its id or its label, any case, spaces or hyphens."""
    from openscore.domain.organizations import normal

    for rule in rubric.verdicts:
        if normal(wanted) in (normal(rule.id), normal(rule.label)):
            return rule.id
    known = ", ".join(f"{v.id} ({v.label})" if normal(v.label) != normal(v.id) else v.id for v in rubric.verdicts)
    raise common.OpenscoreError(_("no verdict '{verdict}' in rubric {rubric}; known: {known}").format(verdict=wanted, rubric=rubric.id, known=known))


def _org_matcher(org: str) -> Callable[[ModelEntry], bool]:
    """Whether an entry is of the organization `org` names (see openscore/organizations.yaml for the aliases)."""
    from pathlib import Path

    from openscore.domain.organizations import matcher, matches, normal
    from openscore.yamlio import load

    table, _ = load((Path(__file__).parents[1] / "organizations.yaml").read_bytes(), "organizations.yaml")
    aliases = {normal(str(name)): [str(w) for w in words] for name, words in (table or {}).items()}
    words = matcher(org, aliases)
    return lambda entry: matches(entry, words)


def register(app: typer.Typer) -> None:
    app.command("list")(list_models)
