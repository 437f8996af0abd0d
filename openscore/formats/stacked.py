"""One block per item, for terminals too narrow for a table's columns to hold their longest word.

Each view here is what formats/table.py draws as a table when every column fits (formats/fit.py decides):
the same facts, nothing dropped, ids and numbers whole, prose wrapped between words under its heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from openscore.i18n import _

if TYPE_CHECKING:
    from openscore.domain.rubric import Rubric
    from openscore.licenses.record import LicenseRecord


def _field(console: Console, label: str, value: str, indent: str = "  ") -> None:
    from openscore.formats.table import _prose

    _prose(console, label + _(": ") + value, indent=indent, hanging="  ")


def compare(console: Console, title: str | None, ids: Sequence[str], rows: Sequence[tuple[Text, Sequence[Text]]]) -> None:
    """`compare`: per criterion (then score, verdict, tier), one line per model: its id, then what it got."""
    from openscore.formats.table import _t

    if title:
        console.print(_t(title, "italic"))
    pad = max(cell_len(i) for i in ids) + 2
    for label, cells in rows:
        console.print(label)
        for model_id, cell in zip(ids, cells, strict=True):
            head = _t(f"    {model_id}")
            head.append(" " * (pad - cell_len(model_id)) if 4 + pad + cell.cell_len <= console.width else "\n      ")
            console.print(head + cell, overflow="fold")


def rubrics(console: Console, found: Sequence[Rubric]) -> None:
    """`rubrics`: each rubric's id and name, then its version, size and description."""
    from openscore.formats import wording
    from openscore.formats.table import _prose

    for rubric in found:
        _prose(console, f"{rubric.id}  {rubric.name}", "bold", hanging="  ")
        _prose(console, _(", ").join((_("Version") + _(": ") + rubric.version, _("Criteria") + _(": ") + str(len(rubric.criteria)),
                                      _("Max score") + _(": ") + wording.number(rubric.out_of))), indent="  ", hanging="  ")
        _prose(console, rubric.description, "dim", indent="  ", hanging="")


def criteria(console: Console, heads: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """`rubric show`'s criteria: each criterion's name and id, then each column as `heading: value`."""
    from openscore.formats.table import _prose

    for row in rows:
        _prose(console, row[0], "bold", hanging="  ")
        for head, value in zip(heads[1:], row[1:], strict=True):
            _field(console, head, value)


def licenses(console: Console, title: str, caption: str, heads: Sequence[str], records: Sequence[LicenseRecord],
             rows: Sequence[Sequence[str]]) -> None:
    """`licenses`: each license's id and name, then each column as `heading: value`."""
    from openscore.formats.table import _prose, _t

    console.print(_t(title, "italic"))
    for record, row in zip(records, rows, strict=True):
        _prose(console, f"{record.key} · {record.name}", "bold", hanging="  ")
        for head, value in zip(heads, row, strict=True):
            _field(console, head, value)
    console.print(_t(caption, "dim"))


def terms(console: Console, rows: Sequence[tuple[str, str, str, str]]) -> None:
    """`license ID`'s terms: each term and value, its note under it, its source URL whole on a line of its own."""
    from openscore.formats.table import _prose, _t

    for term, value, note, source in rows:
        _field(console, term, value, indent="")
        if note:
            _prose(console, note, "dim", indent="  ", hanging="")
        if source:
            console.print(_t(f"  {source}", "cyan"), overflow="ignore", crop=False)
