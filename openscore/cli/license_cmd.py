"""`openscore license ID` and `openscore licenses`: what a license allows, and the AI model licenses side by side."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from openscore.cli import common

if TYPE_CHECKING:
    from openscore.licenses import LicenseRecord


class LicenseFormat(str, Enum):
    table = "table"
    json = "json"


FormatOption = Annotated[LicenseFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)]
COLUMNS = (  # property -> column heading of `openscore licenses`
    ("commercial_use", "Commercial use"),
    ("user_threshold", "User threshold"),
    ("acceptable_use_policy", "Use policy"),
    ("no_training_other_models", "Bans training other models"),
    ("attribution", "Attribution"),
    ("field_of_use", "Field-of-use limits"),
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

    typer.echo(json_text(json.dumps({"openscore": SCHEMA_VERSION, **document}, indent=2, ensure_ascii=False)))


def _cell(record: LicenseRecord, name: str) -> str:
    prop = record.property(name)
    if prop is None:
        return "-"  # not recorded (not verified), which is not the same as "no"
    if prop.restriction and name in ("attribution", "field_of_use"):
        return prop.restriction
    return _value(prop.value)


def _value(value: bool | str) -> str:
    return ("yes" if value else "no") if isinstance(value, bool) else value


def _print_table(records: list[LicenseRecord]) -> None:
    from rich.table import Table
    from rich.text import Text

    from openscore.formats.table import make_console

    table = Table(show_lines=True, title="AI model licenses", caption="- not recorded · terms and sources: openscore license ID")
    table.add_column("License", overflow="fold")
    table.add_column("Class", overflow="fold")
    for _, heading in COLUMNS:
        table.add_column(heading, overflow="fold")
    for record in records:
        label = Text.assemble((record.key, "bold"), (f"\n{record.name}", "dim"))
        table.add_row(label, record.license_class.value, *(_cell(record, name) for name, _ in COLUMNS))
    make_console().print(table)


def _print_record(record: LicenseRecord) -> None:
    from rich.table import Table
    from rich.text import Text

    from openscore.formats.table import make_console

    console = make_console()
    from openscore.textsafe import line

    console.print(Text.assemble((line(record.key), "bold"), f" · {line(record.name)}"))
    yes_no = {True: "yes", False: "no"}
    facts = [
        ("class", record.license_class.value),
        ("SPDX", record.spdx or "-"),
        ("OSI-approved", yes_no[record.osi_approved]),
        ("FSF libre", yes_no[record.fsf_libre]),
        ("meant for", ", ".join(record.content_types) or "-"),
        ("ScanCode category", record.scancode_category or "-"),
        ("text", record.url or "-"),
    ]
    for label, value in facts:
        console.print(f"  {label + ':':<19}{value}")
    cited = {p.restriction: p.source for p in record.properties if p.restriction}
    if record.restrictions:
        console.print(Text("Restrictions", style="bold"))
        for restriction in record.restrictions:
            source = cited.get(restriction)
            console.print(Text.assemble(f"  - {restriction}", (f"  {source}" if source else "", "cyan")))
    if record.properties:
        table = Table(show_lines=False)
        for heading in ("Term", "Value", "Note", "Source"):
            table.add_column(heading, overflow="fold")
        for prop in record.properties:
            table.add_row(prop.name.replace("_", " "), _value(prop.value), prop.note or prop.restriction or "", prop.source)
        console.print(table)
    if record.notes:
        console.print(Text(record.notes, style="dim"))


def register(app: typer.Typer) -> None:
    app.command("license")(license_show)
    app.command("licenses")(licenses)
