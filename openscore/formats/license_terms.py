"""The license terms shown side by side by `openscore licenses`, in words, for every human format."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openscore.licenses.record import LicenseRecord

COLUMNS = (  # property -> column heading of `openscore licenses`
    ("commercial_use", "Commercial use"),
    ("user_threshold", "User threshold"),
    ("acceptable_use_policy", "Use policy"),
    ("no_training_other_models", "Bans training other models"),
    ("attribution", "Attribution"),
    ("field_of_use", "Field-of-use limits"),
)
NOT_RECORDED = "- not recorded · terms and sources: openscore license ID"


def cell(record: LicenseRecord, name: str) -> str:
    """One term of `record` in a word or phrase; '-' when not recorded (not verified), which is not the same as 'no'."""
    prop = record.property(name)
    if prop is None:
        return "-"
    if prop.restriction and name in ("attribution", "field_of_use"):
        return prop.restriction
    return value(prop.value)


def value(value: bool | str) -> str:
    return ("yes" if value else "no") if isinstance(value, bool) else value


def facts(record: LicenseRecord) -> list[tuple[str, str]]:
    """The headline facts of one license, as (label, value)."""
    yes_no = {True: "yes", False: "no"}
    return [
        ("class", record.license_class.value),
        ("SPDX", record.spdx or "-"),
        ("OSI-approved", yes_no[record.osi_approved]),
        ("FSF libre", yes_no[record.fsf_libre]),
        ("meant for", ", ".join(record.content_types) or "-"),
        ("ScanCode category", record.scancode_category or "-"),
        ("text", record.url or "-"),
    ]
