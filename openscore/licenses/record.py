"""What openscore knows about one license string: plain frozen dataclasses, cheap to import."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from openscore.domain.licensing import LicenseClass

CONTENT_TYPES = ("code", "model", "data", "document")
PROPERTY_NAMES = ("commercial_use", "user_threshold", "acceptable_use_policy", "no_training_other_models", "attribution", "field_of_use")
OTHER_TERM = "other"  # the property name of any further curated restriction (with its source)
OPENNESS = {cls: rank for rank, cls in enumerate(LicenseClass)}  # lower is more open; unknown is last


class LicenseProperty(NamedTuple):
    """One curated term of an AI model license, with the license text it was read from.

    `name` is one of PROPERTY_NAMES, or OTHER_TERM for a further restriction. `value` is True/False
    for yes-no terms, a short phrase where the answer is conditional (commercial use "with
    permission", a user threshold "700M monthly active users"). `restriction` is the phrase listed
    in the record's restrictions when the term restricts use.
    """

    name: str
    value: bool | str
    source: str
    restriction: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class LicenseRecord:
    """A license string resolved: its canonical key, class, flags, restrictions and sources."""

    query: str
    key: str
    name: str
    license_class: LicenseClass
    recognised: bool
    spdx: str | None = None
    osi_approved: bool = False
    fsf_libre: bool = False
    content_types: tuple[str, ...] = ()
    restrictions: tuple[str, ...] = ()
    properties: tuple[LicenseProperty, ...] = ()
    url: str | None = None
    sources: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    warning: str | None = None
    scancode_category: str | None = None
    notes: str | None = None

    def property(self, name: str) -> LicenseProperty | None:
        """The curated property called `name` (see PROPERTY_NAMES), if recorded."""
        return next((p for p in self.properties if p.name == name), None)

    def as_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data."""
        return {
            "query": self.query, "key": self.key, "name": self.name, "class": self.license_class.value,
            "recognised": self.recognised, "spdx": self.spdx, "osi_approved": self.osi_approved, "fsf_libre": self.fsf_libre,
            "content_types": list(self.content_types), "restrictions": list(self.restrictions),
            "properties": [p._asdict() for p in self.properties], "url": self.url, "sources": list(self.sources),
            "scancode_category": self.scancode_category, "notes": self.notes, "suggestions": list(self.suggestions), "warning": self.warning,
        }
