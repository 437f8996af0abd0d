"""The `openscore` command: builds the typer app from one module per command."""

from __future__ import annotations

import importlib
from typing import Any

import typer

from openscore import __version__

# Each module defines `register(app)`. Keep one line per command module.
COMMAND_MODULES = (
    "rate",
    "compare",
    "list_cmd",
    "rubrics_cmd",
    "import_cmd",
    "validate",
    "diff",
    "hub_cmd",
    "draft",
    "report",
    "badge",
    "license_cmd",
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


def main() -> None:
    """The `openscore` command: bad options and arguments get one line in openscore's style (exit 2), not click's usage box."""
    import sys

    errors, abort = _click_errors()
    try:
        code = app(prog_name="openscore", standalone_mode=False)
    except errors.NoArgsIsHelpError as exc:
        typer.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
        sys.exit(2)
    except errors.UsageError as exc:
        typer.echo(f"openscore: error: {usage_message(exc, errors)}", err=True)
        sys.exit(2)
    except abort:
        typer.echo("openscore: aborted", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


def _click_errors() -> tuple[Any, type[BaseException]]:
    """The exceptions module of the click typer uses (vendored since typer 0.22), and its Abort."""
    try:
        from typer import _click
        from typer.exceptions import Abort

        return _click.exceptions, Abort
    except ImportError:  # an older typer on plain click
        import click

        return click.exceptions, click.exceptions.Abort


def usage_message(exc: Any, errors: Any) -> str:
    """A usage error on one line: what was wrong, and where the command's help is."""
    param = getattr(exc, "param", None)
    if isinstance(exc, errors.BadParameter) and not isinstance(exc, errors.MissingParameter) and param is not None:
        opts = [o for o in getattr(param, "opts", ()) if o.startswith("--")] or [str(getattr(param, "name", "")).upper()]
        what = f"invalid value for {'/'.join(opts)}: {exc.message.removeprefix('Value error, ')}"
    elif isinstance(exc, errors.MissingParameter) and param is not None:
        opts = [o for o in getattr(param, "opts", ()) if o.startswith("--")]
        what = f"missing option {opts[0]}" if opts else f"missing argument {str(getattr(param, 'name', '')).upper()}"
    else:
        what = exc.format_message()
    what = " ".join(what.split()).rstrip(".")
    what = what[:1].lower() + what[1:]
    ctx = getattr(exc, "ctx", None)
    return f"{what} (see `{ctx.command_path} --help`)" if ctx is not None else what
