"""The `openscore` command: builds the typer app from one module per command."""

from __future__ import annotations

import importlib

import typer

from openscore import __version__
from openscore.cli import language

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
language.install(app)  # --lang on every command, help texts translated when shown


def main() -> None:
    """The `openscore` command: every outcome a one-line message and a documented exit code (see `lastresort`)."""
    import sys

    from openscore.cli.lastresort import prepare_streams, run

    prepare_streams()
    language.choose(sys.argv[1:])  # before anything is read or shown (the commands check again, for tests)
    sys.exit(run(app, sys.argv[1:]))
