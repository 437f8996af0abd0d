"""Text in data files and rubrics is plain: no control character, no bidirectional override.

openscore shows such characters as placeholders wherever it prints (textsafe), but in a data file
they are never meant: an escape sequence in a license or a right-to-left override in a name is
how a hostile edit would hide what a reviewer sees. Newlines and tabs (block scalars) are fine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from openscore.checks.inputs import DataInput, RubricInput
from openscore.errors import Problem
from openscore.textsafe import has_control

BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# A character `_suspicious` looks for, raw in UTF-8 (C0 but tab and newline, DEL, C1, U+2028/2029, the bidi
# overrides), or a backslash: the only way a YAML string holds a character its file's text does not (an escape).
_HIDDEN_BYTES = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f\\]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]")
_HIDDEN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\\\\\u2028-\u202e\u2066-\u2069]")


_PLAIN_ASCII = bytes([*range(0x20, 0x5C), *range(0x5D, 0x7F), 0x09, 0x0A])  # printable ASCII but the backslash, tab, newline


def plain_source(text: bytes | str) -> bool:
    """True when no string read from the YAML `text` can hold a control character or bidi override: none stands in
    the text and no escape could write one. Another encoding than UTF-8 (UTF-16 has NUL bytes) is never plain."""
    if isinstance(text, str):
        return _HIDDEN_TEXT.search(text) is None
    # Deleting plain ASCII first leaves every multi-byte UTF-8 sequence whole (its bytes are all >= 0x80) and the
    # search a small remainder: the same answer some ten times faster than searching the whole text.
    return _HIDDEN_BYTES.search(text.translate(None, _PLAIN_ASCII)) is None


def check_data(data: DataInput) -> list[Problem]:
    if data.plain:  # nothing to find: skip visiting every string of a large file
        return []
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
