"""CSV: one row per model (compare, list), per criterion (rate), per finding or per license, for spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from openscore.formats import interface, license_terms, wording
from openscore.formats.escape import csv_cell as cell
from openscore.formats.interface import Report

if TYPE_CHECKING:
    from openscore.checks.runner import Outcome
    from openscore.licenses.record import LicenseRecord


class _Writer:
    """csv.writer whose every value goes through `escape.csv_cell` (one line, control characters shown,
    formulas defused; so no NUL reaches the csv module, which Python 3.10 refuses to write)."""

    def __init__(self, out: TextIO):
        self._writer = csv.writer(out, lineterminator="\n")

    def writerow(self, row: Sequence[object]) -> None:
        self._writer.writerow([cell(v) for v in row])


class CsvFormat(interface.RendersRate, interface.RendersRateAll, interface.RendersCompare, interface.RendersList,
                interface.RendersRubric, interface.RendersRubrics, interface.RendersFindings, interface.RendersLicenses):
    def render_rubric(self, report: Report, out: TextIO) -> None:
        rows = _Writer(out)
        rows.writerow(["rubric", "criterion", "name", "weight", "artifacts", "combine"])
        for rubric in report.rubrics or ([report.rubric] if report.rubric else []):
            for c in rubric.criteria:
                rows.writerow([rubric.id, c.id, c.name, c.weight, " ".join(a.value for a in c.artifacts), c.combine.value])

    render_rubrics = render_rubric

    def render_rate_all(self, report: Report, out: TextIO) -> None:
        rows = _Writer(out)
        rows.writerow(["model", "rubric", "version", "score", "max_score", "percent", "verdict", "tier"])
        for card in report.cards:
            rows.writerow([card.model_id, card.rubric_id, card.rubric_version, card.score, card.max_score, card.percent,
                           card.verdict.id if card.verdict else "", card.tier or ""])

    def render_rate(self, report: Report, out: TextIO) -> None:
        rows = _Writer(out)
        rows.writerow(["model", "criterion", "level", "points", "max_points", "license", "evidence", "reason", "source", "notice"])
        for card in report.cards:
            where = [card.source.name, card.source.notice or ""] if card.source else ["", ""]
            for c in card.criteria:
                licenses = "" if wording.license_of(c) == "-" else wording.license_of(c)
                rows.writerow([card.model_id, c.id, c.level, c.points, c.max_points, licenses, wording.evidence(c), c.reason, *where])

    def render_list(self, report: Report, out: TextIO) -> None:
        rows = _Writer(out)
        criteria = [c.id for c in report.rubric.criteria] if report.rubric else []
        rows.writerow(["model", "name", "organization", "score", "max_score", "percent", "verdict", "tier", *criteria, "source", "notice"])
        for card in report.cards:
            levels = {c.id: c.level for c in card.criteria}
            verdict = card.verdict.id if card.verdict else ""
            where = [card.source.name, card.source.notice or ""] if card.source else ["", ""]
            rows.writerow([card.model_id, card.model_name, card.organization, card.score, card.max_score,
                           card.percent, verdict, card.tier or "", *(levels[c] for c in criteria), *where])

    render_compare = render_list

    def render_findings(self, outcome: Outcome, out: TextIO) -> None:
        rows = _Writer(out)
        rows.writerow(["file", "line", "column", "severity", "message"])
        for f in outcome.findings:
            rows.writerow([f.file or "", f.line or "", f.column or "", f.severity, f.message])

    def render_licenses(self, records: Sequence[LicenseRecord], out: TextIO) -> None:
        rows = _Writer(out)
        rows.writerow(["license", "name", "class", *(name for name, _ in license_terms.COLUMNS)])
        for r in records:
            rows.writerow([r.key, r.name, r.license_class.value, *(license_terms.cell(r, name) for name, _ in license_terms.COLUMNS)])
