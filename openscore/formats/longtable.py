"""A long table (hundreds of rows) drawn line by line in rich's heavy-head box style.

rich's `Table` measures and renders every cell through its generic layout engine, about a
millisecond a row; `openscore list` over every source has hundreds. Here column widths are
measured once (the longest cell, the widest wrapping columns narrowed to fit, never below their
longest word) and each row becomes lines of one `Text`. `draw` returns False when the columns
cannot fit the width, and the caller falls back to rich's `Table`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.text import Text


@dataclass(frozen=True)
class Column:
    header: str
    justify: str = "left"  # left, right, center
    wrap: bool = True


def widths(columns: Sequence[Column], rows: Sequence[Sequence[Text]], room: int) -> list[int] | None:
    """Each column's width, or None when the columns cannot fit `room` cells of content."""
    cells = [[Text(column.header), *(row[i] for row in rows)] for i, column in enumerate(columns)]
    found = [max(cell.cell_len for cell in column) for column in cells]
    least = [found[i] if not column.wrap else max(Text(word).cell_len for cell in cells[i] for word in (cell.plain.split() or [""]))
             for i, column in enumerate(columns)]
    while sum(found) > room:
        wrapping = [i for i in range(len(found)) if found[i] > least[i]]
        if not wrapping:
            return None
        widest = max(wrapping, key=lambda i: found[i])
        found[widest] -= 1
    return found


def draw(console: Console, title: str | None, columns: Sequence[Column], rows: Sequence[Sequence[Text]],
         sizes: Sequence[int] | None = None) -> bool:
    """Print the table (with the column widths given, else measured here); False (nothing printed) when it cannot fit."""
    sizes = list(sizes) if sizes is not None else widths(columns, rows, console.width - (3 * len(columns) + 1))
    if sizes is None:
        return False
    out = Text()
    total = sum(sizes) + 3 * len(sizes) + 1
    if title:
        out.append(title.center(total).rstrip() + "\n", style="italic")
    out.append("┏" + "┳".join("━" * (w + 2) for w in sizes) + "┓\n")
    _row(out, [Text(c.header, style="bold") for c in columns], columns, sizes, "┃")
    out.append("┡" + "╇".join("━" * (w + 2) for w in sizes) + "┩\n")
    for row in rows:
        _row(out, row, columns, sizes, "│")
    out.append("└" + "┴".join("─" * (w + 2) for w in sizes) + "┘")
    console.print(out, no_wrap=True, overflow="ignore", crop=False)
    return True


def _row(out: Text, cells: Sequence[Text], columns: Sequence[Column], sizes: Sequence[int], bar: str) -> None:
    lines = [_wrap(cell, width) if column.wrap else [cell] for cell, column, width in zip(cells, columns, sizes, strict=True)]
    for index in range(max(len(parts) for parts in lines)):
        pending = bar  # plain text between two cells goes in with one append
        for parts, column, width in zip(lines, columns, sizes, strict=True):
            part = parts[index] if index < len(parts) else _EMPTY
            gap = max(width - part.cell_len, 0)
            left = gap if column.justify == "right" else gap // 2 if column.justify == "center" else 0
            out.append(pending + " " * (left + 1))
            out.append_text(part)
            pending = " " * (gap - left + 1) + bar
        out.append(pending + "\n")


_EMPTY = Text()


def _wrap(cell: Text, width: int) -> list[Text]:
    """`cell` in lines of at most `width` cells, broken at spaces (rich keeps the cell's style on each line)."""
    if cell.cell_len <= width and "\n" not in cell.plain:
        return [cell]
    lines = cell.wrap(_console(width), width)
    return list(lines) or [cell]


@functools.cache
def _console(width: int) -> Console:
    """A console to measure and wrap with (one per width: making one costs more than wrapping a cell)."""
    return Console(width=width, legacy_windows=False)
