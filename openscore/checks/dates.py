"""Dates of data entries: malformed, in the future, or a review too long ago."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from openscore.checks.inputs import DataInput
from openscore.checks.options import Options
from openscore.errors import Problem
from openscore.i18n import _

FIELDS = ("released", "last_reviewed")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(data: DataInput, options: Options) -> list[Problem]:
    """Dates in the future and reviews too long ago (malformed dates: see `schema_problems`)."""
    found = []
    for base, raw in _dated(data):
        label = raw["id"] if isinstance(raw.get("id"), str) else ".".join(map(str, base))
        for name in FIELDS:
            if raw.get(name) is None:  # absent, or null: the schema decides
                continue
            path = (*base, name)
            value = as_date(raw[name])
            if value is None:
                continue
            if value > options.today:
                found.append(data.source.problem(path, _("{label}: {name} {value} is in the future").format(label=label, name=name, value=value)))
            elif name == "last_reviewed" and options.max_age and (options.today - value).days > options.max_age:
                age = (options.today - value).days
                found.append(data.source.problem(
                    path, _("{label}: last reviewed {value}, {age} days ago (more than {limit}); check the facts again").format(
                        label=label, value=value, age=age, limit=options.max_age),
                    severity="warning"))
    return found


def schema_problems(data: DataInput) -> list[Problem]:
    """The schema's problems, its word on malformed dates replaced by a clearer one (as every command shows them)."""
    bad_dates = malformed(data)
    found = [p for p in data.checked.problems if (p.line, p.column) not in bad_dates]
    for base, raw in _dated(data):
        label = raw["id"] if isinstance(raw.get("id"), str) else ".".join(map(str, base))
        for name in FIELDS:
            if raw.get(name) is not None and as_date(raw[name]) is None:
                found.append(data.source.problem((*base, name), _("{label}: {name} {value} is not a date; write YYYY-MM-DD").format(
                    label=label, name=name, value=_show(raw[name]))))
    return found


def as_date(value: Any) -> dt.date | None:
    """The date a raw YAML value stands for: a date, or a YYYY-MM-DD string; anything else is malformed."""
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def malformed(data: DataInput) -> set[tuple[int | None, int | None]]:
    """Where malformed dates stand, so the schema's own message about them can be left out."""
    spots: set[tuple[int | None, int | None]] = set()
    for base, raw in _dated(data):
        for name in FIELDS:
            if raw.get(name) is not None and as_date(raw[name]) is None:
                spots.add(data.source.locate((*base, name)) or (None, None))
    return spots


def _dated(data: DataInput) -> list[tuple[tuple[object, ...], dict[Any, Any]]]:
    """Every raw entry and raw variant that is a mapping, with its path."""
    found: list[tuple[tuple[object, ...], dict[Any, Any]]] = []
    for index, raw in enumerate(data.checked.raw):
        if not isinstance(raw, dict):
            continue
        found.append((("models", index), raw))
        variants = raw.get("variants")
        if isinstance(variants, list):
            found += [(("models", index, "variants", i), v) for i, v in enumerate(variants) if isinstance(v, dict)]
    return found


def _show(value: Any) -> str:
    shown = repr(value) if isinstance(value, str) else str(value)
    return f"{shown} (no such day)" if isinstance(value, str) and _ISO.match(value.strip()) else shown
