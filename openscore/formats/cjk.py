"""Line breaking for Chinese text in rich tables.

rich breaks lines only at spaces, so a Chinese sentence (which has none) is one long "word",
folded wherever the column ends: in the middle of "OSI" or "Apache-2.0", or with "，" starting a
line. Under Chinese, `install()` gives rich's wrapper words the way Chinese is set: every Han
character is a word of its own, a run of Latin letters and digits stays whole, closing
punctuation stays with what it closes and opening punctuation with what follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_HAN = "\u2e80-\u2fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_OPENING = "（「『《〈【“‘"
_CLOSING = "，。；：、）」』》〉】”’！？…"
_WORD = re.compile(
    rf"\s*[{_OPENING}]*(?:[{_HAN}]|[^\s{_HAN}{_OPENING}{_CLOSING}]+)?[{_CLOSING}]*\s*"
)


def words(text: str) -> Iterable[tuple[int, int, str]]:
    """rich's `_wrap.words`, Chinese-aware: (start, end, word with the whitespace after it)."""
    position, end = 0, len(text)
    while position < end:
        match = _WORD.match(text, position)
        stop = match.end() if match and match.end() > position else position + 1
        yield position, stop, text[position:stop]
        position = stop


def install() -> None:
    """Use `words` for every line rich wraps from now on (only Chinese runs call this)."""
    from rich import _wrap

    _wrap.words = words
