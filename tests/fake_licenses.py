"""A fixed license table for testing the pure scorer without the real knowledge base."""

from __future__ import annotations

from dataclasses import dataclass

from openscore.domain.licensing import LicenseClass


@dataclass(frozen=True)
class Facts:
    key: str
    license_class: LicenseClass
    restrictions: tuple[str, ...] = ()
    content_types: tuple[str, ...] = ()


TABLE = {
    "Apache-2.0": Facts("Apache-2.0", LicenseClass.OSI_APPROVED, content_types=("code", "model")),
    "MIT": Facts("MIT", LicenseClass.OSI_APPROVED, content_types=("code",)),
    "CC-BY-4.0": Facts("CC-BY-4.0", LicenseClass.OPEN_DATA, content_types=("data", "document")),
    "llama3": Facts("llama3", LicenseClass.RESTRICTED, ("700M monthly active user cap",), ("model",)),
    "CC-BY-NC-4.0": Facts("CC-BY-NC-4.0", LicenseClass.NON_COMMERCIAL, content_types=("data", "document")),
}


def resolve(text: str) -> Facts:
    return TABLE.get(text, Facts(text, LicenseClass.UNKNOWN))
