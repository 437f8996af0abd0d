"""Rubrics: what is measured, how artifacts combine, and the verdict ladder."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from pydantic import Field, model_validator

from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import ID_PATTERN, ModelType, Status, Strict
from openscore.domain.licensing import LicenseClass

Level = Status
RuleId = Annotated[str, Field(pattern=ID_PATTERN, max_length=100)]
MAX_WEIGHT = 1_000_000  # of one criterion; with finite numbers only, no sum of weights overflows
Weight = Annotated[float, Field(ge=0, le=MAX_WEIGHT, allow_inf_nan=False)]
DEFAULT_POINTS = {Level.OPEN: 1.0, Level.PARTIAL: 0.5, Level.CLOSED: 0.0, Level.UNKNOWN: 0.0}
# The one order of levels (a Level is a Status), most open highest; closed and unknown both earn nothing.
# It answers for plain strings too ("open"), which compare and hash like the enum members.
RANK: dict[str, int] = {Level.OPEN: 2, Level.PARTIAL: 1, Level.CLOSED: 0, Level.UNKNOWN: 0}


class Combine(str, Enum):
    """How the levels of several artifacts make one criterion level."""

    ALL = "all"  # the lowest level: every artifact must be open
    ANY = "any"  # open when any artifact is open, else closed
    BEST = "best"  # the highest level
    MEAN = "mean"  # the mean of the artifacts' points
    SOME = "some"  # open when all are open, partial when any is open or partial, else closed


class Basis(str, Enum):
    """What an artifact's level under a criterion rests on."""

    STATUS = "status"  # whether it is released, capped by the license rule
    LICENSE = "license"  # its license alone; unreleased artifacts are left out


# A rubric's texts in other languages: on a rubric, criterion, verdict, tier or substitution, `zh:`
# maps the object's human-readable fields (TRANSLATABLE) to their Chinese text. A field left out
# stays English; ids, weights and rules are never translated. See `localized`.
Translations = Annotated[dict[str, Annotated[str, Field(min_length=1, max_length=2000)]] | None, Field(exclude=True)]


def _check_translations(obj: Strict, fields: tuple[str, ...]) -> None:
    unknown = sorted(set(getattr(obj, "zh", None) or ()) - set(fields))
    if unknown:
        raise ValueError(f"zh: {', '.join(unknown)} cannot be translated here (translatable: {', '.join(fields)})")


class LicenseRule(Strict):
    """Which license classes give full credit, which cap the level at partial.

    With `listed`, a framework's own list of open licenses (see `LicenseList`) decides instead, as the
    framework's tool decides; the classes then say what openscore's own reading would give, shown beside
    the grade where it differs, never changing it.
    """

    full: tuple[LicenseClass, ...] = ()
    partial: tuple[LicenseClass, ...] = ()
    otherwise: Level = Level.CLOSED
    listed: RuleId | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"full": [value]}
        if isinstance(value, list):
            return {"full": value}
        return value


class LicenseList(Strict):
    """A framework's own list of open licenses, matched as its tool matches them: the id exactly, character for character."""

    name: str
    source: str | None = None
    ids: Annotated[tuple[str, ...], Field(min_length=1)]
    none: tuple[str, ...] = ()  # placeholders the framework reads as "no license"
    zh: Translations = None

    @model_validator(mode="after")
    def _translations(self) -> LicenseList:
        _check_translations(self, ("name",))
        return self


class Group(Strict):
    """A category of criteria whose mean the framework shows (EOSAI: availability, documentation, access)."""

    id: RuleId
    name: str
    criteria: Annotated[tuple[RuleId, ...], Field(min_length=1)]
    zh: Translations = None

    @model_validator(mode="after")
    def _translations(self) -> Group:
        _check_translations(self, ("name",))
        return self


class Scoring(str, Enum):
    """How criterion points make the score."""

    SUM = "sum"  # the points added up, out of the weights' total
    MEAN = "mean"  # the points' mean over the criteria that apply: a fraction of 1


class Criterion(Strict):
    id: RuleId
    name: str
    description: str
    rationale: str | None = None
    weight: Weight
    artifacts: Annotated[tuple[ArtifactKind, ...], Field(min_length=1)]
    combine: Combine = Combine.BEST
    license: LicenseRule | None = None
    points: dict[Level, Annotated[float, Field(ge=0, le=1)]] | None = None
    basis: Basis = Basis.STATUS
    judgement: str | None = None  # a source's editorial grade (ModelEntry.judgements key) stands for this criterion when present
    applies_to: tuple[ModelType, ...] = ()  # the system types this criterion is assessed for; empty: every type
    zh: Translations = None

    @model_validator(mode="after")
    def _license_basis_needs_rule(self) -> Criterion:
        if self.basis is Basis.LICENSE and self.license is None:
            raise ValueError("a criterion with basis 'license' needs a license rule")
        _check_translations(self, ("name", "description", "rationale"))
        return self


class Condition(Strict):
    """One test in a verdict rule. Exactly one form is given."""

    all: tuple[Condition, ...] | None = None
    any: tuple[Condition, ...] | None = None
    not_: Condition | None = Field(None, alias="not")
    criterion: RuleId | None = None
    at_least: Level | None = None
    at_most: Level | None = None
    artifact: ArtifactKind | None = None
    status: tuple[Status, ...] | None = None
    license_class: tuple[LicenseClass, ...] | None = None
    score_at_least: Annotated[float, Field(ge=-MAX_WEIGHT * 1000, le=MAX_WEIGHT * 1000, allow_inf_nan=False)] | None = None
    tier: RuleId | None = None
    always: bool | None = None

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        forms = {
            "all": self.all is not None,
            "any": self.any is not None,
            "not": self.not_ is not None,
            "criterion": self.criterion is not None,
            "artifact": self.artifact is not None,
            "score_at_least": self.score_at_least is not None,
            "tier": self.tier is not None,
            "always": self.always is not None,
        }
        given = [name for name, present in forms.items() if present]
        if len(given) != 1:
            raise ValueError(f"a condition needs exactly one of {', '.join(forms)}; got {given or 'none'}")
        if self.criterion is not None and (self.at_least is None) == (self.at_most is None):
            raise ValueError("a criterion condition needs exactly one of at_least, at_most")
        if self.criterion is None and (self.at_least or self.at_most):
            raise ValueError("at_least and at_most go with criterion")
        if self.artifact is not None and not (self.status or self.license_class):
            raise ValueError("an artifact condition needs status or license_class")
        if self.artifact is None and (self.status or self.license_class):
            raise ValueError("status and license_class go with artifact")
        return self

    def criteria(self) -> set[str]:
        """The criterion ids this condition refers to."""
        found = {self.criterion} if self.criterion else set()
        for child in (*(self.all or ()), *(self.any or ()), *((self.not_,) if self.not_ else ())):
            found |= child.criteria()
        return found

    def tiers(self) -> set[str]:
        found = {self.tier} if self.tier else set()
        for child in (*(self.all or ()), *(self.any or ()), *((self.not_,) if self.not_ else ())):
            found |= child.tiers()
        return found


class VerdictRule(Strict):
    id: RuleId
    label: str
    description: str
    when: Condition
    zh: Translations = None

    @model_validator(mode="after")
    def _translations(self) -> VerdictRule:
        _check_translations(self, ("label", "description"))
        return self


class Tier(Strict):
    """A cumulative class: a release reaches it when it meets its and all lower tiers' requirements."""

    id: RuleId
    name: str
    description: str | None = None
    requires: Annotated[tuple[RuleId, ...], Field(min_length=1)]
    optional: tuple[RuleId, ...] = ()
    zh: Translations = None

    @model_validator(mode="after")
    def _translations(self) -> Tier:
        _check_translations(self, ("name", "description"))
        return self


class Substitution(Strict):
    """One criterion stands in for another that is not met, for tiers only (MOF: a research paper for a technical report).

    It counts where the missing one is required; where both are required, they count as one.
    """

    criterion: RuleId
    by: RuleId
    note: str
    zh: Translations = None

    @model_validator(mode="after")
    def _translations(self) -> Substitution:
        _check_translations(self, ("note",))
        return self


class Rubric(Strict):
    id: RuleId
    name: str
    version: str
    description: str
    url: str | None = None
    points: dict[Level, Annotated[float, Field(ge=0, le=1)]] = DEFAULT_POINTS
    # what the criteria weights add up to; `openscore validate` checks it
    total: Annotated[float, Field(gt=0, le=MAX_WEIGHT * 1000, allow_inf_nan=False)] | None = None
    criteria: Annotated[tuple[Criterion, ...], Field(min_length=1)]
    verdicts: tuple[VerdictRule, ...] = ()
    tiers: tuple[Tier, ...] = ()
    substitutions: tuple[Substitution, ...] = ()
    scoring: Scoring = Scoring.SUM
    groups: tuple[Group, ...] = ()
    license_lists: dict[RuleId, LicenseList] = Field(default_factory=dict)
    zh: Translations = None

    @model_validator(mode="after")
    def _references(self) -> Rubric:
        _check_translations(self, ("name", "description"))
        ids = [c.id for c in self.criteria]
        problems = [f"criterion id '{i}' is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
        tier_ids = {t.id for t in self.tiers}
        for rule in self.verdicts:
            problems += [f"verdict '{rule.id}' names unknown criterion '{c}'" for c in sorted(rule.when.criteria() - set(ids))]
            problems += [f"verdict '{rule.id}' names unknown tier '{t}'" for t in sorted(rule.when.tiers() - tier_ids)]
        for tier in self.tiers:
            problems += [
                f"tier '{tier.id}' names unknown criterion '{c}'"
                for c in (*tier.requires, *tier.optional)
                if c not in ids
            ]
        for group in self.groups:
            problems += [f"group '{group.id}' names unknown criterion '{c}'" for c in group.criteria if c not in ids]
        for criterion in self.criteria:
            listed = criterion.license.listed if criterion.license else None
            if listed and listed not in self.license_lists:
                problems.append(f"criterion '{criterion.id}' names unknown license list '{listed}'")
            elif criterion.license and not listed and not criterion.license.full:
                problems.append(f"criterion '{criterion.id}': a license rule needs 'full' classes or a 'listed' license list")
        for sub in self.substitutions:
            problems += [f"substitution names unknown criterion '{c}'" for c in (sub.criterion, sub.by) if c not in ids]
        if not self.max_score > 0:  # checked with or without `total:`: a score is a share of this sum
            problems.append("criteria weights add up to 0; at least one criterion needs a weight above 0")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def max_score(self) -> float:
        """The criteria weights' sum."""
        return sum(c.weight for c in self.criteria)

    @property
    def out_of(self) -> float:
        """What a score is out of: the weights' sum, or 1 for a mean."""
        return 1.0 if self.scoring is Scoring.MEAN else self.max_score

def localized(rubric: Rubric, language: str) -> Rubric:
    """The rubric with its texts in `language` where it has them (per field; English otherwise)."""
    if language == "en":
        return rubric

    def texts(obj: Strict) -> dict[str, str]:
        return dict(getattr(obj, language, None) or {})

    parts = (*rubric.criteria, *rubric.verdicts, *rubric.tiers, *rubric.substitutions, *rubric.groups, *rubric.license_lists.values())
    if not (texts(rubric) or any(texts(o) for o in parts)):
        return rubric
    return rubric.model_copy(update={
        **texts(rubric),
        "criteria": tuple(c.model_copy(update=texts(c)) for c in rubric.criteria),
        "verdicts": tuple(v.model_copy(update=texts(v)) for v in rubric.verdicts),
        "tiers": tuple(t.model_copy(update=texts(t)) for t in rubric.tiers),
        "substitutions": tuple(s.model_copy(update=texts(s)) for s in rubric.substitutions),
        "groups": tuple(g.model_copy(update=texts(g)) for g in rubric.groups),
        "license_lists": {key: found.model_copy(update=texts(found)) for key, found in rubric.license_lists.items()},
    })
