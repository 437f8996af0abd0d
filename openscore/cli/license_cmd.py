"""`openscore license ID` and `openscore licenses`: what a license allows, and the AI model licenses side by side."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from openscore.cli import common
from openscore.i18n import N_, _, current, pgettext
from openscore.localize import phrase
from openscore.words import license_class

if TYPE_CHECKING:
    from openscore.licenses import LicenseProperty, LicenseRecord


class LicenseFormat(str, Enum):
    table = "table"
    json = "json"


FormatOption = Annotated[LicenseFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)]
COLUMNS = (  # property -> column heading of `openscore licenses`
    ("commercial_use", N_("Commercial use")),
    ("user_threshold", N_("User threshold")),
    ("acceptable_use_policy", N_("Use policy")),
    ("no_training_other_models", N_("Bans training other models")),
    ("attribution", N_("Attribution")),
    ("field_of_use", N_("Field-of-use limits")),
)


@common.reports_errors
def license_show(
    license_id: Annotated[str, typer.Argument(metavar="ID", help="License id, expression, Hugging Face tag or spelling, e.g. llama3.1.")],
    name: Annotated[Optional[str], typer.Option("--name", help="Hugging Face license_name, for the tag `other`.")] = None,  # noqa: UP045
    format: FormatOption = LicenseFormat.table,
) -> None:
    """Show one license: its class, flags, restrictions and the sources they come from."""
    from openscore.licenses import resolve

    record = resolve(license_id, name)
    if not record.recognised:
        raise common.OpenscoreError(record.warning or f"license '{license_id}' is not one openscore recognises")
    if format is LicenseFormat.json:
        _print_json({"kind": "license", "license": record.as_dict()})
    else:
        _print_record(record)


@common.reports_errors
def licenses(format: FormatOption = LicenseFormat.table) -> None:
    """Compare the AI model licenses openscore knows: class, commercial use, user caps, use policies and more."""
    from openscore.licenses import known_model_licenses

    records = known_model_licenses()
    if format is LicenseFormat.json:
        _print_json({"kind": "licenses", "licenses": [r.as_dict() for r in records]})
    else:
        _print_table(records)


def _print_json(document: dict[str, Any]) -> None:
    import json

    from openscore.formats.document import SCHEMA_VERSION
    from openscore.textsafe import json_text

    typer.echo(json_text(json.dumps({"openscore": SCHEMA_VERSION, "lang": current(), **document}, indent=2, ensure_ascii=False)))


def _cell(record: LicenseRecord, name: str) -> str:
    prop = record.property(name)
    if prop is None:
        return "-"  # not recorded (not verified), which is not the same as "no"
    if prop.restriction and name in ("attribution", "field_of_use"):
        return phrase(prop.restriction)
    return _value(prop.value)


def _value(value: bool | str) -> str:
    return (_("yes") if value else _("no")) if isinstance(value, bool) else phrase(value)


def _note(prop: LicenseProperty) -> str:
    """A term's note in the run's language; under Chinese, without a translation, its restriction (translated) or nothing."""
    if current() == "en":
        return prop.note or prop.restriction or ""
    note = phrase(prop.note) if prop.note else ""
    return note if note != prop.note else (phrase(prop.restriction) if prop.restriction else "")


def _print_table(records: list[LicenseRecord]) -> None:
    from rich.table import Table
    from rich.text import Text

    from openscore.formats.table import make_console

    table = Table(show_lines=True, title=_("AI model licenses"), caption=_("- not recorded · terms and sources: openscore license ID"))
    table.add_column(_("License"), overflow="fold")
    table.add_column(pgettext("license", "Class"), overflow="fold")
    for _name, heading in COLUMNS:
        table.add_column(_(heading), overflow="fold")
    for record in records:
        label = Text.assemble((record.key, "bold"), (f"\n{record.name}", "dim"))
        table.add_row(label, license_class(record.license_class.value), *(_cell(record, name) for name, _heading in COLUMNS))
    make_console().print(table)


def _joined_name(record: LicenseRecord) -> str:
    """The record's name; an expression's names joined by 'and'/'or' in the run's language."""
    name = record.name
    if current() != "en":
        for operator, word in (("AND", N_(" and ")), ("OR", N_(" or "))):
            if f" {operator} " in record.key:
                name = name.replace(word, _(word))
    return name


def _print_record(record: LicenseRecord) -> None:
    from rich.table import Table
    from rich.text import Text

    from openscore.formats.table import make_console

    console = make_console()
    from openscore.textsafe import line

    console.print(Text.assemble((line(record.key), "bold"), f" · {line(_joined_name(record))}"))
    yes_no = {True: _("yes"), False: _("no")}
    facts = [
        (_("class"), license_class(record.license_class.value)),
        (_("SPDX"), record.spdx or "-"),
        (_("OSI-approved"), yes_no[record.osi_approved]),
        (_("FSF libre"), yes_no[record.fsf_libre]),
        (_("meant for"), ", ".join(record.content_types) or "-"),
        (_("ScanCode category"), record.scancode_category or "-"),
        (_("text"), record.url or "-"),
    ]
    from rich.cells import cell_len

    for label, value in facts:
        heading = label + _(":")
        console.print(f"  {heading}{' ' * max(19 - cell_len(heading), 1)}{value}")
    cited = {p.restriction: p.source for p in record.properties if p.restriction}
    if record.restrictions:
        console.print(Text(_("Restrictions"), style="bold"))
        for restriction in record.restrictions:
            source = cited.get(restriction)
            console.print(Text.assemble(f"  - {phrase(restriction)}", (f"  {source}" if source else "", "cyan")))
    if record.properties:
        table = Table(show_lines=False)
        for heading in (N_("Term"), N_("Value"), N_("Note"), N_("Source")):
            table.add_column(_(heading), overflow="fold")
        terms = dict(COLUMNS)
        for prop in record.properties:
            term = _(terms[prop.name]) if current() != "en" and prop.name in terms else prop.name.replace("_", " ")
            table.add_row(term, _value(prop.value), _note(prop), prop.source)
        console.print(table)
    notes = record.notes if current() == "en" or not record.notes else (phrase(record.notes) if phrase(record.notes) != record.notes else None)
    if notes:
        console.print(Text(notes, style="dim"))


def register(app: typer.Typer) -> None:
    app.command("license")(license_show)
    app.command("licenses")(licenses)
