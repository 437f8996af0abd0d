"""Pure scoring: entry x rubric -> scorecard, with a reason for every grade."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from openscore.domain.artifacts import ArtifactKind, ContentType
from openscore.domain.evidence import RELEASED, ModelEntry, ModelType
from openscore.domain.licensing import LicenseClass, LicenseFacts, LicenseResolver
from openscore.domain.rubric import (
    RANK,
    Basis,
    Combine,
    Condition,
    Criterion,
    Group,
    Level,
    LicenseList,
    Rubric,
    Scoring,
    Substitution,
    Tier,
)
from openscore.domain.scorecard import (
    ArtifactGrade,
    ArtifactNote,
    CriterionResult,
    GroupScore,
    Scorecard,
    TierProgress,
    Verdict,
)

_TERMS_KEPT = 4096  # license strings whose verdict under a rule is kept, like the resolver's cache
# Scoring runs per entry x criterion x artifact: plain lookups instead of enum calls and `.value` properties.
_LEVEL = {level.value: level for level in Level}
_LABEL = {kind: kind.value.replace("_", " ") for kind in ArtifactKind}
_PHRASE = {Level.OPEN: "released", Level.PARTIAL: "partly released", Level.CLOSED: "not released", Level.UNKNOWN: "not researched yet"}


def score(entry: ModelEntry, rubric: Rubric, resolve: LicenseResolver, automatic: bool = False) -> Scorecard:
    """Grade one entry against one rubric (to grade many, build one `Scorer` and call it per entry)."""
    return Scorer(rubric, resolve)(entry, automatic)


class Scorer:
    """A rubric made ready to grade many entries: what does not depend on the entry is worked out once."""

    def __init__(self, rubric: Rubric, resolve: LicenseResolver):
        self.rubric = rubric
        self.resolve = resolve
        self._criteria = tuple(_CriterionPlan(criterion, rubric.points, rubric.license_lists) for criterion in rubric.criteria)
        self._max_score = rubric.max_score
        self._verdicts = tuple((Verdict(r.id, r.label, r.description), _compile(r.when)) for r in rubric.verdicts)
        self._mean = rubric.scoring is Scoring.MEAN
        self._types = frozenset(t for c in rubric.criteria for t in c.applies_to)  # the system types the rubric knows
        self._typed = bool(self._types)

    def __call__(self, entry: ModelEntry, automatic: bool = False) -> Scorecard:
        """Grade one entry."""
        rubric = self.rubric
        terms = _Terms(entry, self.resolve)
        types = self._types.intersection(entry.type) if self._typed else set()  # types the rubric does not know: all apply
        results = tuple([plan.grade(entry, terms, types) for plan in self._criteria])
        levels = {r.id: _LEVEL[r.level] for r in results}
        own_levels = _own_readings(self._criteria, results, entry, terms, types)
        weights = sum([r.max_points for r in results])
        if self._mean:
            total = round(sum([r.points for r in results]) / weights, 4) if weights else 0.0
            max_score = 1.0
        else:
            total = round(sum([r.points for r in results]), 2)
            max_score = weights if self._typed else self._max_score
        tiers: tuple[TierProgress, ...] = ()
        reached: list[str] = []
        notes: tuple[str, ...] = ()
        if rubric.tiers:
            tiers = tier_progress(rubric.tiers, levels, rubric.substitutions)
            reached = [t.id for t in tiers if t.reached]
            notes = tuple(s.note for s in _standing_in(rubric.substitutions, levels))
            if own_levels:
                notes += (_own_tier_note(rubric, levels, own_levels, tiers),)
        elif own_levels:
            notes += (f"openscore's own license reading differs on {', '.join(sorted(own_levels))}; the result follows the "
                      "framework's rule (see the flagged criteria)",)
        context = _Context(entry, levels, total, set(reached), terms)
        verdict = next((verdict for verdict, holds in self._verdicts if holds(context)), None)
        percent = round(100 * total / max_score, 1) if max_score else 0.0
        groups = tuple(_group_score(g, results) for g in rubric.groups)
        said = tuple([ArtifactNote(kind._value_, fact.status._value_, fact.notes, fact.url)
                      for kind, fact in entry.artifacts.items() if fact.notes])
        return Scorecard(entry.id, entry.name, entry.organization, rubric.id, rubric.version, total, max_score, percent,
                         verdict, reached[-1] if reached else None, tiers, results, automatic, notes, groups,
                         variant_of=entry.variant_of, model_notes=entry.notes, artifact_notes=said)


def _own_readings(plans: tuple[_CriterionPlan, ...], results: tuple[CriterionResult, ...], entry: ModelEntry,
                  terms: _Terms, types: AbstractSet[ModelType]) -> dict[str, Level]:
    """Where a framework's own license list decides, openscore's own license classes read again; flag each difference.

    Returns the criteria whose level openscore's reading would change, with that level.
    """
    changed: dict[str, Level] = {}
    for plan, result in zip(plans, results, strict=True):
        if plan.ours is None or result.max_points == 0:
            continue
        ours = plan.ours.grade(entry, terms, types)
        if ours.level != result.level:
            changed[result.id] = _LEVEL[ours.level]
            read_as = {text: facts.key for kind, _ in plan.kinds for text, _, facts in (terms(kind),)
                       if text and facts is not None and facts.key != text and entry.artifact(kind).status in RELEASED}
            why = "".join(f"; openscore reads '{text}' as {key}, the framework matches license ids exactly"
                          for text, key in read_as.items())
            result.flags += (f"openscore's own license reading gives {ours.level} ({ours.reason}){why}; the framework's rule "
                             f"({plan.list_name}) gives {result.level}, and the result follows the framework",)
    return changed


def _own_tier_note(rubric: Rubric, levels: dict[str, Level], own: dict[str, Level], tiers: tuple[TierProgress, ...]) -> str:
    """What the tiers would be under openscore's own license reading."""
    mine = tier_progress(rubric.tiers, {**levels, **own}, rubric.substitutions)
    top = next((t.name for t in reversed(mine) if t.reached), "no class")
    shown = ", ".join(f"{t.name.partition(' - ')[0]} {100 * t.progress:.0f}%" for t in mine)
    same = [t.progress for t in mine] == [t.progress for t in tiers]
    return (f"openscore's own license reading differs on {', '.join(sorted(own))}"
            + (" (the class and progress stay the same)" if same else f": it would give {top} ({shown})")
            + "; the result above follows the framework's own rule")


def _group_score(group: Group, results: tuple[CriterionResult, ...]) -> GroupScore:
    """A category's mean: its criteria's points over their weights (criteria that do not apply left out)."""
    members = [r for r in results if r.id in group.criteria]
    weight = sum([r.max_points for r in members])
    mean = round(sum([r.points for r in members]) / weight, 4) if weight else 0.0
    return GroupScore(group.id, group.name, mean, round(100 * mean, 1), tuple(r.id for r in members if r.max_points))


NOT_JUDGED = "the index has not graded this; openscore's reading of the artifacts: "
"""Said before a criterion's reason where the framework takes an index's own grade and the index has none for this model."""


class _Terms:
    """The license that applies to each artifact of one entry, where it came from and its facts: looked up once per entry.

    Which license applies is `ModelEntry.license_for`'s rule, the only one; each license string is resolved once.
    """

    __slots__ = ("_entry", "_facts", "_found", "_resolve")

    def __init__(self, entry: ModelEntry, resolve: LicenseResolver):
        self._entry, self._resolve = entry, resolve
        self._found: dict[ArtifactKind, _Term] = {}
        self._facts: dict[str, LicenseFacts] = {}

    def __call__(self, kind: ArtifactKind) -> _Term:
        found = self._found.get(kind)
        if found is None:
            text, origin = self._entry.license_for(kind)
            if text is None:
                found = (None, origin, None)
            else:
                facts = self._facts.get(text)
                if facts is None:
                    facts = self._facts[text] = self._resolve(text)
                found = (text, origin, facts)
            self._found[kind] = found
        return found

    def wrong_type(self, kind: ArtifactKind) -> str | None:
        """A flag when the license is meant for another content type (say, a code license on data)."""
        text, _, facts = self(kind)
        wanted = kind.content_type
        if facts is None or wanted is ContentType.SERVICE or not facts.content_types or wanted._value_ in facts.content_types:
            return None
        return f"{kind._value_}: {text} is a license for {'/'.join(facts.content_types)}, not {wanted._value_}"


_Term = tuple[str | None, str, LicenseFacts | None]


def _others(kinds: list[str], grades: tuple[ArtifactGrade, ...]) -> str:
    """What the artifacts that did not decide the grade are, in words: 'finetuned weights: not released'."""
    status = {g.kind: g.status for g in grades}
    return "; ".join(f"{kind.replace('_', ' ')}: {_PHRASE[Level(status[kind])]}" for kind in kinds)


class _CriterionPlan:
    """One criterion, with what grading needs read off it once."""

    __slots__ = ("_terms_verdict", "applies_to", "basis_license", "combine", "criterion", "judgement", "kinds", "list_name",
                 "listed", "no_license", "ours", "points", "rule", "weight")

    def __init__(self, criterion: Criterion, default_points: dict[Level, float], lists: dict[str, LicenseList] | None = None):
        self.criterion = criterion
        self.kinds = tuple((kind, _LABEL[kind]) for kind in criterion.artifacts)
        self.rule = criterion.license
        self.basis_license = criterion.basis is Basis.LICENSE
        self.combine = criterion.combine
        self.points = criterion.points or default_points
        self.weight = criterion.weight
        self.judgement = criterion.judgement
        self.applies_to = frozenset(criterion.applies_to)
        self._terms_verdict: dict[str | None, tuple[Level, str]] = {}
        self.listed: frozenset[str] | None = None
        self.no_license: frozenset[str] = frozenset()
        self.list_name = ""
        self.ours: _CriterionPlan | None = None
        if self.rule is not None and self.rule.listed:
            found = (lists or {})[self.rule.listed]
            self.listed, self.no_license, self.list_name = frozenset(found.ids), frozenset(found.none), found.name
            if self.rule.full:  # openscore's own classes: what its own reading would give, shown beside
                mine = criterion.model_copy(update={"license": self.rule.model_copy(update={"listed": None}), "judgement": None})
                self.ours = _CriterionPlan(mine, default_points)

    def _judge_terms(self, text: str | None, facts: LicenseFacts | None) -> tuple[Level, str]:
        """The level the license rule allows for these terms, and why; kept per license string (a small vocabulary)."""
        rule = self.rule
        assert rule is not None
        if self.listed is not None:
            if text is None or text in self.no_license:
                found = rule.otherwise, "no license stated" if text is None else f"{text}: no license"
            elif text in self.listed:
                found = Level.OPEN, f"{text} (on {self.list_name})"
            else:
                found = rule.otherwise, f"{text} is not on {self.list_name}"
        elif facts is None:
            found = rule.otherwise, "no license stated"
        elif facts.license_class in rule.full:
            found = Level.OPEN, f"{text} ({facts.license_class._value_})"
        elif facts.license_class in rule.partial:
            found = Level.PARTIAL, f"{text} is {facts.license_class._value_}{_restrictions(facts.restrictions)}"
        else:
            found = rule.otherwise, f"{text} is {facts.license_class._value_}"
        if len(self._terms_verdict) < _TERMS_KEPT:
            self._terms_verdict[text] = found
        return found

    def grade(self, entry: ModelEntry, terms: _Terms, types: AbstractSet[ModelType] = frozenset()) -> CriterionResult:
        """Grade each artifact the criterion looks at, then combine; a source's judgement, where the criterion takes one, decides."""
        criterion = self.criterion
        if self.applies_to and types and not (types & self.applies_to):
            shown = "/".join(sorted(t.value for t in types))
            return CriterionResult(criterion.id, criterion.name, "unknown", 0.0, 0.0,
                                   f"not assessed for {shown} systems (the framework applies it to "
                                   f"{', '.join(sorted(t.value for t in self.applies_to))})", ())
        result = self._from_artifacts(entry, terms)
        if self.judgement is None:
            return result
        judged = entry.judgements.get(self.judgement)
        if judged is None:
            result.reason = f"{NOT_JUDGED}{result.reason}"
            return result
        level = judged.status
        reason = f"judged {level._value_} by {judged.by}"
        if judged.notes:
            reason += f" ({_first_sentence(judged.notes)})"
        flags = result.flags
        if level._value_ != result.level:
            flags += (f"openscore's own reading from the artifacts gives {result.level} ({result.reason}); "
                      f"the grade follows {judged.by}",)
        return CriterionResult(criterion.id, criterion.name, level._value_, round(self.points.get(level, 0.0) * self.weight, 2),
                               self.weight, reason, result.artifacts, flags)

    def _from_artifacts(self, entry: ModelEntry, terms: _Terms) -> CriterionResult:
        grades = tuple([self._grade_artifact(entry, kind, label, terms) for kind, label in self.kinds])
        counted = grades
        if self.basis_license:  # terms of what is not released do not count
            counted = tuple([g for g in grades if g.status in RELEASED])
        if counted:
            level, fraction, deciding = _combine(self.combine, counted, self.points)
            reason = _joined(deciding)
        else:
            level = Level.UNKNOWN if all(g.status == "unknown" for g in grades) else Level.CLOSED
            fraction, deciding = self.points.get(level, 0.0), grades
            reason = "nothing released, so no terms to judge: " + _joined(grades)
        flags: tuple[str, ...] = ()
        for (kind, _), grade in zip(self.kinds, grades, strict=True):
            if grade.level == "open" and grade.license and (flag := terms.wrong_type(kind)):
                flags += (flag,)
        if self.combine is not Combine.MEAN and len(deciding) < len(grades):
            if len(deciding) == 1:
                others = [g.kind for g in grades if g is not deciding[0]]
            else:
                others = [g.kind for g in grades if all(g is not d for d in deciding)]
            reason += f" ({_others(others, grades)})"
        criterion = self.criterion
        return CriterionResult(criterion.id, criterion.name, level._value_, round(fraction * self.weight, 2), self.weight,
                               reason, grades, flags)

    def _grade_artifact(self, entry: ModelEntry, kind: ArtifactKind, label: str, terms: _Terms) -> ArtifactGrade:
        fact = entry.artifact(kind)
        status = fact.status
        license_text, origin, facts = terms(kind)
        license_class = facts.license_class._value_ if facts else None
        if status not in RELEASED:  # not released: nothing else to judge
            return ArtifactGrade(kind._value_, status._value_, status._value_, license_text, license_class, origin, fact.url,
                                 f"{label}: {_PHRASE[status]}")
        level, why = status, _PHRASE[status]
        rule = self.rule
        if rule is not None:
            cap, said = self._terms_verdict.get(license_text) or self._judge_terms(license_text, facts)
            if self.basis_license:
                level = cap
                why = f"{why}, {said}, so {cap._value_}"
            elif RANK[cap] < RANK[status] or cap is Level.UNKNOWN:
                level = cap
                why = f"{why}, but {said}, so {cap._value_}"
            else:
                why = f"{why}, {said}"
        elif license_text and origin == "artifact":
            why = f"{why}, {license_text}"
        if status is Level.PARTIAL and fact.notes:
            why = f"{why} ({_first_sentence(fact.notes)})"
        return ArtifactGrade(kind._value_, status._value_, level._value_, license_text, license_class, origin, fact.url, f"{label}: {why}")


def _joined(grades: tuple[ArtifactGrade, ...]) -> str:
    """Artifact reasons, with artifacts that fared alike named together: 'a, b: released, MIT'."""
    if len(grades) == 1:
        return grades[0].reason
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
    sentence = notes.partition(". ")[0].rstrip(".")
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def _combine(
    how: Combine, grades: tuple[ArtifactGrade, ...], points: dict[Level, float]
) -> tuple[Level, float, tuple[ArtifactGrade, ...]]:
    """The criterion level, its fraction of the weight, and the grades that decided it."""
    levels = [_LEVEL[g.level] for g in grades]
    if how is Combine.MEAN:
        fraction = sum([points.get(lv, 0.0) for lv in levels]) / len(levels)
        if levels.count(Level.OPEN) == len(levels):
            level = Level.OPEN
        elif fraction == 0:
            level = Level.UNKNOWN if Level.UNKNOWN in levels and Level.CLOSED not in levels else Level.CLOSED
        else:
            level = Level.PARTIAL
        return level, fraction, grades
    if how is Combine.SOME:
        if levels.count(Level.OPEN) == len(levels):
            level = Level.OPEN
        elif Level.OPEN in levels or Level.PARTIAL in levels:
            level = Level.PARTIAL
        else:
            level = Level.UNKNOWN if levels.count(Level.UNKNOWN) == len(levels) else Level.CLOSED
        return level, points.get(level, 0.0), grades
    if how is Combine.ANY:
        if Level.OPEN in levels:
            return Level.OPEN, points.get(Level.OPEN, 1.0), (grades[levels.index(Level.OPEN)],)
        level = Level.UNKNOWN if levels.count(Level.UNKNOWN) == len(levels) else Level.CLOSED
        return level, points.get(level, 0.0), grades
    if len(grades) == 1:
        return levels[0], points.get(levels[0], 0.0), grades
    ranks = [RANK[lv] for lv in levels]
    top = max(ranks) if how is Combine.BEST else min(ranks)
    tied = [g for g, rank in zip(grades, ranks, strict=True) if rank == top]
    if top == 0:
        prefer = "unknown" if how is Combine.BEST else "closed"
        held_back = [g for g in tied if g.status in RELEASED]  # released, but its terms fail: the telling reason
        tied = held_back or [g for g in tied if g.level == prefer] or tied
    level = _LEVEL[tied[0].level]
    return level, points.get(level, 0.0), (tied[0],)


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
    __slots__ = ("entry", "levels", "terms", "tiers", "total")

    def __init__(self, entry: ModelEntry, levels: dict[str, Level], total: float, tiers: set[str], terms: _Terms):
        self.entry, self.levels, self.total, self.tiers, self.terms = entry, levels, total, tiers, terms


Test = Callable[[_Context], bool]


def _compile(cond: Condition) -> Test:
    """A verdict condition as a function of the scoring context, so the rubric's structure is walked once, not per entry."""
    if cond.always is not None:
        always = cond.always
        return lambda ctx: always
    if cond.all is not None:
        parts = tuple(_compile(c) for c in cond.all)
        return lambda ctx: all(part(ctx) for part in parts)
    if cond.any is not None:
        parts = tuple(_compile(c) for c in cond.any)
        return lambda ctx: any(part(ctx) for part in parts)
    if cond.not_ is not None:
        inner = _compile(cond.not_)
        return lambda ctx: not inner(ctx)
    if cond.criterion is not None:
        criterion = cond.criterion
        if cond.at_least is not None:
            if cond.at_least is Level.UNKNOWN:
                return lambda ctx: False
            floor = RANK[cond.at_least]
            return lambda ctx: RANK[ctx.levels[criterion]] >= floor
        assert cond.at_most is not None  # the rubric's validator: a criterion condition has one of the two
        ceiling = RANK[cond.at_most]
        return lambda ctx: RANK[ctx.levels[criterion]] <= ceiling
    if cond.artifact is not None:
        return _artifact_test(cond.artifact, cond.status, cond.license_class)
    if cond.score_at_least is not None:
        least = cond.score_at_least
        return lambda ctx: ctx.total >= least
    if cond.tier is not None:
        tier = cond.tier
        return lambda ctx: tier in ctx.tiers
    return lambda ctx: False


def _artifact_test(kind: ArtifactKind, status: tuple[Level, ...] | None, classes: tuple[LicenseClass, ...] | None) -> Test:
    def test(ctx: _Context) -> bool:
        if status and ctx.entry.artifact(kind).status not in status:
            return False
        if classes:
            facts = ctx.terms(kind)[2]
            return facts is not None and facts.license_class in classes
        return True

    return test
