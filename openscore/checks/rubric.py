"""Rubric rules the schema cannot see: a declared total, verdict rules that never match, the url."""

from __future__ import annotations

import math

from openscore.checks.inputs import RubricInput
from openscore.domain.evidence import HTTP_URL
from openscore.domain.rubric import Condition, Level, Rubric
from openscore.errors import Problem
from openscore.i18n import _


def check(data: RubricInput) -> list[Problem]:
    rubric = data.rubric
    if rubric is None:
        return []
    found = [*_total(data, rubric), *_verdicts(data, rubric)]
    if rubric.url is not None and not HTTP_URL.match(rubric.url):
        found.append(data.source.problem(("url",), _("url must start with http:// or https://")))
    return found


def _total(data: RubricInput, rubric: Rubric) -> list[Problem]:
    """A rubric that declares `total: N` must have criteria weights adding up to N."""
    if rubric.total is None or math.isclose(rubric.max_score, rubric.total):
        return []
    weights = " + ".join(f"{c.weight:g}" for c in rubric.criteria)
    return [data.source.problem(("total",), _("criteria weights add up to {sum} ({weights}), not the declared total {total}").format(
        sum=f"{rubric.max_score:g}", weights=weights, total=f"{rubric.total:g}"))]


def _verdicts(data: RubricInput, rubric: Rubric) -> list[Problem]:
    """First match wins: a rule after one that always matches, or repeating an earlier condition, is dead."""
    found = []
    catch_all = None
    for index, rule in enumerate(rubric.verdicts):
        earlier = next((r for r in rubric.verdicts[:index] if r.when == rule.when), None)
        if catch_all is not None:
            why = _("verdict '{id}' before it always matches").format(id=catch_all)
        elif earlier is not None:
            why = _("verdict '{id}' before it has the same condition").format(id=earlier.id)
        elif constant(rule.when, rubric) is False:
            why = _("its condition is never true")
        else:
            why = None
        if why:
            found.append(data.source.problem(("verdicts", index), _("verdict '{id}' can never match: {why}").format(id=rule.id, why=why)))
        if catch_all is None and constant(rule.when, rubric) is True:
            catch_all = rule.id
    return found


def constant(cond: Condition, rubric: Rubric) -> bool | None:
    """True or False when a condition holds, or fails, for every release whatever its facts; else None."""
    if cond.always is not None:
        return cond.always
    if cond.not_ is not None:
        inner = constant(cond.not_, rubric)
        return None if inner is None else not inner
    if cond.all is not None or cond.any is not None:
        parts = [constant(c, rubric) for c in (cond.all if cond.all is not None else cond.any) or ()]
        decisive, otherwise = (False, True) if cond.all is not None else (True, False)
        if decisive in parts:
            return decisive
        return otherwise if all(p is otherwise for p in parts) else None
    if cond.criterion is not None:
        if cond.at_least is Level.UNKNOWN:
            return False  # the scorer never counts unknown as reached
        if cond.at_least is Level.CLOSED or cond.at_most is Level.OPEN:
            return True
    if cond.score_at_least is not None:
        if cond.score_at_least <= 0:
            return True
        if cond.score_at_least > rubric.out_of:
            return False
    return None
