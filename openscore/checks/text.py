"""Text in data files and rubrics is plain: no control character, no bidirectional override.

openscore shows such characters as placeholders wherever it prints (textsafe), but in a data file
they are never meant: an escape sequence in a license or a right-to-left override in a name is
how a hostile edit would hide what a reviewer sees. Newlines and tabs (block scalars) are fine.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openscore.checks.inputs import DataInput, RubricInput
from openscore.errors import Problem
from openscore.textsafe import has_control

BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def check_data(data: DataInput) -> list[Problem]:
    return [data.source.problem(("models", *path), _message(text)) for path, text in _strings(list(data.checked.raw))
            if _suspicious(text)]


def check_rubric(data: RubricInput) -> list[Problem]:
    if data.rubric is None:
        return []
    document = data.rubric.model_dump(mode="json", by_alias=True, exclude_none=True)
    return [data.source.problem(path, _message(text)) for path, text in _strings(document) if _suspicious(text)]


def _strings(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string value with its path (keys left to the schema's unknown-key check)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def _suspicious(text: str) -> bool:
    return not text.isprintable() and (has_control(text) or not BIDI_OVERRIDES.isdisjoint(text))


def _message(text: str) -> str:
    found = next(c for c in text if c in BIDI_OVERRIDES or has_control(c))
    what = "a bidirectional override" if found in BIDI_OVERRIDES else "a control character"
    return f"text holds {what} (U+{ord(found):04X}); write plain text (shown elsewhere as a placeholder)"
