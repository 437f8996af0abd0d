"""Pure scoring: entry x rubric -> scorecard, with a reason for every grade."""

from __future__ import annotations

from collections.abc import Iterable

from openscore.domain.artifacts import ArtifactKind, ContentType
from openscore.domain.evidence import ModelEntry
from openscore.domain.licensing import LicenseResolver
from openscore.domain.rubric import RANK, Basis, Combine, Condition, Criterion, Level, Rubric, Substitution, Tier
from openscore.domain.scorecard import (
    ArtifactGrade,
    CriterionResult,
    Scorecard,
    TierProgress,
    Verdict,
)

_AVAILABLE = (Level.OPEN, Level.PARTIAL)
# Scoring runs per entry x criterion x artifact: plain lookups instead of enum calls and `.value` properties.
_LEVEL = {level.value: level for level in Level}
_LABEL = {kind: kind.value.replace("_", " ") for kind in ArtifactKind}
_PHRASE = {Level.OPEN: "released", Level.PARTIAL: "partly released", Level.CLOSED: "not released", Level.UNKNOWN: "not researched yet"}


def score(entry: ModelEntry, rubric: Rubric, resolve: LicenseResolver, automatic: bool = False) -> Scorecard:
    """Grade one entry against one rubric."""
    results = tuple(grade_criterion(entry, criterion, rubric, resolve) for criterion in rubric.criteria)
    total = round(sum(r.points for r in results), 2)
    max_score = rubric.max_score
    levels = {r.id: _LEVEL[r.level] for r in results}
    tiers = tier_progress(rubric.tiers, levels, rubric.substitutions)
    reached = [t.id for t in tiers if t.reached]
    tier = reached[-1] if reached else None
    context = _Context(entry, levels, total, {t.id for t in tiers if t.reached}, resolve)
    verdict = next(
        (Verdict(r.id, r.label, r.description) for r in rubric.verdicts if _holds(r.when, context)),
        None,
    )
    return Scorecard(
        model_id=entry.id,
        model_name=entry.name,
        organization=entry.organization,
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        score=total,
        max_score=max_score,
        percent=round(100 * total / max_score, 1) if max_score else 0.0,
        verdict=verdict,
        tier=tier,
        tiers=tiers,
        criteria=results,
        automatic=automatic,
        notes=tuple(s.note for s in _standing_in(rubric.substitutions, levels) if rubric.tiers),
    )


def grade_criterion(entry: ModelEntry, criterion: Criterion, rubric: Rubric, resolve: LicenseResolver) -> CriterionResult:
    """Grade one criterion: grade each artifact it looks at, then combine."""
    grades = tuple(_grade_artifact(entry, kind, criterion, resolve) for kind in criterion.artifacts)
    points_table = criterion.points or rubric.points
    counted = grades
    if criterion.basis is Basis.LICENSE:  # terms of what is not released do not count
        counted = tuple(g for g in grades if _LEVEL[g.status] in _AVAILABLE)
    if counted:
        level, fraction, deciding = _combine(criterion.combine, counted, points_table)
        reason = _joined(deciding)
    else:
        level = Level.UNKNOWN if all(g.status == Level.UNKNOWN.value for g in grades) else Level.CLOSED
        fraction, deciding = points_table.get(level, 0.0), grades
        reason = "nothing released, so no terms to judge: " + _joined(grades)
    flags = tuple(flag for g in grades for flag in _wrong_type_flag(g, resolve))
    if len(grades) > 1 and criterion.combine is not Combine.MEAN:
        others = [g.kind for g in grades if g not in deciding]
        if others:
            reason += f" (also looked at: {', '.join(others)})"
    return CriterionResult(
        id=criterion.id,
        name=criterion.name,
        level=level.value,
        points=round(fraction * criterion.weight, 2),
        max_points=criterion.weight,
        reason=reason,
        artifacts=grades,
        flags=flags,
    )


def _grade_artifact(entry: ModelEntry, kind: ArtifactKind, criterion: Criterion, resolve: LicenseResolver) -> ArtifactGrade:
    fact = entry.artifact(kind)
    status = fact.status
    license_text, origin = entry.license_for(kind)
    facts = resolve(license_text) if license_text else None
    license_class = facts.license_class._value_ if facts else None
    label = _LABEL[kind]
    level, why = status, _PHRASE[status]
    rule = criterion.license
    if rule is not None and status in _AVAILABLE:
        if facts is None:
            cap, terms = rule.otherwise, "no license stated"
        elif facts.license_class in rule.full:
            cap, terms = Level.OPEN, f"{license_text} ({license_class})"
        elif facts.license_class in rule.partial:
            cap, terms = Level.PARTIAL, f"{license_text} is {license_class}{_restrictions(facts.restrictions)}"
        else:
            cap, terms = rule.otherwise, f"{license_text} is {license_class}"
        if criterion.basis is Basis.LICENSE:
            level = cap
            why += f", {terms}, so {cap._value_}"
        elif RANK[cap] < RANK[status] or cap is Level.UNKNOWN:
            level = cap
            why += f", but {terms}, so {cap._value_}"
        else:
            why += f", {terms}"
    elif license_text and status in _AVAILABLE and origin == "artifact":
        why += f", {license_text}"
    if fact.notes and status is Level.PARTIAL:
        why += f" ({_first_sentence(fact.notes)})"
    return ArtifactGrade(
        kind=kind._value_,
        status=status._value_,
        level=level._value_,
        license=license_text,
        license_class=license_class,
        license_origin=origin,
        url=fact.url,
        reason=f"{label}: {why}",
    )


def _joined(grades: Iterable[ArtifactGrade]) -> str:
    """Artifact reasons, with artifacts that fared alike named together: 'a, b: released, MIT'."""
    groups: dict[str, list[str]] = {}
    for grade in grades:
        label, _, why = grade.reason.partition(": ")
        groups.setdefault(why, []).append(label)
    return "; ".join(f"{', '.join(labels)}: {why}" for why, labels in groups.items())


def _restrictions(restrictions: tuple[str, ...], shown: int = 2) -> str:
    """The first restrictions of a license, and how many more there are."""
    if not restrictions:
        return ""
    more = f", +{len(restrictions) - shown} more" if len(restrictions) > shown else ""
    return f" ({'; '.join(restrictions[:shown])}{more})"


def _first_sentence(notes: str, limit: int = 160) -> str:
    sentence = notes.split(". ")[0].rstrip(".")
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def _combine(
    how: Combine, grades: tuple[ArtifactGrade, ...], points: dict[Level, float]
) -> tuple[Level, float, tuple[ArtifactGrade, ...]]:
    """The criterion level, its fraction of the weight, and the grades that decided it."""
    levels = [_LEVEL[g.level] for g in grades]
    if how is Combine.MEAN:
        fraction = sum(points.get(lv, 0.0) for lv in levels) / len(levels)
        if all(lv is Level.OPEN for lv in levels):
            level = Level.OPEN
        elif fraction == 0:
            level = Level.UNKNOWN if Level.UNKNOWN in levels and Level.CLOSED not in levels else Level.CLOSED
        else:
            level = Level.PARTIAL
        return level, fraction, grades
    if how is Combine.SOME:
        if all(lv is Level.OPEN for lv in levels):
            level = Level.OPEN
        elif any(lv in _AVAILABLE for lv in levels):
            level = Level.PARTIAL
        else:
            level = Level.UNKNOWN if all(lv is Level.UNKNOWN for lv in levels) else Level.CLOSED
        return level, points.get(level, 0.0), grades
    if how is Combine.ANY:
        opened = [g for g, lv in zip(grades, levels, strict=False) if lv is Level.OPEN]
        if opened:
            return Level.OPEN, points.get(Level.OPEN, 1.0), opened[:1]
        level = Level.UNKNOWN if all(lv is Level.UNKNOWN for lv in levels) else Level.CLOSED
        return level, points.get(level, 0.0), grades
    pick = max if how is Combine.BEST else min
    top = pick(RANK[lv] for lv in levels)
    tied = [g for g, lv in zip(grades, levels, strict=False) if RANK[lv] == top]
    if top == 0:
        prefer = Level.UNKNOWN if how is Combine.BEST else Level.CLOSED
        held_back = [g for g in tied if _LEVEL[g.status] in _AVAILABLE]  # released, but its terms fail: the telling reason
        chosen = held_back or [g for g in tied if g.level == prefer.value] or tied
        level = _LEVEL[chosen[0].level]
        return level, points.get(level, 0.0), tuple(chosen[:1])
    level = _LEVEL[tied[0].level]
    return level, points.get(level, 0.0), tuple(tied[:1])


def _wrong_type_flag(grade: ArtifactGrade, resolve: LicenseResolver) -> Iterable[str]:
    """Flag an open license meant for another content type (say, a code license on data)."""
    if not grade.license or grade.level != Level.OPEN.value:
        return ()
    wanted = ArtifactKind(grade.kind).content_type
    meant_for = resolve(grade.license).content_types
    if wanted is ContentType.SERVICE or not meant_for or wanted.value in meant_for:
        return ()
    return (f"{grade.kind}: {grade.license} is a license for {'/'.join(meant_for)}, not {wanted.value}",)


def tier_progress(
    tiers: tuple[Tier, ...], levels: dict[str, Level], substitutions: tuple[Substitution, ...] = ()
) -> tuple[TierProgress, ...]:
    """Progress toward cumulative tiers, lowest first (the MOF method).

    Walk up from the lowest tier to the one asked for, summing required criteria; once the
    met ones fall short of that running total below the tier asked for, its progress is 0.
    A criterion stood in for (see `Substitution`) counts as met.
    """
    standins = {s.criterion: s.by for s in _standing_in(substitutions, levels)}
    results = []
    for index, tier in enumerate(tiers):
        required: list[str] = []
        total = met = 0
        progress = 0.0
        for lower in tiers[: index + 1]:
            required += lower.requires
            total, met = _count(required, levels, standins)
            if met < total and lower is not tier:
                break
        else:
            progress = min(1.0, met / total) if total else 1.0
        cumulative = [c for lower in tiers[: index + 1] for c in lower.requires]
        missing = tuple(c for c in cumulative if levels.get(c) is not Level.OPEN and c not in standins)
        results.append(TierProgress(tier.id, tier.name, round(progress, 4), progress >= 1.0, missing))
    return tuple(results)


def _standing_in(substitutions: tuple[Substitution, ...], levels: dict[str, Level]) -> list[Substitution]:
    """The substitutions that apply: the criterion is not met and the stand-in is."""
    return [s for s in substitutions if levels.get(s.criterion) is not Level.OPEN and levels.get(s.by) is Level.OPEN]


def _count(required: list[str], levels: dict[str, Level], standins: dict[str, str]) -> tuple[int, int]:
    """Required and met criteria; a criterion and its stand-in both required count once."""
    merged = sum(1 for c, by in standins.items() if c in required and by in required)
    met = sum(levels.get(c) is Level.OPEN or c in standins for c in required)
    return len(required) - merged, met - merged


class _Context:
    __slots__ = ("entry", "levels", "resolve", "tiers", "total")

    def __init__(self, entry: ModelEntry, levels: dict[str, Level], total: float, tiers: set[str], resolve: LicenseResolver):
        self.entry, self.levels, self.total, self.tiers, self.resolve = entry, levels, total, tiers, resolve


def _holds(cond: Condition, ctx: _Context) -> bool:
    if cond.always is not None:
        return cond.always
    if cond.all is not None:
        return all(_holds(c, ctx) for c in cond.all)
    if cond.any is not None:
        return any(_holds(c, ctx) for c in cond.any)
    if cond.not_ is not None:
        return not _holds(cond.not_, ctx)
    if cond.criterion is not None:
        rank = RANK[ctx.levels[cond.criterion]]
        if cond.at_least is not None:
            return rank >= RANK[cond.at_least] and cond.at_least is not Level.UNKNOWN
        return rank <= RANK[cond.at_most]
    if cond.artifact is not None:
        fact = ctx.entry.artifact(cond.artifact)
        if cond.status and fact.status not in cond.status:
            return False
        if cond.license_class:
            text, _ = ctx.entry.license_for(cond.artifact)
            return text is not None and ctx.resolve(text).license_class in cond.license_class
        return True
    if cond.score_at_least is not None:
        return ctx.total >= cond.score_at_least
    if cond.tier is not None:
        return cond.tier in ctx.tiers
    return False
