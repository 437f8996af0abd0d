"""The `openscore` command: builds the typer app from one module per command."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

import typer

from openscore import __version__

# Each command name and the module that defines it (`register(app)`); one line per command name.
COMMANDS = {
    "rate": "rate",
    "compare": "compare",
    "list": "list_cmd",
    "rubrics": "rubrics_cmd",
    "rubric": "rubrics_cmd",
    "import": "import_cmd",
    "validate": "validate",
    "diff": "diff_cmd",
    "hub": "hub_cmd",
    "draft": "draft",
    "report": "report",
    "badge": "badge",
    "license": "license_cmd",
    "licenses": "license_cmd",
    "sources": "sources_cmd",
    "info": "info",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"openscore {__version__}")
        raise typer.Exit()


def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """How open is an AI model, really?"""


def build(modules: Sequence[str] = COMMAND_MODULES) -> typer.Typer:
    """The typer app with the commands of `modules` registered."""
    app = typer.Typer(
        name="openscore",
        help="How open is an AI model, really? Grades releases on code, weights, data, recipe, license and paper.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    app.callback()(_root)
    for name in modules:
        importlib.import_module(f"openscore.cli.{name}").register(app)
    return app


def for_arguments(argv: Sequence[str]) -> typer.Typer:
    """The app for one run: only the invoked command's module when the first argument names a command
    (typer builds the options of every registered command at start-up: ~25 ms for all of them, ~1 ms
    for one); every command for `--help`, `--version`, no command or an unknown one."""
    module = COMMANDS.get(argv[0]) if argv else None
    return build((module,)) if module else build()


def main() -> None:
    """The `openscore` command: every outcome a one-line message and a documented exit code (see `lastresort`)."""
    import sys

    from openscore.cli.lastresort import prepare_streams, run

    prepare_streams()
    arguments = sys.argv[1:]
    sys.exit(run(for_arguments(arguments), arguments))


def __getattr__(name: str) -> Any:
    """`app`: the app with every command (what tests and tools import), built on first use."""
    if name == "app":
        globals()["app"] = built = build()
        return built
    raise AttributeError(name)
