"""A work tree's own licenses: `licenses.yaml` beside its data files, for licenses openscore does not know.

    licenses:
      acme-model-license-1.0:
        name: Acme Model License 1.0
        url: https://example.org/acme/LICENSE
        class: restricted            # osi-approved, open-data, open-content, restricted, non-commercial, proprietary
        content_types: [model]        # code, model, data, document (optional)
        aliases: [Acme ML 1.0]        # other spellings (optional)
        restrictions: [no use by competitors]  # what restricts use, in your words (optional)
        notes: Read from the license text on 2026-11-30.          # optional

The file is read only when a license string is not one openscore knows (no cost at start-up).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openscore.domain.licensing import LicenseClass
from openscore.errors import OpenscoreError, Problem
from openscore.licenses.record import CONTENT_TYPES, LicenseRecord

FILE = "licenses.yaml"
FIELDS = ("name", "url", "class", "content_types", "aliases", "restrictions", "notes")
CLASSES = tuple(c.value for c in LicenseClass if c is not LicenseClass.UNKNOWN)
_HTTP = re.compile(r"^https?://\S+$")
_tables: dict[tuple[str, int, int], dict[str, LicenseRecord]] = {}


def find(text: str) -> LicenseRecord | None:
    """The work tree's own record for a license string (its key or an alias, any case), if it defines one."""
    path = _location()
    if path is None:
        return None
    try:
        table = load(path)
    except OpenscoreError:  # `openscore validate` reports it; resolving never raises
        return None
    found = table.get(text.strip().casefold())
    return LicenseRecord(**{**found.__dict__, "query": text}) if found else None


def load(path: Path) -> dict[str, LicenseRecord]:
    """The licenses a file defines, by lower-cased key and alias; raises OpenscoreError with every problem."""
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _tables:
        _tables[key] = _read(path)
    return _tables[key]


def check(path: Path, name: str | None = None) -> list[Problem]:
    """Every problem of a licenses file (for `openscore validate`; `name`: the file as findings show it)."""
    try:
        _read(path, name)
    except OpenscoreError as exc:
        return list(exc.problems)
    return []


def _location() -> Path | None:
    from openscore import resources

    files = resources.chosen_data or resources.default_data_files()
    path = files[0].parent / FILE if files else None
    return path if path is not None and path.is_file() else None


def _read(path: Path, shown: str | None = None) -> dict[str, LicenseRecord]:
    from openscore.yamlio import load as load_yaml

    name = shown or str(path)
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise OpenscoreError([Problem(f"cannot read the licenses file: {exc.strerror or exc}", name)]) from None
    document, source = load_yaml(text, name)
    if not isinstance(document, dict) or not isinstance(document.get("licenses"), dict):
        raise OpenscoreError([source.problem((), "a licenses file is a mapping with the licenses under 'licenses:', by key")])
    problems: list[Problem] = []
    table: dict[str, LicenseRecord] = {}
    for key, raw in document["licenses"].items():
        found = _problems(key, raw)
        problems += [source.problem(("licenses", key, *where), f"license '{key}': {message}") for where, message in found]
        if not found:
            record = _record(str(key), raw)
            for spelling in (str(key), *raw.get("aliases", ())):
                table[spelling.strip().casefold()] = record
    if problems:
        raise OpenscoreError(problems)
    return table


def _problems(key: Any, raw: Any) -> list[tuple[tuple[str, ...], str]]:
    if not isinstance(key, str) or not key.strip():
        return [((), "a license key is a string")]
    if not isinstance(raw, dict):
        return [((), "is a mapping of name, url, class (and content_types, aliases, restrictions, notes)")]
    found: list[tuple[tuple[str, ...], str]] = [((field,), f"unknown key '{field}'; the keys are {', '.join(FIELDS)}")
                                                for field in raw if field not in FIELDS]
    for field in ("name", "url", "class"):
        if not isinstance(raw.get(field), str) or not raw[field].strip():
            found.append(((), f"'{field}' is missing"))
    if isinstance(raw.get("url"), str) and not _HTTP.match(raw["url"].strip()):
        found.append((("url",), "url must start with http:// or https://"))
    if isinstance(raw.get("class"), str) and raw["class"] not in CLASSES:
        found.append((("class",), f"class '{raw['class']}' is not one of {', '.join(CLASSES)}"))
    for field, allowed in (("content_types", CONTENT_TYPES), ("aliases", None), ("restrictions", None)):
        value = raw.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and (allowed is None or v in allowed) for v in value):
            found.append(((field,), f"{field} is a list" + (f" of {', '.join(allowed)}" if allowed else " of strings")))
    return found


def _record(key: str, raw: dict[str, Any]) -> LicenseRecord:
    url = raw["url"].strip()
    return LicenseRecord(query=key, key=key, name=raw["name"].strip(), license_class=LicenseClass(raw["class"]), recognised=True,
                         content_types=tuple(raw.get("content_types", ())), restrictions=tuple(raw.get("restrictions", ())),
                         url=url, sources=(url,), notes=raw.get("notes"))
