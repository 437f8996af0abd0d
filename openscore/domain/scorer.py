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
Translate = Callable[[str], str]


class _Words:
    """The scorer's phrases and templates in the language of the translation function given (English without one).

    The English texts are marked for the catalog in openscore/words.py; translated once per Scorer, not per grade.
    """

    def __init__(self, tr: Translate | None):
        t = tr or (lambda text: text)
        self.english = tr is None  # notes from data are shown as written only in English (the CLI localizes entries)
        self.tr = tr
        self.phrase = {level: t(text) for level, text in _PHRASE.items()}
        self.level = {level: t(level._value_) for level in Level}
        self.level_name = {level._value_: t(level._value_) for level in Level}
        self.label = {kind: t(label) for kind, label in _LABEL.items()}
        self.base_weights = t("base weights")  # "weights" beside "finetuned weights": the pretrained ones
        self.license_class = {c._value_: t(c._value_) for c in LicenseClass}
        self.no_license = t("no license stated")
        self.no_license_named = t("{license}: no license")
        self.unrecognised = t("license '{license}' is not recognised")
        self.listed = t("{license} (on {list})")
        self.not_listed = t("{license} is not on {list}")
        self.open_terms = t("{license} ({license_class})")
        self.is_class = t("{license} is {license_class}{restrictions}")
        self.capped_license = t("{why}, {said}, so {level}")
        self.capped = t("{why}, but {said}, so {level}")
        self.with_terms = t("{why}, {said}")
        self.with_license = t("{why}, {license}")
        self.with_note = t("{why} ({note})")
        self.kinds = t("{kinds}: {why}")
        self.colon = self.kinds.replace("{kinds}", "\0").replace("{why}", "\0").split("\0")[1]
        self.nothing = t("nothing released, so no terms to judge: {reasons}")
        self.others = t(" ({others})")
        self.restrictions = t(" ({restrictions})")
        self.restrictions_more = t(" ({restrictions}, +{more} more)")
        self.wrong_type = t("{kind}: {license} is a license for {types}, not {wanted}")
        self.content_type = {c._value_: t(c._value_) for c in ContentType}  # "code/model", 代码/模型
        self.not_assessed = t("not assessed for {types} systems (the framework applies it to {applies})")
        self.no_judgement = t("the index has not graded this; openscore's reading of the artifacts: {reason}")
        self.judged = t("judged {level} by {by}")
        self.judged_differs = t("openscore's own reading from the artifacts gives {level} ({reason}); the grade follows {by}")
        self.own_differs = t("openscore's own license reading differs on {criteria}; the result follows the framework's rule "
                             "(see the flagged criteria)")
        self.read_as = t("; openscore reads '{license}' as {key}, the framework matches license ids exactly")
        self.own_flag = t("openscore's own license reading gives {level} ({reason}){why}; the framework's rule ({list}) "
                          "gives {framework}, and the result follows the framework")
        self.no_class = t("no class")
        self.own_tiers = t("openscore's own license reading differs on {criteria}{outcome}; the result above follows the "
                           "framework's own rule")
        self.own_tiers_same = t(" (the class and progress stay the same)")
        self.own_tiers_would = t(": it would give {top} ({shown})")
        self.comma = t(", ")
        self.semicolon = t("; ")


_ENGLISH = _Words(None)


def score(entry: ModelEntry, rubric: Rubric, resolve: LicenseResolver, automatic: bool = False) -> Scorecard:
    """Grade one entry against one rubric (to grade many, build one `Scorer` and call it per entry)."""
    return Scorer(rubric, resolve)(entry, automatic)


class Scorer:
    """A rubric made ready to grade many entries: what does not depend on the entry is worked out once.

    `tr` says the reasons in another language (the CLI hands in `i18n.translate`); without it they are English.
    """

    def __init__(self, rubric: Rubric, resolve: LicenseResolver, tr: Translate | None = None):
        self.rubric = rubric
        self.resolve = resolve
        self.words = words = _Words(tr) if tr is not None else _ENGLISH
        self._criteria = tuple(_CriterionPlan(criterion, rubric.points, rubric.license_lists, words) for criterion in rubric.criteria)
        self._max_score = rubric.max_score
        self._verdicts = tuple((Verdict(r.id, r.label, r.description), _compile(r.when)) for r in rubric.verdicts)
        self._mean = rubric.scoring is Scoring.MEAN
        self._types = frozenset(t for c in rubric.criteria for t in c.applies_to)  # the system types the rubric knows
        self._typed = bool(self._types)

    def __call__(self, entry: ModelEntry, automatic: bool = False) -> Scorecard:
        """Grade one entry."""
        rubric = self.rubric
        terms = _Terms(entry, self.resolve, self.words)
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
                notes += (_own_tier_note(rubric, levels, own_levels, tiers, self.words),)
        elif own_levels:
            notes += (self.words.own_differs.format(criteria=self.words.comma.join(sorted(own_levels))),)
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
            w = plan.words
            why = "".join(w.read_as.format(license=text, key=key) for text, key in read_as.items())
            result.flags += (w.own_flag.format(level=w.level_name[ours.level], reason=ours.reason, why=why, list=plan.list_name,
                                               framework=w.level_name[result.level]),)
    return changed


def _own_tier_note(rubric: Rubric, levels: dict[str, Level], own: dict[str, Level], tiers: tuple[TierProgress, ...],
                   w: _Words = _ENGLISH) -> str:
    """What the tiers would be under openscore's own license reading."""
    mine = tier_progress(rubric.tiers, {**levels, **own}, rubric.substitutions)
    top = next((t.name for t in reversed(mine) if t.reached), w.no_class)
    shown = w.comma.join(f"{t.name.partition(' - ')[0]} {100 * t.progress:.0f}%" for t in mine)
    same = [t.progress for t in mine] == [t.progress for t in tiers]
    outcome = w.own_tiers_same if same else w.own_tiers_would.format(top=top, shown=shown)
    return w.own_tiers.format(criteria=w.comma.join(sorted(own)), outcome=outcome)


def _group_score(group: Group, results: tuple[CriterionResult, ...]) -> GroupScore:
    """A category's mean: its criteria's points over their weights (criteria that do not apply left out)."""
    members = [r for r in results if r.id in group.criteria]
    weight = sum([r.max_points for r in members])
    mean = round(sum([r.points for r in members]) / weight, 4) if weight else 0.0
    return GroupScore(group.id, group.name, mean, round(100 * mean, 1), tuple(r.id for r in members if r.max_points))


class _Terms:
    """The license that applies to each artifact of one entry, where it came from and its facts: looked up once per entry.

    Which license applies is `ModelEntry.license_for`'s rule, the only one; each license string is resolved once.
    """

    __slots__ = ("_entry", "_facts", "_found", "_resolve", "_words")

    def __init__(self, entry: ModelEntry, resolve: LicenseResolver, words: _Words = _ENGLISH):
        self._entry, self._resolve, self._words = entry, resolve, words
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
        w = self._words
        return w.wrong_type.format(kind=kind._value_ if w.english else w.label[kind], license=text,
                                   types="/".join(w.content_type.get(t, t) for t in facts.content_types),
                                   wanted=w.content_type[wanted._value_])


_Term = tuple[str | None, str, LicenseFacts | None]
_DISTRIBUTION = "release distribution license"  # ModelEntry.license_for's origin for the fallback


def _others(kinds: list[str], grades: tuple[ArtifactGrade, ...], w: _Words = _ENGLISH) -> str:
    """What the artifacts that did not decide the grade are, in words: 'finetuned weights: not released'."""
    status = {g.kind: g.status for g in grades}
    present = tuple(ArtifactKind(kind) for kind in status)
    return w.semicolon.join([w.kinds.format(kinds=_label(ArtifactKind(kind), present, w), why=w.phrase[Level(status[kind])])
                             for kind in kinds])


def _label(kind: ArtifactKind, present: tuple[ArtifactKind, ...], w: _Words) -> str:
    """An artifact's word in a reason; weights graded beside finetuned weights are the base weights."""
    if kind is ArtifactKind.WEIGHTS and ArtifactKind.FINETUNED_WEIGHTS in present:
        return w.base_weights
    return w.label[kind]


class _CriterionPlan:
    """One criterion, with what grading needs read off it once."""

    __slots__ = ("_terms_verdict", "applies_to", "basis_license", "combine", "criterion", "judgement", "kinds", "list_name",
                 "listed", "no_license", "ours", "points", "rule", "weight", "words")

    def __init__(self, criterion: Criterion, default_points: dict[Level, float], lists: dict[str, LicenseList] | None = None,
                 words: _Words = _ENGLISH):
        self.criterion = criterion
        self.words = words
        self.kinds = tuple((kind, _label(kind, tuple(criterion.artifacts), words)) for kind in criterion.artifacts)
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
                self.ours = _CriterionPlan(mine, default_points, words=words)

    def _judge_terms(self, text: str | None, facts: LicenseFacts | None) -> tuple[Level, str]:
        """The level the license rule allows for these terms, and why; kept per license string (a small vocabulary)."""
        rule, w = self.rule, self.words
        assert rule is not None
        if self.listed is not None:
            if text is None or text.strip().lower() in _NO_LICENSE:
                found = rule.otherwise, w.no_license
            elif text in self.no_license:
                found = rule.otherwise, w.no_license_named.format(license=text)
            elif text in self.listed:
                found = Level.OPEN, w.listed.format(license=text, list=self.list_name)
            else:
                found = rule.otherwise, w.not_listed.format(license=text, list=self.list_name)
        elif facts is None:
            found = rule.otherwise, w.no_license
        else:
            name = w.license_class.get(facts.license_class._value_, facts.license_class._value_)
            if facts.license_class in rule.full:
                found = Level.OPEN, w.open_terms.format(license=text, license_class=name)
            elif facts.license_class in rule.partial:
                found = Level.PARTIAL, w.is_class.format(license=text, license_class=name,
                                                         restrictions=_restrictions(facts.restrictions, w))
            elif facts.license_class is LicenseClass.UNKNOWN:  # a sentence of its own, not "none is unknown"
                stated = text is not None and text.strip().lower() not in _NO_LICENSE
                found = rule.otherwise, w.unrecognised.format(license=text) if stated else w.no_license
            else:
                found = rule.otherwise, w.is_class.format(license=text, license_class=name, restrictions="")
        if len(self._terms_verdict) < _TERMS_KEPT:
            self._terms_verdict[text] = found
        return found

    def grade(self, entry: ModelEntry, terms: _Terms, types: AbstractSet[ModelType] = frozenset()) -> CriterionResult:
        """Grade each artifact the criterion looks at, then combine; a source's judgement, where the criterion takes one, decides."""
        criterion, w = self.criterion, self.words
        if self.applies_to and types and not (types & self.applies_to):
            shown = "/".join(sorted(t.value for t in types))
            return CriterionResult(criterion.id, criterion.name, "unknown", 0.0, 0.0, w.not_assessed.format(
                types=shown, applies=w.comma.join(sorted(t.value for t in self.applies_to))), ())
        result = self._from_artifacts(entry, terms)
        if self.judgement is None:
            return result
        judged = entry.judgements.get(self.judgement)
        if judged is None:
            result.reason = w.no_judgement.format(reason=result.reason)
            return result
        level = judged.status
        by = judged.by if w.tr is None or not judged.by else w.tr(judged.by)  # who judged: the run's language where known
        reason = w.judged.format(level=w.level[level], by=by)
        if judged.notes and (w.english or chinese_text(judged.notes)):  # a note in the reason's language only
            reason = w.with_note.format(why=reason, note=_first_sentence(judged.notes))
        flags = result.flags
        if level._value_ != result.level:
            flags += (w.judged_differs.format(level=w.level_name[result.level], reason=result.reason, by=by),)
        return CriterionResult(criterion.id, criterion.name, level._value_, round(self.points.get(level, 0.0) * self.weight, 2),
                               self.weight, reason, result.artifacts, flags)

    def _from_artifacts(self, entry: ModelEntry, terms: _Terms) -> CriterionResult:
        grades = tuple([self._grade_artifact(entry, kind, label, terms) for kind, label in self.kinds])
        counted = grades
        if self.basis_license:  # terms of what is not released do not count
            counted = tuple([g for g in grades if g.status in RELEASED])
        w = self.words
        if counted:
            level, fraction, deciding = _combine(self.combine, counted, self.points)
            reason = _joined(deciding, w)
        else:
            level = Level.UNKNOWN if all(g.status == "unknown" for g in grades) else Level.CLOSED
            fraction, deciding = self.points.get(level, 0.0), grades
            reason = w.nothing.format(reasons=_joined(grades, w))
        flags: tuple[str, ...] = ()
        for (kind, _), grade in zip(self.kinds, grades, strict=True):
            if grade.level == "open" and grade.license and self.rule is not None and (flag := terms.wrong_type(kind)):
                flags += (flag,)
        if self.combine is not Combine.MEAN and len(deciding) < len(grades):
            if len(deciding) == 1:
                others = [g.kind for g in grades if g is not deciding[0]]
            else:
                others = [g.kind for g in grades if all(g is not d for d in deciding)]
            reason += w.others.format(others=_others(others, grades, w))
        criterion = self.criterion
        return CriterionResult(criterion.id, criterion.name, level._value_, round(fraction * self.weight, 2), self.weight,
                               reason, grades, flags)

    def _grade_artifact(self, entry: ModelEntry, kind: ArtifactKind, label: str, terms: _Terms) -> ArtifactGrade:
        fact = entry.artifact(kind)
        status = fact.status
        license_text, origin, facts = terms(kind)
        if self.rule is None and origin == _DISTRIBUTION and kind.content_type is ContentType.DOCUMENT:
            license_text, origin, facts = None, "none", None  # not graded here, and a model's license is not its paper's
        license_class = facts.license_class._value_ if facts else None
        w = self.words
        if status not in RELEASED:  # not released: nothing else to judge
            return ArtifactGrade(kind._value_, status._value_, status._value_, license_text, license_class, origin, fact.url,
                                 w.kinds.format(kinds=label, why=w.phrase[status]))
        level, why = status, w.phrase[status]
        rule = self.rule
        if rule is not None:
            cap, said = self._terms_verdict.get(license_text) or self._judge_terms(license_text, facts)
            if self.basis_license:
                level = cap
                why = w.capped_license.format(why=why, said=said, level=w.level[cap])
            elif RANK[cap] < RANK[status] or cap is Level.UNKNOWN:
                level = cap
                why = w.capped.format(why=why, said=said, level=w.level[cap])
            else:
                why = w.with_terms.format(why=why, said=said)
        elif license_text and origin == "artifact" and license_text.strip().lower() != "unknown":  # the column says unknown
            why = w.with_license.format(why=why, license=license_text)
        if status is Level.PARTIAL and fact.notes and (w.english or chinese_text(fact.notes)):  # a note in the reason's language
            why = w.with_note.format(why=why, note=_first_sentence(fact.notes))
        return ArtifactGrade(kind._value_, status._value_, level._value_, license_text, license_class, origin, fact.url,
                             w.kinds.format(kinds=label, why=why))


def _joined(grades: tuple[ArtifactGrade, ...], w: _Words = _ENGLISH) -> str:
    """Artifact reasons, with artifacts that fared alike named together: 'a, b: released, MIT'."""
    if len(grades) == 1:
        return grades[0].reason
    groups: dict[str, list[str]] = {}
    for grade in grades:
        label, _, why = grade.reason.partition(w.colon)
        groups.setdefault(why, []).append(label)
    return w.semicolon.join([w.kinds.format(kinds=w.comma.join(labels), why=why) for why, labels in groups.items()])


def _restrictions(restrictions: tuple[str, ...], w: _Words = _ENGLISH, shown: int = 2) -> str:
    """The first restrictions of a license, and how many more there are."""
    if not restrictions:
        return ""
    if len(restrictions) > shown:
        return w.restrictions_more.format(restrictions=w.semicolon.join(restrictions[:shown]), more=len(restrictions) - shown)
    return w.restrictions.format(restrictions=w.semicolon.join(restrictions))


_NO_LICENSE = frozenset({"", "none", "unknown", "n/a"})  # what the data writes for "no license stated"


def chinese_text(text: str) -> bool:
    """Text written in Chinese: Han characters make up at least a fifth of its letters (not a name in an English note)."""
    han = sum("\u3400" <= ch <= "\u9fff" for ch in text)
    latin = sum(ch.isascii() and ch.isalpha() for ch in text)
    return han > 0 and han * 5 >= han + latin


def _first_sentence(notes: str, limit: int = 160) -> str:
    """The first sentence of a note (English or Chinese), without its full stop."""
    sentence = notes.partition(". ")[0].rstrip(".")
    sentence = sentence.partition("。")[0] if "。" in sentence else sentence
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
