"""Facts about model releases: what was released, where, and under which license."""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from openscore.domain.artifacts import ArtifactKind, ContentType

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
_HTTP_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)


class Status(str, Enum):
    """Whether an artifact is released."""

    OPEN = "open"
    PARTIAL = "partial"
    CLOSED = "closed"
    UNKNOWN = "unknown"


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
    source: str | None = None
    urls: tuple[str, ...] = ()  # further evidence links, beside `url`

    @field_validator("url")
    @classmethod
    def _http_only(cls, url: str | None) -> str | None:
        if url is not None and not _HTTP_URL.match(url):
            raise ValueError("url must start with http:// or https://")
        return url

    @field_validator("urls")
    @classmethod
    def _http_only_all(cls, urls: tuple[str, ...]) -> tuple[str, ...]:
        for url in urls:
            if not _HTTP_URL.match(url):
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


RepoId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")]


class ModelEntry(Strict):
    """One model release as recorded in a data file."""

    id: Annotated[str, Field(pattern=ID_PATTERN, max_length=100)]
    name: Annotated[str, Field(min_length=1, max_length=200)]
    aliases: tuple[Annotated[str, Field(min_length=1, max_length=100)], ...] = ()
    organization: Annotated[str, Field(min_length=1, max_length=200)]
    family: Annotated[str, Field(pattern=ID_PATTERN, max_length=100)]
    released: dt.date | None = None
    type: tuple[ModelType, ...] = ()
    hf_repos: tuple[RepoId, ...] = ()
    licenses: GlobalLicenses = GlobalLicenses.model_construct()  # model_construct: no validator is built at import
    last_reviewed: dt.date
    notes: str | None = None
    artifacts: dict[ArtifactKind, Artifact] = {}
    judgements: dict[Annotated[str, Field(pattern=ID_PATTERN, max_length=100)], Judgement] = {}

    @field_validator("type", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return (value,) if isinstance(value, str) else value

    def artifact(self, kind: ArtifactKind) -> Artifact:
        """The recorded fact, or `unknown` when the kind is not recorded."""
        return self.artifacts.get(kind) or _UNKNOWN

    def license_for(self, kind: ArtifactKind) -> tuple[str | None, str]:
        """The license that applies to an artifact, and where it came from."""
        own = self.artifacts.get(kind)
        if own is not None and own.license:
            return own.license, "artifact"
        return self.release_license(kind.content_type)

    def release_license(self, content_type: ContentType) -> tuple[str | None, str]:
        """The release-wide license for a content type (the distribution license unless one is given for the type)."""
        field = _LICENSE_FIELD.get(content_type)
        by_type = getattr(self.licenses, field) if field else None
        if by_type:
            return by_type, _ORIGIN[field]
        if self.licenses.distribution:
            return self.licenses.distribution, "release distribution license"
        return None, "none"

    def names(self) -> tuple[str, ...]:
        """Every name this entry answers to: id, aliases, Hugging Face repos."""
        return (self.id, *self.aliases, *self.hf_repos)


_UNKNOWN = Artifact.model_construct(status=Status.UNKNOWN)
# Which GlobalLicenses field applies to which content type (looked up per artifact grade, so built once).
_LICENSE_FIELD = {ContentType.CODE: "code", ContentType.DATA: "data", ContentType.DOCUMENT: "document"}
_ORIGIN = {field: f"release {field} license" for field in _LICENSE_FIELD.values()}


class Catalog(Strict):
    """All entries of one or more data files."""

    models: tuple[ModelEntry, ...] = ()
