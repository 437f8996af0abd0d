"""License classes as the domain sees them, and the resolver the scorer is given."""

from __future__ import annotations

from enum import Enum
from typing import Protocol


class LicenseClass(str, Enum):
    """How open a license's terms are, from most to least open."""

    OSI_APPROVED = "osi-approved"
    FREE_SOFTWARE = "free-software"  # FSF-libre, not OSI-approved: no use restriction (Apache-1.0, BSD-4-Clause, ...)
    OPEN_DATA = "open-data"
    OPEN_CONTENT = "open-content"
    RESTRICTED = "restricted"
    NON_COMMERCIAL = "non-commercial"
    PROPRIETARY = "proprietary"
    UNKNOWN = "unknown"


class LicenseFacts(Protocol):
    """What the scorer needs to know about one license string."""

    @property
    def key(self) -> str: ...

    @property
    def license_class(self) -> LicenseClass: ...

    @property
    def restrictions(self) -> tuple[str, ...]: ...

    @property
    def content_types(self) -> tuple[str, ...]: ...


class LicenseResolver(Protocol):
    """Turns a license string from a data file into facts. Must never raise."""

    def __call__(self, text: str) -> LicenseFacts: ...
