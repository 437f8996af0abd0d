"""Why a data file cannot be loaded, in the words and path style of `openscore validate`."""

from __future__ import annotations

from pathlib import Path

from openscore.checks import dates
from openscore.checks.inputs import DataInput, display
from openscore.errors import Problem
from openscore.i18n import _, ngettext
from openscore.sources.datafile import Checked, check_text

SHOWN = 5  # problems listed before pointing to `openscore validate` for the rest


def problems(path: Path, text: str | bytes) -> tuple[Checked, list[Problem]]:
    """The file read leniently, and its schema problems (file named as `validate` names it), first ones first."""
    name = display(path)
    checked = check_text(text, name)
    found = dates.schema_problems(DataInput(name, checked))
    return checked, sorted(found, key=lambda p: (p.line or 0, p.column or 0))


def summary(path: Path, found: list[Problem]) -> list[Problem]:
    """The first few problems and a last line pointing to `openscore validate` for the full list."""
    name = display(path)
    more = len(found) - SHOWN
    rest = ngettext("{n} more problem; ", "{n} more problems; ", more).format(n=more) if more > 0 else ""
    hint = Problem(_("{file} does not validate: {rest}run `openscore validate` for the full list").format(file=name, rest=rest),
                   severity="note")
    return [*found[:SHOWN], hint]
