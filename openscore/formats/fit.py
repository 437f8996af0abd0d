"""Fitting terminal tables to the width without splitting a word, an id, a number or a license id.

A column is never narrower than its longest word (under Chinese a Han character is a word, formats/cjk.py).
`widths` shares the room out or says the table cannot fit; the caller then draws one block per item.
Ids (model ids, license ids) may break only after a hyphen: `at_hyphens`.
"""

from __future__ import annotations

from rich.cells import cell_len

from openscore.i18n import current

BORDERS = 3  # cells a column adds to a rich table: a border and one space each side


def words(text: str) -> list[str]:
    """The words a wrapped line may break between (Chinese-aware)."""
    if current() == "zh":
        from openscore.formats import cjk

        return [w.strip() for _start, _end, w in cjk.words(text) if w.strip()]
    return text.split()


def least(*texts: str) -> int:
    """The widest word of the texts: a column narrower than this would split it."""
    return max((cell_len(word) for t in texts for word in words(t)), default=1)


def widest(*texts: str) -> int:
    """The widest line of the texts: the column's natural width."""
    return max((cell_len(line) for t in texts for line in t.splitlines() or [""]), default=1)


def widths(columns: list[list[str]], width: int, fixed: frozenset[int] = frozenset()) -> list[int] | None:
    """Content widths for a table whose columns hold these texts (header, then cells) within `width` cells,
    each column at least its longest word (the whole widest line for the `fixed` ones); None when they cannot fit."""
    from openscore.formats.table import _share

    extents = [(widest(*cells) if i in fixed else least(*cells), widest(*cells)) for i, cells in enumerate(columns)]
    room = width - BORDERS * len(columns) - 1
    if sum(low for low, _high in extents) > room:
        return None
    shared = _share(extents, room)
    return [high if w is None else w for w, (_low, high) in zip(shared, extents, strict=True)]


def pieces(text: str) -> list[str]:
    """`text` cut after each hyphen: the places an id may break ("llama-3-8b" -> "llama-", "3-", "8b")."""
    out, start = [], 0
    for index, char in enumerate(text):
        if char == "-" and 0 < index < len(text) - 1:
            out.append(text[start:index + 1])
            start = index + 1
    return [*out, text[start:]]


def least_piece(*texts: str) -> int:
    """The widest hyphen piece of any word of the texts: the narrowest column ids can break into."""
    return max((cell_len(p) for t in texts for word in words(t) for p in pieces(word)), default=1)


def at_hyphens(text: str, width: int) -> str:
    """Each word of `text` wider than `width` broken after hyphens into lines of at most `width` (greedy);
    words that fit, and text without long words, are returned unchanged."""
    if cell_len(text) <= width:
        return text
    lines: list[str] = []
    for line in text.split("\n"):
        out: list[str] = []
        for word in line.split(" "):
            if cell_len(word) <= width:
                out.append(word)
                continue
            current_line = ""
            broken = []
            for piece in pieces(word):
                if current_line and cell_len(current_line + piece) > width:
                    broken.append(current_line)
                    current_line = ""
                current_line += piece
            broken.append(current_line)
            out.append("\n".join(broken))
        lines.append(" ".join(out))
    return "\n".join(lines)
