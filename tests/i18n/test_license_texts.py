"""Every restriction a license record can show has its Chinese text (the overlay's `zh:` or the catalog)."""

from __future__ import annotations

from openscore import i18n
from openscore.licenses.index import chinese, index


def test_every_restriction_phrase_has_chinese():
    data = index()
    phrases = {r for record in data["curated"].values() for r in record.get("restrictions", ())}
    phrases |= {r for line in data["spdx"].values() for r in line.split("\t")[5].split("|") if r}
    i18n.set_language("zh")
    try:
        missing = sorted(p for p in phrases if chinese(p) is None and i18n._(p) == p)
    finally:
        i18n.set_language("en")
    assert missing == []


def test_every_chinese_text_translates_a_phrase_the_overlay_has():
    import yaml

    from openscore.licenses.build import OVERLAY

    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    said = set()
    for record in overlay["licenses"].values():
        said |= {record.get("notes")} | set(record.get("restrictions", ()))
        said |= {t.get("text") for t in record.get("other_restrictions", ())}
        for prop in (record.get("properties") or {}).values():
            said |= {prop.get("restriction"), prop.get("note"), prop.get("value") if isinstance(prop.get("value"), str) else None}
    said |= {r for rule in overlay.get("content_rules", ()) for r in rule.get("restrictions", ())}
    data = index()
    said |= {r for record in data["curated"].values() for r in record.get("restrictions", ())}  # default phrases
    said |= {r for line in data["spdx"].values() for r in line.split("\t")[5].split("|") if r}
    assert sorted(set(overlay.get("zh") or {}) - said) == []
