"""The language of everything a person reads: chosen once per run, its catalog loaded only when used.

Messages in code are marked with `_()` (or `ngettext()`), extracted into gettext catalogs under
`openscore/locale/` by `scripts/update_catalogs.py`, and compiled to `.mo` files that ship in
the wheel. English is the source language: under `en` no catalog is read at all. Machine
formats (JSON keys, ids, enums) never pass through here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # gettext is imported only when a catalog is read (never under English)
    import gettext as _gettext

LANGUAGES = ("en", "zh")
DEFAULT = "en"
DOMAIN = "openscore"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_CHINESE_LOCALES = ("zh",)  # zh, zh_CN, zh_TW, zh_HK, zh_SG, zh-Hans …: all read Chinese
_language = DEFAULT
_translations: _gettext.NullTranslations | None = None
_listeners: list[Callable[[str], None]] = []  # called with the new language whenever it changes (see `on_change`)


def detect(environ: Mapping[str, str] = os.environ) -> str:
    """The language asked for by the environment: OPENSCORE_LANG, then LC_ALL, LC_MESSAGES, LANG."""
    explicit = environ.get("OPENSCORE_LANG", "").strip().lower()
    if explicit:
        return normalize(explicit) or DEFAULT
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value:  # the first one set decides, as in POSIX
            return "zh" if value.lower().startswith(_CHINESE_LOCALES) else DEFAULT
    return DEFAULT


def normalize(value: str) -> str | None:
    """`zh`, `zh_CN`, `zh-Hans`, `ZH` → `zh`; `en`, `en_US.UTF-8` → `en`; anything else → None."""
    head = value.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return head if head in LANGUAGES else None


def set_language(language: str) -> None:
    """Use `language` for the rest of the run (the catalog is read on first use)."""
    global _language, _translations
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    if language != _language:
        _language, _translations = language, None
        for listener in _listeners:
            listener(language)


def on_change(listener: Callable[[str], None]) -> None:
    """Call `listener(language)` whenever the language changes (for caches of translated text)."""
    _listeners.append(listener)


def current() -> str:
    return _language


def _catalog() -> _gettext.NullTranslations:
    global _translations
    if _translations is None:
        import gettext

        if _language == DEFAULT:
            _translations = gettext.NullTranslations()
        else:
            _translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[_language], fallback=True)
    return _translations


def _(message: str) -> str:
    """`message` in the current language (English when the catalog has no translation)."""
    if _language == DEFAULT:
        return message
    return _catalog().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, in the current language."""
    if _language == DEFAULT:
        return singular if n == 1 else plural
    return _catalog().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` in the current language, told apart from the same English words elsewhere by `context`."""
    if _language == DEFAULT:
        return message
    return _catalog().pgettext(context, message)


def N_(message: str) -> str:
    """Mark `message` for extraction without translating it now (translated where it is shown)."""
    return message


def translate(message: str) -> str:
    """`_` under a name that reads well where a translation function is handed on (the scorer's `tr`)."""
    return _(message)


def pick(texts: Mapping[str, str] | None, english: str) -> str:
    """A data field's text in the current language: its translation where the data has one, else English."""
    if texts and _language != DEFAULT:
        return texts.get(_language) or english
    return english
