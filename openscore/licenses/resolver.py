"""`resolve`: any license string to a LicenseRecord, never raising; unrecognised strings get close matches."""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import replace
from functools import lru_cache

from openscore import i18n
from openscore.domain.licensing import LicenseClass
from openscore.i18n import N_, _
from openscore.licenses import index
from openscore.licenses.record import LicenseRecord
from openscore.licenses.spelling import forms, normal

MAX_LENGTH = 500  # longer text is prose, not a license string: not parsed, not matched
_OPERATOR = re.compile(r"\s(?:and|or|with)(?:\s|$)|[()]", re.IGNORECASE)  # worth parsing as an expression
_SHOWN = 60
_NO_LICENSE = frozenset({"none", "unlicensed", "no-license", "nolicense", "not-licensed", "no-license-stated"})
_HINTS: ContextVar[bool] = ContextVar("openscore_license_hints", default=True)  # close matches for unrecognised strings


def resolve(text: str, name: str | None = None, hints: bool = True) -> LicenseRecord:
    """The record for a license string: an SPDX id or expression, a Hugging Face tag, an AI-license key or a spelling of one.

    `name` is Hugging Face's `license_name`, used when the tag is `other` (or empty).
    Never raises: anything unrecognised comes back with class `unknown`, a warning and, with `hints`, close matches
    (the costly part: `resolve_without_hints` is for scoring, which never shows them).
    """
    try:
        text = "" if text is None else str(text)
        name = None if name is None else str(name)
        token = _HINTS.set(hints)
        try:
            found = _resolve(text, name, hints, i18n.current())
        finally:
            _HINTS.reset(token)
        if not found.recognised and (text.strip() or name):  # a license the work tree defines (licenses.yaml)?
            from openscore.licenses import custom

            own = custom.find(name if name and text.strip().lower() in ("", "other") else text)
            if own is not None:
                return own
        return found
    except Exception as error:  # the contract is to never raise; keep the cause visible in the warning
        shown = _shown(text if isinstance(text, str) else repr(text))
        return _unknown(shown, _("license '{license}' could not be read ({error})").format(
            license=shown, error=f"{type(error).__name__}: {error}"))


def known_model_licenses() -> list[LicenseRecord]:
    """The curated AI model licenses (and the licenses often put on weights), in the overlay's order."""
    return [index.record(key) for key in index.table_keys()]


def resolve_without_hints(text: str) -> LicenseRecord:
    """`resolve` without close matches for unrecognised strings: what scoring needs, in time linear in the strings."""
    return resolve(text, hints=False)


@lru_cache(maxsize=4096)
def _resolve(text: str, name: str | None, hints: bool, language: str) -> LicenseRecord:
    """hints and the language of the warnings: part of the cache key (see _HINTS)."""
    if name and name.strip() and text.strip().lower() in ("", "other"):
        found = _resolve_text(name.strip())
        query = f"{text.strip() or 'other'} ({name.strip()})"
        if language == i18n.DEFAULT:
            warning = found.warning and f"license_name {found.warning.removeprefix('license ')}"
        else:
            warning = found.warning and _("license_name: {warning}").format(warning=found.warning)
        return replace(found, query=query, warning=warning)
    found = _resolve_text(text)
    return found if found.query == text else replace(found, query=text)


def _resolve_text(text: str) -> LicenseRecord:
    """One license or an expression: cheapest lookups first, the license-expression parser and close matches last."""
    text = text.strip()
    if len(text) > MAX_LENGTH:
        return _unknown(text, _("license '{license}' is too long to be a license string ({n} characters)").format(
            license=_shown(text), n=len(text)))
    if index.is_key(text):
        return index.record(text)
    operators = bool(_OPERATOR.search(text))
    if operators:
        from openscore.licenses.expression import flat

        found = flat(text, _common)
        if found:
            return found
    known = _known(text)
    if known or not operators:
        return known or _unrecognised(text)
    from openscore.licenses.expression import combine  # imports license-expression

    try:
        combined = combine(text, _resolve_single)
    except ValueError as error:
        return _unrecognised(text, N_("license '{license}' is neither a license openscore recognises nor a valid expression ({error})"),
                             error=str(error))
    if not combined.recognised:
        combined = replace(combined, warning=_("license expression '{expression}': {warning}").format(
            expression=_shown(text), warning=combined.warning))
    return combined


def _resolve_single(text: str) -> LicenseRecord:
    """One license, as a part of an expression."""
    return _known(text) or _unrecognised(text)


def _common(text: str) -> LicenseRecord | None:
    key = index.find_common(text.strip())
    return index.record(key) if key else None


def _known(text: str) -> LicenseRecord | None:
    """The record of a known key or spelling, or of a tag that says no license (empty, `other`, a family); else None."""
    text = text.strip()
    if index.is_key(text):
        return index.record(text)
    if not text:
        return _unknown(text, _("empty license string: no license stated"))
    tag = normal(text)
    if not tag:  # only punctuation or symbols
        return None
    if tag == "unknown":
        return LicenseRecord(query=text, key="unknown", name="Unknown (stated as unknown)", license_class=LicenseClass.UNKNOWN, recognised=True)
    if tag in _NO_LICENSE:  # the Model Openness Tool's `unlicensed`, `none`: no license at all (never the Unlicense)
        key = index.find("no license") or index.find_scancode("no license")
        if key:
            return replace(index.record(key), query=text, name="No license (none stated)")
    if tag == "other":
        return _unknown(text, _("license 'other' does not say which license it is; give its name (Hugging Face: license_name)"))
    members = index.family(tag)
    if members:
        return _unknown(text, _("license '{license}' names a family of licenses; say which one: {members}").format(
            license=_shown(text), members=_(", ").join(members)), tuple(members))
    key = index.find(text)
    return index.record(key) if key else None


def _unrecognised(text: str, problem: str = N_("license '{license}' is not one openscore recognises"), error: str = "") -> LicenseRecord:
    """A license only ScanCode's full index knows, or an unknown record with close matches."""
    key = index.find_scancode(text)
    if key:
        return index.record(key)
    suggestions = _close_matches(text) if _HINTS.get() else ()
    hint = _("; close matches: {matches}").format(matches=_(", ").join(suggestions)) if suggestions else ""
    return _unknown(text, _(problem).format(license=_shown(text), error=error) + hint, suggestions)


def _unknown(text: str, warning: str, suggestions: tuple[str, ...] = ()) -> LicenseRecord:
    return LicenseRecord(
        query=text, key=text, name=text, license_class=LicenseClass.UNKNOWN, recognised=False, suggestions=suggestions, warning=warning
    )


def _close_matches(text: str, limit: int = 3) -> tuple[str, ...]:
    """Canonical keys whose spellings are close to the text (by difflib's ratio)."""
    import difflib

    candidates = forms(text)
    if not candidates or len(candidates[-1]) > 100:
        return ()
    table = index.spellings()
    found = difflib.get_close_matches(candidates[-1], table, n=limit * 4, cutoff=0.7)
    return tuple(dict.fromkeys(table[form] for form in found))[:limit]


def _shown(text: str) -> str:
    """The text on one line, cut to a readable length."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN else flat[: _SHOWN - 1] + "…"
