"""`openscore license ID` and `openscore licenses`: what a license allows, and the AI model licenses side by side."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from openscore.cli import common
from openscore.i18n import _


@common.reports_errors
def license_show(
    license_id: Annotated[str, typer.Argument(metavar="ID", help="License id, expression, Hugging Face tag or spelling, e.g. llama3.1.")],
    name: Annotated[Optional[str], typer.Option("--name", metavar="NAME", help="Hugging Face license_name, for the tag `other`.")] = None,  # noqa: UP045
    format: Annotated[str, common.format_option("license")] = "table",
) -> None:
    """Show one license: its class, flags, restrictions and the sources they come from."""
    from openscore.licenses import resolve

    record = resolve(license_id, name)
    if not record.recognised:
        raise common.OpenscoreError(record.warning or _("license '{license}' is not one openscore recognises").format(license=license_id))
    common.render(format, "license", record)


@common.reports_errors
def licenses(format: Annotated[str, common.format_option("licenses")] = "table") -> None:
    """Compare the AI model licenses openscore knows: class, commercial use, user caps, use policies and more."""
    from openscore.licenses import known_model_licenses

    common.render(format, "licenses", known_model_licenses())


def register(app: typer.Typer) -> None:
    app.command("license")(license_show)
    app.command("licenses")(licenses)
