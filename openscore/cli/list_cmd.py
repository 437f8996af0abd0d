"""`openscore list`: the leaderboard, sorted by score, with filters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
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
    import math

    if min_score is not None and not math.isfinite(min_score):
        raise common.OpenscoreError(_("invalid value for --min-score: '{value}' is not a finite number").format(value=min_score))
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

    if not cards:  # one line saying so, not an empty table; machine formats still get their (empty) document
        unmatched = (org if match is not None and not any(match(e) for e in graded) else None,
                     family if family is not None and not any(e.family == family.lower() for e in graded) else None)
        said = _nothing_matched(graded, (org, family, verdict, min_score), unmatched)
        common.say(_("openscore: {message}").format(message=said))
        if format == "table":
            return
    common.emit("list", format, chosen, leaderboard(cards))


def _nothing_matched(entries: Sequence[ModelEntry], filters: tuple[str | None, str | None, str | None, float | None],
                     unmatched: tuple[str | None, str | None]) -> str:
    """Why `list` shows no model: the filters given, and for an organization or family that matches no model at all,
    the closest names the data has."""
    import difflib

    org, family, verdict, min_score = filters

    shown = [f"--org '{org}'" if org is not None else "", f"--family '{family}'" if family is not None else "",
             f"--verdict {verdict}" if verdict is not None else "", f"--min-score {min_score:g}" if min_score is not None else ""]
    said = _("no model matches {filters}").format(filters=" ".join(s for s in shown if s))
    for wanted, names, option in ((unmatched[0], {e.organization for e in entries}, "org"),
                                  (unmatched[1], {e.family for e in entries}, "family")):
        if wanted is None:
            continue
        close = difflib.get_close_matches(wanted, sorted(names), n=3, cutoff=0.6)
        close += [n for n in sorted(names) if wanted.lower() in n.lower() and n not in close][: 3 - len(close)]
        if close:
            return said + _("; did you mean {names}?").format(names=_(", ").join(f"'{n}'" for n in close))
        if option == "org":
            examples = [name for name, _count in Counter(e.organization for e in entries).most_common(4)]
            return said + _("; organizations are named like {names} (part of a name is enough)").format(
                names=_(", ").join(f"'{n}'" for n in examples))
    return said


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
