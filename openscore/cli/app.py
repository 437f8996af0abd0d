"""The `openscore` command: builds the typer app from one module per command."""

from __future__ import annotations

import importlib

import typer
import typer.core

from openscore import __version__

# Each module defines `register(app)`. Keep one line per command module.
COMMAND_MODULES = (
    "rate",
    "compare",
    "list_cmd",
    "rubrics_cmd",
    "import_cmd",
    "validate",
    "diff_cmd",
    "hub_cmd",
    "draft",
    "report",
    "badge",
    "license_cmd",
    "sources_cmd",
    "info",
)

def _plain_argument_help() -> None:
    """Typer >= 0.20 writes an argument with a metavar as '{MODEL}' in the usage line and 'MODEL <str>' in the help:
    shown as click does, 'MODEL' (required) and '[NAME]' (optional), with no Python type name. Older typer already does."""
    argument = getattr(typer.core, "TyperArgument", None)
    if argument is None or not hasattr(argument, "_usage_display_name") or not hasattr(argument, "display_type_rich"):
        return
    usage, shown = argument._usage_display_name, argument.display_type_rich

    def _usage(self: typer.core.TyperArgument) -> str:
        if self.metavar is None:
            return usage(self)
        return self.metavar if self.required else f"[{self.metavar}]"

    def _type(self: typer.core.TyperArgument, ctx: object) -> str | None:
        return None if self.metavar is not None else shown(self, ctx)

    argument._usage_display_name = _usage
    argument.display_type_rich = _type


_plain_argument_help()

app = typer.Typer(
    name="openscore",
    help="How open is an AI model, really? Grades releases on code, weights, data, recipe, license and paper.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"openscore {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """How open is an AI model, really?"""


for _name in COMMAND_MODULES:
    importlib.import_module(f"openscore.cli.{_name}").register(app)


def main() -> None:
    """The `openscore` command: every outcome a one-line message and a documented exit code (see `lastresort`)."""
    import sys

    from openscore.cli.lastresort import prepare_streams, run

    prepare_streams()
    sys.exit(run(app, sys.argv[1:]))
