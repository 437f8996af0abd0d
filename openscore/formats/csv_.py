"""CSV: one row per model (compare, list) or per criterion (rate), for spreadsheets."""

from __future__ import annotations

import csv
from typing import TextIO

from openscore.formats import text
from openscore.formats.escape import csv_cell as cell
from openscore.formats.interface import Report


class _Writer:
    """csv.writer whose rows go through `cell`."""

    def __init__(self, out: TextIO):
        self._writer = csv.writer(out, lineterminator="\n")

    def writerow(self, row: list[object]) -> None:
        self._writer.writerow([cell(v) for v in row])


class CsvFormat:
    def render(self, report: Report, out: TextIO) -> None:
        writer = _Writer(out)
        if report.view in ("rubric", "rubrics"):
            writer.writerow(["rubric", "criterion", "name", "weight", "artifacts", "combine"])
            for rubric in report.rubrics or [report.rubric]:
                for c in rubric.criteria:
                    writer.writerow([rubric.id, c.id, c.name, c.weight, " ".join(a.value for a in c.artifacts), c.combine.value])
            return
        if report.view == "rate-all":
            writer.writerow(["model", "rubric", "version", "score", "max_score", "percent", "verdict", "tier"])
            for card in report.cards:
                writer.writerow([card.model_id, card.rubric_id, card.rubric_version, card.score, card.max_score, card.percent,
                                 card.verdict.id if card.verdict else "", card.tier or ""])
            return
        if report.view == "rate":
            writer.writerow(["model", "criterion", "level", "points", "max_points", "license", "evidence", "reason", "source", "notice"])
            for card in report.cards:
                where = [card.source.name, card.source.notice or ""] if card.source else ["", ""]
                for c in card.criteria:
                    licenses = "" if text.license_of(c) == "-" else text.license_of(c)
                    writer.writerow([card.model_id, c.id, c.level, c.points, c.max_points, licenses, text.evidence(c), c.reason, *where])
            return
        criteria = [c.id for c in report.rubric.criteria] if report.rubric else []
        writer.writerow(["model", "name", "organization", "score", "max_score", "percent", "verdict", "tier", *criteria, "source", "notice"])
        for card in report.cards:
            levels = {c.id: c.level for c in card.criteria}
            verdict = card.verdict.id if card.verdict else ""
            where = [card.source.name, card.source.notice or ""] if card.source else ["", ""]
            writer.writerow([card.model_id, card.model_name, card.organization, card.score, card.max_score,
                             card.percent, verdict, card.tier or "", *(levels[c] for c in criteria), *where])
