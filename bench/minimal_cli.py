"""The least a typer + rich command line can do: one command, three options, a six-row rich table.

bench/startup.py times it beside `openscore rate llama-3`, whose start-up must stay within 1.3 times
this one's; its own ratio to the import floor is what the stack alone costs (typer builds the command and coerces options through pydantic; rich
renders the table), whatever the program does.
"""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)


@app.command()
def rate(
    model: Annotated[str, typer.Argument(help="A model.")],
    rubric: Annotated[str, typer.Option(help="A rubric.")] = "default",
    format: Annotated[str, typer.Option(help="An output format.")] = "table",
    data: Annotated[list[str] | None, typer.Option(help="Data files.")] = None,
) -> None:
    """Print a table of six rows."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{model} ({rubric})")
    for column in ("criterion", "level", "points", "reason"):
        table.add_column(column)
    for name in ("weights", "code", "data", "recipe", "license", "paper"):
        table.add_row(name, "open", "10 / 10", f"{name}: released, Apache-2.0 (osi-approved)")
    Console(width=120).print(table)


if __name__ == "__main__":
    app()
