"""How license strings are compared: one normal form for every spelling people write.

`normal("Apache License, Version 2.0")`, `normal("apache-2.0")` and `normal("Apache 2.0")` are all
`"apache-2.0"`. The index stores aliases in this form, so build and lookup must use these functions.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[^a-z0-9.+]+")
_VERSION_WORD = re.compile(r"(^|-)(?:version-?|v)(?=\d)")  # "version-2.0", "v2" -> "2.0", "2"
_GPL_V = re.compile(r"(gpl)v(?=\d)")  # "gplv3" -> "gpl3"
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)")  # "apache2" -> "apache-2", "llama3.1" -> "llama-3.1"
_NOISE = frozenset({"the", "license", "licenses", "agreement", "international"})
_BARE_MAJOR = re.compile(r"-\d+$")  # "apache-2" may mean "apache-2.0"


def normal(text: str) -> str:
    """Lower case, `licence` spelled `license`, separators as single dashes, version words dropped."""
    s = text.strip().lower().replace("licence", "license")
    s = _SEPARATORS.sub("-", s)
    s = _GPL_V.sub(r"\1", s)
    s = _VERSION_WORD.sub(r"\1", s)
    s = _LETTER_DIGIT.sub("-", s)
    return re.sub(r"-{2,}", "-", s).strip("-.")


def without_noise(form: str) -> str:
    """A normal form without the words that never tell licenses apart ("the", "license", "agreement", "international")."""
    return "-".join(part for part in form.split("-") if part not in _NOISE)


def forms(text: str) -> list[str]:
    """The normal forms to look a string up under, most literal first."""
    base = normal(text)
    found = [base, without_noise(base)]
    found += [f + ".0" for f in found if _BARE_MAJOR.search(f)]
    return [f for f in dict.fromkeys(found) if f]
