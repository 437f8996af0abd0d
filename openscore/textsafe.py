"""Untrusted text made safe to show: the one place control characters are neutralised.

Strings from data files, rubrics, caches and the network may hold terminal escapes (ESC,
OSC 8 links, the C1 CSI), carriage returns that overwrite a line, line separators, or the
bidirectional overrides that make text read in another order than it is stored (U+202A-U+202E,
U+2066-U+2069). Every human-readable output passes them through `clean` (multi-line text) or
`line` (one line), which replace each such character by a visible placeholder: C0 controls by
their Unicode control picture (ESC shows as ␛), DEL as ␡, C1 controls and bidi overrides as �.
Machine formats keep the data and write these characters escaped (`json_text`, the YAML emitter). Rich markup is a separate
concern: consoles are made with markup off and untrusted strings are handed over as text.
"""

from __future__ import annotations

PLACEHOLDER_C1 = "\ufffd"

# The bidirectional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Tab and newline are layout in multi-line text; everything else below 0x20, DEL, C1, the
# Unicode line/paragraph separators and the bidi controls is replaced. All of them are outside
# `str.isprintable`, so printable text (nearly all text) is returned as it is after one C-speed scan.
_MULTI: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_MULTI[0x7F] = "\u2421"
_MULTI.update({code: PLACEHOLDER_C1 for code in range(0x80, 0xA0)})
_MULTI[0x2028] = _MULTI[0x2029] = "\u2424"
_MULTI.update({ord(c): PLACEHOLDER_C1 for c in BIDI_CONTROLS})
_SINGLE = {**_MULTI, 0x09: " ", 0x0A: "\u2424"}
_MULTI_TABLE = str.maketrans(_MULTI)
_SINGLE_TABLE = str.maketrans(_SINGLE)


def clean(text: str) -> str:
    """`text` with every control character but tab and newline replaced by a visible placeholder."""
    return text if text.isprintable() else text.translate(_MULTI_TABLE)


def line(text: str) -> str:
    """`text` on one line: `clean`, with newlines shown as ␤ and tabs as spaces."""
    return text if text.isprintable() else text.translate(_SINGLE_TABLE)


def has_control(text: str) -> bool:
    """True when `clean` would change `text`."""
    return not text.isprintable() and text.translate(_MULTI_TABLE) != text


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, with … marking the cut (keeps rendering linear in the input)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


_JSON_RAW = "[\x7f-\x9f\u202a-\u202e\u2066-\u2069]"


def json_text(document: str) -> str:
    """JSON text with DEL, C1 controls and bidi controls (which JSON allows raw in strings) written as \\u escapes:
    same data."""
    if document.isascii() and "\x7f" not in document:
        return document
    import re

    return re.sub(_JSON_RAW, lambda m: f"\\u{ord(m.group()):04x}", document)


def json_bytes(document: bytes) -> bytes:
    """`json_text` for UTF-8 JSON bytes."""
    if document.isascii() and b"\x7f" not in document:
        return document
    import re

    return re.sub(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]",
                  lambda m: b"\\u%04x" % ord(m.group().decode()), document)
