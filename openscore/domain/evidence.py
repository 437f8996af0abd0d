"""Facts about model releases: what was released, where, and under which license."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import Enum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from openscore.domain.artifacts import ArtifactKind, ContentType

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
HTTP_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)  # what an evidence (or rubric) url must start with
REPO_ID_PATTERN = r"[A-Za-z0-9][\w.-]*/[\w.-]+"  # a Hugging Face repo id, org/name
REPO_ID = re.compile(f"^{REPO_ID_PATTERN}$")


class Status(str, Enum):
    """Whether an artifact is released."""

    OPEN = "open"
    PARTIAL = "partial"
    CLOSED = "closed"
    UNKNOWN = "unknown"


# What "released" means: open, or partly. Holds statuses, levels and their plain strings alike ("open" in RELEASED).
RELEASED = frozenset({Status.OPEN, Status.PARTIAL})


class ModelType(str, Enum):
    BASE = "base"
    INSTRUCT = "instruct"
    CHAT = "chat"
    CODE = "code"
    REASONING = "reasoning"
    MULTIMODAL = "multimodal"
    EMBEDDING = "embedding"
    ENCODER = "encoder"
    SPEECH = "speech"
    IMAGE = "image"
    MOE = "moe"
    TEXT = "text"  # the European Open Source AI Index's system types: text, image, code, video, audio
    VIDEO = "video"
    AUDIO = "audio"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class Artifact(Strict):
    """The fact about one artifact of a release."""

    status: Status
    license: str | None = None
    url: str | None = None
    notes: str | None = None
    notes_zh: str | None = None  # the notes in Chinese, shown under --lang zh
    source: str | None = None
    urls: tuple[str, ...] = ()  # further evidence links, beside `url`

    @field_validator("url")
    @classmethod
    def _http_only(cls, url: str | None) -> str | None:
        if url is not None and not HTTP_URL.match(url):
            raise ValueError("url must start with http:// or https://")
        return url

    @field_validator("urls")
    @classmethod
    def _http_only_all(cls, urls: tuple[str, ...]) -> tuple[str, ...]:
        for url in urls:
            if not HTTP_URL.match(url):
                raise ValueError(f"url '{url}' must start with http:// or https://")
        return urls


class Judgement(Artifact):
    """A grade given by another index's editors (say, the EOSAI's judgement of a system's licenses): a fact of that source.

    A rubric criterion that names it (`judgement:`) takes this grade as it is; `by` says whose it is.
    """

    by: Annotated[str, Field(min_length=1, max_length=200)]


class GlobalLicenses(Strict):
    """Release-wide licenses, used where an artifact names none (the MOF rule)."""

    distribution: str | None = None
    code: str | None = None
    data: str | None = None
    document: str | None = None


RepoId = Annotated[str, Field(pattern=f"^{REPO_ID_PATTERN}$")]
# A record of a bundled database, `SOURCE:ID` (`mot:llama-3-8b`): the same release, where matching cannot tell.
RecordRef = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*:[a-z0-9][a-z0-9._-]*$", max_length=200)]
EntryId = Annotated[str, Field(pattern=ID_PATTERN, max_length=100)]
Name = Annotated[str, Field(min_length=1, max_length=200)]
Alias = Annotated[str, Field(min_length=1, max_length=100)]


class Variant(Strict):
    """A size, base/instruct model or checkpoint of an entry whose facts differ from the family's.

    Whatever it leaves out comes from the family; `licenses` overrides field by field, `artifacts`
    kind by kind (a kind given replaces the family's artifact whole).
    """

    id: EntryId
    name: Name
    aliases: tuple[Alias, ...] = ()
    name_zh: Name | None = None
    hf_repos: tuple[RepoId, ...] = ()
    type: tuple[ModelType, ...] = ()
    released: dt.date | None = None
    licenses: GlobalLicenses | None = None
    last_reviewed: dt.date | None = None
    notes: str | None = None
    artifacts: dict[ArtifactKind, Artifact] = {}

    @field_validator("type", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return (value,) if isinstance(value, str) else value

    def names(self) -> tuple[str, ...]:
        """Every name this variant answers to: id, aliases, Hugging Face repos."""
        return (self.id, *self.aliases, *self.hf_repos)


class ModelEntry(Strict):
    """One model release as recorded in a data file."""

    id: EntryId
    name: Name
    aliases: tuple[Alias, ...] = ()
    name_zh: Name | None = None
    organization: Name
    organization_zh: Name | None = None
    organization_aliases: tuple[Alias, ...] = ()
    family: EntryId
    family_aliases: tuple[Alias, ...] = ()
    released: dt.date | None = None
    type: tuple[ModelType, ...] = ()
    hf_repos: tuple[RepoId, ...] = ()
    licenses: GlobalLicenses = GlobalLicenses.model_construct()  # model_construct: no validator is built at import
    last_reviewed: dt.date
    notes: str | None = None
    notes_zh: str | None = None  # the notes in Chinese, shown under --lang zh
    artifacts: dict[ArtifactKind, Artifact] = {}
    judgements: dict[Annotated[str, Field(pattern=ID_PATTERN, max_length=100)], Judgement] = {}
    same_as: tuple[RecordRef, ...] = ()
    variants: tuple[Variant, ...] = ()
    variant_of: str | None = None  # set by openscore on a variant's effective entry, never in a data file

    @field_validator("type", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return (value,) if isinstance(value, str) else value

    @field_validator("variant_of")
    @classmethod
    def _not_in_data(cls, value: str | None) -> str | None:
        if value is not None:
            raise ValueError("variant_of is set by openscore; declare variants under the family's 'variants:'")
        return value

    def variant(self, variant_id: str) -> ModelEntry:
        """The effective entry of one of this entry's variants (see `effective`)."""
        return effective(self, next(v for v in self.variants if v.id == variant_id))

    def artifact(self, kind: ArtifactKind) -> Artifact:
        """The recorded fact, or `unknown` when the kind is not recorded."""
        return self.artifacts.get(kind) or _UNKNOWN

    def license_for(self, kind: ArtifactKind) -> tuple[str | None, str]:
        """The license that applies to an artifact, and where it came from: the one rule of precedence
        (the artifact's own, else the release license for its content type, else the distribution license)."""
        own = self.artifacts.get(kind)
        if own is not None and own.license:
            return own.license, "artifact"
        return self.release_license(kind.content_type)

    def release_license(self, content_type: ContentType) -> tuple[str | None, str]:
        """The release-wide license for a content type (the distribution license unless one is given for the type)."""
        field = _LICENSE_FIELD.get(content_type)
        by_type = getattr(self.licenses, field) if field else None
        if field and by_type:
            return by_type, _ORIGIN[field]
        if self.licenses.distribution:
            return self.licenses.distribution, "release distribution license"
        return None, "none"

    def names(self) -> tuple[str, ...]:
        """Every name this entry answers to: id, aliases, Hugging Face repos."""
        return (self.id, *self.aliases, *self.hf_repos)


def effective(family: ModelEntry, variant: Variant) -> ModelEntry:
    """The entry a variant stands for: the family's facts with the variant's overrides applied.

    Licenses override field by field, artifacts kind by kind; names and repos are the variant's
    own; its notes come first, then the family's; `variant_of` names the family. Built without
    validation (both parts are valid).
    """
    licenses = family.licenses
    if variant.licenses is not None:
        own = {k: v for k, v in variant.licenses.__dict__.items() if v is not None}
        licenses = GlobalLicenses.model_construct(**{**family.licenses.__dict__, **own})
    own_fields = {name: getattr(variant, name) for name in _VARIANT_OWN}  # whatever else the family has, the variant inherits
    return ModelEntry.model_construct(**{
        **family.__dict__, **own_fields,
        "released": variant.released or family.released, "type": variant.type or family.type, "licenses": licenses,
        "last_reviewed": variant.last_reviewed or family.last_reviewed,
        "notes": "\n\n".join(n for n in (variant.notes, family.notes) if n) or None,
        "artifacts": {**family.artifacts, **variant.artifacts}, "variants": (), "variant_of": family.id,
    })


# A variant's own names: never inherited from its family.
_VARIANT_OWN = ("id", "name", "aliases", "name_zh", "hf_repos")


def expand(entries: Iterable[ModelEntry]) -> list[ModelEntry]:
    """Every entry followed by the effective entries of its variants: all that can be graded."""
    return [graded for entry in entries for graded in (entry, *(effective(entry, v) for v in entry.variants))]


_UNKNOWN = Artifact.model_construct(status=Status.UNKNOWN)
# Which GlobalLicenses field applies to which content type (looked up per artifact grade, so built once).
_LICENSE_FIELD = {ContentType.CODE: "code", ContentType.DATA: "data", ContentType.DOCUMENT: "document"}
_ORIGIN = {field: f"release {field} license" for field in _LICENSE_FIELD.values()}
