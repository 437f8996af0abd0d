"""Look license spellings up in the generated index and turn its entries into records.

`data/index.json` loads on first use; `data/spellings.json` and ScanCode's full index (through
license-expression) load only when a string is not found in it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from openscore.domain.licensing import LicenseClass
from openscore.licenses.record import LicenseProperty, LicenseRecord
from openscore.licenses.spelling import forms, normal

DATA = Path(__file__).parent / "data"


@cache
def index() -> dict[str, Any]:
    """The generated index (see openscore/licenses/build.py for its layout)."""
    return json.loads((DATA / "index.json").read_text(encoding="utf-8"))


@cache
def _rare_spellings() -> dict[str, str]:
    return json.loads((DATA / "spellings.json").read_text(encoding="utf-8"))


def is_key(text: str) -> bool:
    """Whether the text is a canonical key already (as data files write them)."""
    data = index()
    return text in data["curated"] or text in data["spdx"]


def find_common(text: str) -> str | None:
    """The canonical key of a key, or of a common spelling (of an id or a curated name), or None."""
    if is_key(text):
        return text
    common = index()["aliases"]
    return next((common[form] for form in forms(text) if form in common), None)


def find(text: str) -> str | None:
    """The canonical key a single license spelling stands for (any known spelling), or None."""
    found = find_common(text)
    if found:
        return found
    rare = _rare_spellings()
    return next((rare[form] for form in forms(text) if form in rare), None)


def family(tag: str) -> list[str] | None:
    """The members of a license family named by a Hugging Face tag (in normal form) such as `bsd` or `gpl`."""
    return index()["families"].get(tag)


def exception_id(text: str) -> str | None:
    """The SPDX id of a license exception (the part after WITH), any case."""
    return index()["exceptions"].get(text.strip().lower())


@cache
def record(key: str) -> LicenseRecord:
    """The record of a canonical key from `find` (its query is the key itself)."""
    data = index()
    if key in data["curated"]:
        return _curated(key, data["curated"][key])
    if key in data["spdx"]:
        return _spdx(key, *data["spdx"][key].split("\t"))
    return _scancode(key)


def spellings() -> dict[str, str]:
    """Every known spelling (normal form) with its key: the candidates for close matches."""
    return {**_rare_spellings(), **index()["aliases"]}


def table_keys() -> list[str]:
    """Keys of the curated licenses meant for the table of model licenses, in the overlay's order."""
    return [key for key, raw in index()["curated"].items() if not raw.get("unlisted")]


def _curated(key: str, raw: dict[str, Any]) -> LicenseRecord:
    spdx = raw.get("spdx")
    return LicenseRecord(
        query=key,
        key=key,
        name=raw["name"],
        license_class=LicenseClass(raw["class"]),
        recognised=True,
        spdx=spdx,
        osi_approved=raw.get("osi", False),
        fsf_libre=raw.get("fsf", False),
        content_types=tuple(raw.get("types", ())),
        restrictions=tuple(raw.get("restrictions", ())),
        properties=tuple(LicenseProperty(*fields) for fields in raw.get("properties", ())),
        url=raw.get("url") or _spdx_url(spdx),
        sources=tuple(raw.get("sources", ())) or tuple(filter(None, [_spdx_url(spdx)])),
        scancode_category=raw.get("scancode"),
        notes=raw.get("notes"),
    )


def _spdx(key: str, name: str, license_class: str, flags: str, category: str, types: str, restrictions: str) -> LicenseRecord:
    url = _spdx_url(key)
    return LicenseRecord(
        query=key,
        key=key,
        name=name,
        license_class=LicenseClass(license_class),
        recognised=True,
        spdx=key,
        osi_approved=bool(int(flags) & 1),
        fsf_libre=bool(int(flags) & 2),
        content_types=tuple(types.split()),
        restrictions=tuple(restrictions.split("|")) if restrictions else (),
        url=url,
        sources=(url,) if url else (),
        scancode_category=category or None,
    )


def _spdx_url(spdx: str | None) -> str | None:
    if not spdx:
        return None
    if spdx.startswith("LicenseRef-scancode-"):
        return f"https://scancode-licensedb.aboutcode.org/{spdx.removeprefix('LicenseRef-scancode-')}.html"
    return f"https://spdx.org/licenses/{spdx}.html"


@cache
def scancode_only() -> dict[str, dict[str, Any]]:
    """ScanCode licenses without an SPDX id of their own, by every normal form of their keys.

    Built from license-expression's vendored index (some 2,500 licenses, a tenth of a second to
    normalise) once per installed copy, then read from openscore's cache: rating a release whose
    license only ScanCode knows (common among the database snapshots) costs milliseconds.
    """
    from importlib.util import find_spec
    from pathlib import Path

    from openscore.loadcache import cached

    spec = find_spec("license_expression")  # its data file, found without importing the package
    folders = list(spec.submodule_search_locations or ()) if spec else []
    path = Path(folders[0] if folders else ".") / "data" / "scancode-licensedb-index.json"
    try:
        text = path.read_bytes()
    except OSError:
        return _scancode_table(None)
    return cached("scancode", path, text, lambda: _scancode_table(text))


def _scancode_table(text: bytes | None) -> dict[str, dict[str, Any]]:
    import json

    from license_expression import get_license_index

    found: dict[str, dict[str, Any]] = {}
    for entry in json.loads(text) if text is not None else get_license_index():
        spdx = entry.get("spdx_license_key") or ""
        if entry.get("is_exception") or not spdx.startswith("LicenseRef-"):
            continue
        kept = {key: entry[key] for key in ("license_key", "spdx_license_key", "category") if key in entry}
        for spelling in (entry["license_key"], spdx, *entry.get("other_spdx_license_keys", ())):
            found.setdefault(normal(spelling), kept)
    return found


def find_scancode(text: str) -> str | None:
    """The ScanCode key of a license only ScanCode knows (`LicenseRef-scancode-...` or its bare key)."""
    table = scancode_only()
    entry = next((table[form] for form in forms(text) if form in table), None)
    return f"scancode:{entry['license_key']}" if entry else None


def _scancode(key: str) -> LicenseRecord:
    from openscore.licenses.classify import classify

    sc_key = key.removeprefix("scancode:")
    entry = next(e for e in scancode_only().values() if e["license_key"] == sc_key)
    spdx = entry["spdx_license_key"]
    name = f"ScanCode license {sc_key}"
    license_class, types, restrictions = classify(spdx, sc_key.replace("-", " "), False, False, entry.get("category"))
    url = _spdx_url(spdx)
    return LicenseRecord(
        query=key, key=spdx, name=name, license_class=license_class, recognised=True, spdx=spdx,
        content_types=types, restrictions=restrictions, url=url, sources=(url,) if url else (),
        scancode_category=entry.get("category"),
    )
