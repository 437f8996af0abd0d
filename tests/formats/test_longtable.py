"""Long lists (every source) are drawn line by line, in the same box style, every row once, never wider than asked."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from openscore.formats import longtable


def render(width: int, rows: list[tuple[Text, ...]]) -> tuple[bool, str]:
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None)
    columns = [longtable.Column("#", "right", wrap=False), longtable.Column("Model", wrap=False), longtable.Column("Organization")]
    return longtable.draw(console, "rubric x 1.0", columns, rows), out.getvalue()


def test_every_row_once_wrapped_at_spaces_within_the_width():
    rows = [(Text(str(i)), Text(f"model-{i}"), Text("Allen Institute for AI (AI2)" if i % 2 else "Acme")) for i in range(1, 301)]
    drawn, text = render(40, rows)
    assert drawn
    lines = text.splitlines()
    assert lines[1].startswith("┏") and lines[3].startswith("┡") and lines[-1].startswith("└")
    assert all(len(line) <= 40 for line in lines)
    assert sum(line.startswith("│") and "model-" in line for line in lines) == 300
    assert "│   1 │ model-1   │ Allen Institute    │\n│     │           │ for AI (AI2)       │\n" in text  # wrapped at a space


def test_too_narrow_is_left_to_rich():
    rows = [(Text("1"), Text("a-very-long-model-identifier-that-cannot-wrap"), Text("Org"))]
    assert render(30, rows) == (False, "")
