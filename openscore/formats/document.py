"""The stable machine-readable document behind the json and yaml formats.

Its JSON Schema is published as docs/schema/scorecards.schema.json (see docs/JSON.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from openscore.formats.interface import Report

SCHEMA_VERSION = "1"
SCHEMA_ID = "urn:openscore:schema:scorecards:v1"


def build(report: Report, card_data: Callable[[Any], Any] = asdict) -> dict[str, Any]:
    """A plain-data document for `report`; `card_data` turns a scorecard into plain data (the JSON writer keeps the dataclasses)."""
    if report.view in ("rubric", "rubrics"):
        rubrics = report.rubrics or ([report.rubric] if report.rubric else [])
        return {"openscore": SCHEMA_VERSION, "kind": "rubrics", "rubrics": [rubric_dict(r) for r in rubrics]}
    if report.view == "rate-all":
        return {
            "openscore": SCHEMA_VERSION,
            "kind": "rubric-comparison",
            "view": report.view,
            "rubrics": [rubric_ref(r) for r in report.rubrics],
            "scorecards": [card_data(card) for card in report.cards],
        }
    rubric = report.rubric
    assert rubric is not None
    document = {
        "openscore": SCHEMA_VERSION,
        "kind": "scorecards",
        "view": report.view,
        "rubric": rubric_ref(rubric),
        "scorecards": [card_data(card) for card in report.cards],
    }
    credits = _attributions(report)
    if credits:
        document["attribution"] = credits
    return document


def _attributions(report: Report) -> list[dict[str, str]]:
    """The credit every database whose facts are shown asks for."""
    found = {card.source.name: {"source": card.source.name, "license": card.source.license or "", "attribution": card.source.attribution}
             for card in report.cards if card.source and card.source.attribution}
    return list(found.values())


def rubric_ref(rubric: Any) -> dict[str, Any]:
    return {"id": rubric.id, "name": rubric.name, "version": rubric.version, "max_score": rubric.out_of}


def rubric_dict(rubric: Any) -> dict[str, Any]:
    return rubric.model_dump(mode="json", by_alias=True, exclude_none=True)
