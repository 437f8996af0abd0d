"""GitHub-flavoured Markdown tables, ready to paste into an issue or pull request."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from openscore.formats import interface, license_terms, text
from openscore.formats.interface import Report

if TYPE_CHECKING:
    from collections.abc import Sequence

    from openscore.checks.runner import Outcome
    from openscore.diff.changes import Diff
    from openscore.licenses.record import LicenseRecord
    from openscore.sources.hub.service import HubFindings


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


class MarkdownFormat(interface.RendersRate, interface.RendersRateAll, interface.RendersCompare, interface.RendersList,
                     interface.RendersRubric, interface.RendersRubrics, interface.RendersFindings, interface.RendersScoreDiff,
                     interface.RendersLicense, interface.RendersLicenses, interface.RendersHubFindings):
    def render_rate(self, report: Report, out: TextIO) -> None:
        parts = []
        for card in report.cards:
            parts.append(f"### {card.model_name} (`{card.model_id}`)\n\n"
                         f"**{text.verdict(card)}** · score {text.score(card)} · rubric {card.rubric_id} {card.rubric_version}\n")
            rows = [[c.name, text.level(c.level), f"{text.number(c.points)}/{text.number(c.max_points)}",
                     text.license_of(c), c.reason, text.evidence(c)] for c in card.criteria]
            parts.append(_table(["Criterion", "Grade", "Points", "License", "Reason", "Evidence"], rows))
        out.write("\n".join(parts))

    def render_rate_all(self, report: Report, out: TextIO) -> None:
        card0 = report.cards[0]
        rows = [[f"{rubric.name} (`{rubric.id}` {rubric.version})", f"**{text.result(card)}**", f"{text.score(card)} ({card.percent:g}%)",
                 "<br>".join(text.why(card))] for rubric, card in zip(report.rubrics, report.cards, strict=True)]
        out.write(f"### {card0.model_name} (`{card0.model_id}`) under every rubric\n\n" + _table(["Rubric", "Result", "Score", "Why"], rows))

    def render_compare(self, report: Report, out: TextIO) -> None:
        cards = list(report.cards)
        rows: list[list[object]] = []
        for criterion in report.rubric.criteria if report.rubric else ():
            name = f"**{criterion.name}** ≠" if text.differs(cards, criterion.id) else criterion.name
            rows.append([name, *(text.level(c.criterion(criterion.id).level) for c in cards)])
        rows.append(["**Score**", *(text.score(c) for c in cards)])
        rows.append(["**Verdict**", *(text.verdict(c) for c in cards)])
        out.write(_table(["Criterion", *(f"`{c.model_id}`" for c in cards)], rows))

    def render_list(self, report: Report, out: TextIO) -> None:
        criteria = report.rubric.criteria if report.rubric else ()
        rows = [[rank, f"`{card.model_id}`", card.organization, text.number(card.score), text.verdict(card),
                 *(text.SYMBOLS[card.criterion(c.id).level] for c in criteria)]
                for rank, card in enumerate(report.cards, 1)]
        out.write(_table(["#", "Model", "Organization", "Score", "Verdict", *(c.name for c in criteria)], rows))

    def render_rubric(self, report: Report, out: TextIO) -> None:
        rubric = report.rubric
        assert rubric is not None
        rows = [[c.name, text.number(c.weight), ", ".join(a.value for a in c.artifacts), c.combine.value,
                 c.rationale or c.description] for c in rubric.criteria]
        out.write(f"## {rubric.name}\n\n{rubric.description}\n\n" + _table(["Criterion", "Weight", "Looks at", "Combine", "Why"], rows))

    def render_rubrics(self, report: Report, out: TextIO) -> None:
        rows = [[f"`{r.id}`", r.name, r.version, len(r.criteria), r.description] for r in report.rubrics]
        out.write(_table(["Name", "Rubric", "Version", "Criteria", "Description"], rows))

    def render_findings(self, outcome: Outcome, out: TextIO) -> None:
        """A pull-request summary: the count as a heading, then one row per finding."""
        from openscore.formats.plain import summary

        out.write(f"### {summary(outcome)}\n")
        if outcome.findings:
            rows = [[f"`{f.file}`" if f.file else "-", ":".join(str(p) for p in (f.line, f.column) if p is not None) or "-",
                     f.severity, f.message] for f in outcome.findings]
            out.write("\n" + _table(["File", "Line", "Severity", "Message"], rows))

    def render_score_diff(self, diff: Diff, out: TextIO) -> None:
        from openscore.formats import score_diff

        lines = [f"### Score changes against {diff.base} (`{diff.commit[:12]}`)"]
        lines += ["", *(f"> {note}" for note in diff.notes)] if diff.notes else []
        for changes in diff.rubrics:
            if not changes.models and not changes.note:
                continue
            lines += ["", f"#### {changes.rubric.name} (rubric `{changes.rubric.id}`)", ""]
            if changes.note:
                lines += [f"> {changes.note}", ""]
            if not changes.models:
                lines.append("No changes.")
                continue
            lines += ["| " + " | ".join(score_diff.HEAD) + " |", "|" + "---|" * len(score_diff.HEAD)]
            lines += ["| " + " | ".join(_cell(v) or " " for v in score_diff.cells(change)) + " |" for change in changes.models]
        footer = score_diff.footer(diff)
        out.write("\n".join([*lines, *(["", footer] if footer else [])]) + "\n")

    def render_licenses(self, records: Sequence[LicenseRecord], out: TextIO) -> None:
        rows = [[f"`{r.key}`", r.name, r.license_class.value, *(license_terms.cell(r, name) for name, _ in license_terms.COLUMNS)]
                for r in records]
        out.write(_table(["License", "Name", "Class", *(heading for _, heading in license_terms.COLUMNS)], rows))
        out.write(f"\n{license_terms.NOT_RECORDED}\n")

    def render_license(self, record: LicenseRecord, out: TextIO) -> None:
        parts = [f"### `{record.key}` · {_cell(record.name)}\n", *(f"- {label}: {_cell(value)}" for label, value in license_terms.facts(record))]
        if record.restrictions:
            parts += ["", "**Restrictions**", "", *(f"- {_cell(r)}" for r in record.restrictions)]
        out.write("\n".join(parts) + "\n")
        if record.properties:
            rows = [[p.name.replace("_", " "), license_terms.value(p.value), p.note or p.restriction or "", p.source] for p in record.properties]
            out.write("\n" + _table(["Term", "Value", "Note", "Source"], rows))
        if record.notes:
            out.write(f"\n{_cell(record.notes)}\n")

    def render_hub_findings(self, findings: HubFindings, out: TextIO) -> None:
        from openscore.formats.plain import sync_line

        parts = [f"### {sync_line(findings.sync)}\n"] if findings.sync else []
        if findings.discrepancies:
            rows = [[d.entry_id, f"`{d.repo_id}`", d.topic, d.message] for d in findings.discrepancies]
            parts.append(_table(["Entry", "Repo", "Topic", "Disagreement"], rows))
        if findings.stale:
            parts.append("Checked against a cached copy:\n\n" + "".join(f"- {_cell(w)}\n" for w in findings.stale))
        if findings.failed:
            parts.append("Could not be checked:\n\n" + "".join(f"- `{repo}`: {_cell(why)}\n" for repo, why in findings.failed))
        if not findings.discrepancies and not findings.failed:
            parts.append("The Hub agrees with the data file.\n")
        out.write("\n".join(parts))
