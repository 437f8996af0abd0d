"""The stable machine-readable documents behind the json and yaml formats, one builder per kind.

Every document starts with `"openscore": SCHEMA_VERSION` and its `kind`; docs/JSON.md describes
each kind and docs/schema/ holds its JSON Schema.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from openscore.formats.interface import Report
from openscore.i18n import current

if TYPE_CHECKING:
    from openscore.checks.runner import Outcome
    from openscore.diff.changes import Diff
    from openscore.domain.scorecard import Scorecard
    from openscore.licenses.record import LicenseRecord
    from openscore.sources.hub.service import HubFindings

SCHEMA_VERSION = "1"  # the one version of every document's shape
SCHEMA_ID = "urn:openscore:schema:scorecards:v1"


def build(report: Report, card_data: Callable[[Any], Any] = asdict) -> dict[str, Any]:
    """A plain-data document for `report`; `card_data` turns a scorecard into plain data (the JSON writer keeps the dataclasses)."""
    lang = current()  # the language of the human-readable fields (names, labels, reasons); keys and ids never change
    if report.view in ("rubric", "rubrics"):
        rubrics = report.rubrics or ([report.rubric] if report.rubric else [])
        return {"openscore": SCHEMA_VERSION, "lang": lang, "kind": "rubrics", "rubrics": [rubric_dict(r) for r in rubrics]}
    if report.view == "rate-all":
        return {
            "openscore": SCHEMA_VERSION,
            "lang": lang,
            "kind": "rubric-comparison",
            "view": report.view,
            "rubrics": [rubric_ref(r) for r in report.rubrics],
            "scorecards": [card_data(card) for card in report.cards],
        }
    rubric = report.rubric
    assert rubric is not None
    document: dict[str, Any] = {
        "openscore": SCHEMA_VERSION,
        "lang": lang,
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
    result: dict[str, Any] = rubric.model_dump(mode="json", by_alias=True, exclude_none=True)
    return result


def findings(outcome: Outcome) -> dict[str, Any]:
    """`openscore validate`: every finding, located."""
    return {
        "openscore": SCHEMA_VERSION,
        "lang": current(),
        "kind": "findings",
        "files": list(outcome.files),
        "errors": outcome.count("error"),
        "warnings": outcome.count("warning"),
        "findings": [
            {"file": f.file, "line": f.line, "column": f.column, "severity": f.severity, "message": f.message}
            for f in outcome.findings
        ],
    }


def score_diff(diff: Diff) -> dict[str, Any]:
    """`openscore diff`: per rubric, the models added, removed or changed, with each changed criterion."""
    def card(c: Scorecard | None) -> dict[str, object] | None:
        if c is None:
            return None
        return {"score": c.score, "max_score": c.max_score, "verdict": c.verdict.id if c.verdict else None, "tier": c.tier}

    return {
        "openscore": SCHEMA_VERSION,
        "lang": current(),
        "kind": "score-diff",
        "base": diff.base,
        "base_commit": diff.commit,
        "notes": list(diff.notes),
        "rubrics": [
            {"id": r.rubric.id, "name": r.rubric.name, "version": r.rubric.version, "note": r.note,
             "changes": [{"model_id": m.model_id, "model_name": m.model_name, "change": m.change,
                          "old": card(m.old), "new": card(m.new),
                          "criteria": [asdict(c) for c in m.criteria]} for m in r.models]}
            for r in diff.rubrics
        ],
    }


def license(record: LicenseRecord) -> dict[str, Any]:
    """`openscore license ID`."""
    return {"openscore": SCHEMA_VERSION, "lang": current(), "kind": "license", "license": record.as_dict()}


def licenses(records: Sequence[LicenseRecord]) -> dict[str, Any]:
    """`openscore licenses`."""
    return {"openscore": SCHEMA_VERSION, "lang": current(), "kind": "licenses", "licenses": [r.as_dict() for r in records]}


def hub_findings(found: HubFindings) -> dict[str, Any]:
    """`openscore hub sync` (with `sync` counts) and `openscore rate --hub`: where the Hub disagrees."""
    return {
        "openscore": SCHEMA_VERSION,
        "lang": current(),
        "kind": "hub-findings",
        "sync": asdict(found.sync) if found.sync else None,
        "discrepancies": [asdict(d) for d in found.discrepancies],
        "stale": list(found.stale),
        "failed": [{"repo": repo, "message": message, "unreachable": repo in found.unreachable} for repo, message in found.failed],
    }


DOCUMENTS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "findings": findings, "score-diff": score_diff, "license": license, "licenses": licenses, "hub-findings": hub_findings,
}
