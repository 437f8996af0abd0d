"""Facts about model releases: what was released, where, and under which license."""

from __future__ import annotations

import datetime as dt
import re
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


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class Artifact(Strict):
    """The fact about one artifact of a release."""

    status: Status
    license: str | None = None
    url: str | None = None
    notes: str | None = None
    source: str | None = None

    @field_validator("url")
    @classmethod
    def _http_only(cls, url: str | None) -> str | None:
        if url is not None and not HTTP_URL.match(url):
            raise ValueError("url must start with http:// or https://")
        return url


class GlobalLicenses(Strict):
    """Release-wide licenses, used where an artifact names none (the MOF rule)."""

    distribution: str | None = None
    code: str | None = None
    data: str | None = None
    document: str | None = None


RepoId = Annotated[str, Field(pattern=f"^{REPO_ID_PATTERN}$")]


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

    @field_validator("type", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return (value,) if isinstance(value, str) else value

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


_UNKNOWN = Artifact.model_construct(status=Status.UNKNOWN)
# Which GlobalLicenses field applies to which content type (looked up per artifact grade, so built once).
_LICENSE_FIELD = {ContentType.CODE: "code", ContentType.DATA: "data", ContentType.DOCUMENT: "document"}
_ORIGIN = {field: f"release {field} license" for field in _LICENSE_FIELD.values()}
