"""The license terms shown side by side by `openscore licenses`, in words, for every human format."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openscore.i18n import N_, _, current
from openscore.localize import phrase
from openscore.words import license_class

if TYPE_CHECKING:
    from openscore.licenses.record import LicenseProperty, LicenseRecord

COLUMNS = (  # property -> column heading of `openscore licenses` (translated where shown)
    ("commercial_use", N_("Commercial use")),
    ("user_threshold", N_("User threshold")),
    ("acceptable_use_policy", N_("Use policy")),
    ("no_training_other_models", N_("Bans training other models")),
    ("attribution", N_("Attribution")),
    ("field_of_use", N_("Field-of-use limits")),
)
OTHER = N_("other restriction")  # the term of a further curated restriction (record.OTHER_TERM), under Chinese
NOT_RECORDED = N_("- not recorded · terms and sources: openscore license ID")


def cell(record: LicenseRecord, name: str) -> str:
    """One term of `record` in a word or phrase; '-' when not recorded (not verified), which is not the same as 'no'."""
    prop = record.property(name)
    if prop is None:
        return "-"
    if prop.restriction and name in ("attribution", "field_of_use"):
        return phrase(prop.restriction)
    return value(prop.value)


def value(value: bool | str) -> str:
    return (_("yes") if value else _("no")) if isinstance(value, bool) else phrase(value)


def facts(record: LicenseRecord) -> list[tuple[str, str]]:
    """The headline facts of one license, as (label, value), in the run's language."""
    yes_no = {True: _("yes"), False: _("no")}
    return [
        (_("class"), license_class(record.license_class.value)),
        (_("SPDX"), record.spdx or "-"),
        (_("OSI-approved"), yes_no[record.osi_approved]),
        (_("FSF libre"), yes_no[record.fsf_libre]),
        (_("meant for"), _(", ").join(_(t) for t in record.content_types) or "-"),
        (_("ScanCode category"), record.scancode_category or "-"),
        (_("text"), record.url or "-"),
    ]


def term(name: str) -> str:
    """A property's name: 'user threshold' (its column heading under Chinese)."""
    headings = dict(COLUMNS, other=OTHER)
    return _(headings[name]) if current() != "en" and name in headings else name.replace("_", " ")


def note(prop: LicenseProperty) -> str:
    """A term's note in the run's language; under Chinese, without a translation, its restriction (translated) or nothing."""
    if current() == "en":
        return prop.note or prop.restriction or ""
    said = phrase(prop.note) if prop.note else ""
    return said if said != prop.note else (phrase(prop.restriction) if prop.restriction else "")


def notes(record: LicenseRecord) -> str | None:
    """The license's notes in the run's language (None under Chinese without a translation)."""
    if current() == "en" or not record.notes:
        return record.notes
    said = phrase(record.notes)
    return said if said != record.notes else None


def name(record: LicenseRecord) -> str:
    """The record's name; an expression's names joined by 'and'/'or' in the run's language."""
    shown = record.name
    if current() != "en":
        for operator, word in (("AND", N_(" and ")), ("OR", N_(" or "))):
            if f" {operator} " in record.key:
                shown = shown.replace(word, _(word))
    return shown
