"""GitHub-flavoured Markdown tables, ready to paste into an issue or pull request.

Every untrusted string goes through `escape.markdown` (or `escape.markdown_code` for ids) before it
becomes part of a cell, heading or line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from openscore.domain.scorecard import Scorecard
from openscore.formats import interface, license_terms, wording
from openscore.formats.escape import markdown as esc
from openscore.formats.escape import markdown_code as code
from openscore.formats.interface import Report
from openscore.formats.wording import readable
from openscore.i18n import N_, _
from openscore.words import artifact, level

if TYPE_CHECKING:
    from collections.abc import Sequence

    from openscore.checks.runner import Outcome
    from openscore.diff.changes import Diff
    from openscore.licenses.record import LicenseRecord
    from openscore.sources.disagreements import SideBySide
    from openscore.sources.hub.service import HubFindings
    from openscore.sources.status import SourceStatus


# The column headings of the Markdown tables, translated where shown (see `_table`).
HEADINGS = (N_("Criterion"), N_("Grade"), N_("Points"), N_("License"), N_("Reason"), N_("Evidence"), N_("Rubric"), N_("Result"),
            N_("Score"), N_("Why"), N_("Weight"), N_("Looks at"), N_("Combine"), N_("Name"), N_("Version"), N_("Criteria"),
            N_("Description"), N_("File"), N_("Line"), N_("Severity"), N_("Message"), N_("Class"), N_("Term"), N_("Value"),
            N_("Note"), N_("Source"), N_("Entry"), N_("Repo"), N_("Topic"), N_("Disagreement"))


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A table of cells already in Markdown (built with `esc` and `code`); the headings of HEADINGS in the run's language."""
    head = [_(h) if h in HEADINGS else h for h in head]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _notes(card: Scorecard) -> str:
    """The card's own notes (variants), the release's notes and every artifact's, in full."""
    notice = card.source.notice if card.source else None  # shown beneath the heading already
    lines = [f"- {esc(note)}" for note in card.notes if note != notice]
    if card.model_notes and readable(card.model_notes):
        lines.append(_("- **About {name}:** {notes}").format(name=esc(card.model_name), notes=esc(card.model_notes)))
    for note in card.artifact_notes:
        if not readable(note.notes):
            continue
        link = _(" (evidence: {url})").format(url=esc(note.url)) if note.url else ""
        lines.append(_("- **{kind}** ({status}): {notes}").format(kind=artifact(note.kind), status=level(note.status), notes=esc(note.notes)) + link)
    return "\n**" + _("Notes") + "**\n\n" + "\n".join(lines) + "\n" if lines else ""


class MarkdownFormat(interface.RendersRate, interface.RendersRateAll, interface.RendersCompare, interface.RendersList,
                     interface.RendersRubric, interface.RendersRubrics, interface.RendersFindings, interface.RendersScoreDiff,
                     interface.RendersLicense, interface.RendersLicenses, interface.RendersHubFindings,
                     interface.RendersSources, interface.RendersSideBySide, interface.RendersSourcesDiff):
    def render_rate(self, report: Report, out: TextIO) -> None:
        parts = []
        for card in report.cards:
            what, said = wording.headline(card)
            line = f"{wording.score_line(card)} · rubric {esc(card.rubric_id)} {esc(card.rubric_version)}"
            head = f"{what}: **{esc(said)}** · {line}" if what else line[:1].upper() + line[1:]
            parts.append(f"### {esc(card.model_name)}{wording.id_after(card.model_name, code(card.model_id))}\n\n{head}\n")
            notice = card.source.notice if card.source else None
            if notice:
                parts.append(f"> {esc(notice[0].upper() + notice[1:])}.\n")
            lines = ([wording.groups(card)] if card.groups else []) + wording.tiers(card) + [n for n in card.notes if n != notice]
            if lines:
                parts.append("".join(f"- {esc(item)}\n" for item in lines))
            rows = [[esc(c.name), wording.level(c.level), f"{wording.number(c.points)}/{wording.number(c.max_points)}",
                     esc(wording.license_of(c)), esc(reason), esc(wording.evidence(c))]
                    for c, reason in zip(card.criteria, wording.reasons(card), strict=True)]
            parts.append(_table(["Criterion", "Grade", "Points", "License", "Reason", "Evidence"], rows))
            parts.append(_notes(card))
        out.write("\n".join(p for p in parts if p))

    def render_rate_all(self, report: Report, out: TextIO) -> None:
        card0 = report.cards[0]
        rows = [[f"{esc(rubric.name)} ({code(rubric.id)} {esc(rubric.version)})", f"**{esc(wording.result(card))}**",
                 f"{wording.score(card)} ({card.percent:g}%)", "<br>".join(esc(why) for why in wording.why(card))]
                for rubric, card in zip(report.rubrics, report.cards, strict=True)]
        out.write(f"### {esc(card0.model_name)}{wording.id_after(card0.model_name, code(card0.model_id))} under every rubric\n\n"
                  + _table(["Rubric", "Result", "Score", "Why"], rows))

    def render_compare(self, report: Report, out: TextIO) -> None:
        cards = list(report.cards)
        rows: list[list[str]] = []
        for criterion in report.rubric.criteria if report.rubric else ():
            name = f"**{esc(criterion.name)}** ≠" if wording.differs(cards, criterion.id) else esc(criterion.name)
            rows.append([name, *(wording.level(c.criterion(criterion.id).level) for c in cards)])
        rows.append(["**Score**", *(wording.score(c) for c in cards)])
        rows.append(["**Verdict**", *(esc(wording.verdict(c)) for c in cards)])
        notes = "".join(f"\n> {esc(n)}\n" for n in wording.notices(cards))
        out.write(_table(["Criterion", *(code(c.model_id) for c in cards)], rows) + notes)

    def render_list(self, report: Report, out: TextIO) -> None:
        criteria = report.rubric.criteria if report.rubric else ()
        sourced = any(card.source and card.source.name != "curated" for card in report.cards)
        column = sourced and not wording.single_source(report.cards)  # one source (--source NAME): the note names it instead
        rows = [[str(rank), code(card.model_id), esc(card.organization), wording.number(card.score), esc(wording.verdict(card)),
                 *((esc(card.source.name) if card.source else "-",) if column else ()),
                 *(wording.SYMBOLS[card.criterion(c.id).level] for c in criteria)]
                for rank, card in enumerate(report.cards, 1)]
        head = ["#", "Model", "Organization", "Score", "Verdict", *(("Source",) if column else ()), *(esc(c.name) for c in criteria)]
        credits = "".join(f"\n- {code(name)} ({esc(license)}): {esc(credit)}" for name, license, credit in wording.attributions(report.cards))
        whose = (f"Every row is {code(report.cards[0].source.name)}'s facts" if not column and report.cards[0].source
                 else "Rows whose Source is not `curated` are that database's facts")
        note = f"\n> {whose}, not reviewed by openscore.\n" + credits + "\n" if sourced else ""
        out.write(_table(head, rows) + note)

    def render_rubric(self, report: Report, out: TextIO) -> None:
        rubric = report.rubric
        assert rubric is not None
        rows = [[esc(c.name), wording.number(c.weight), ", ".join(a.value for a in c.artifacts), wording.combine_word(c.combine.value),
                 esc(c.rationale or c.description)] for c in rubric.criteria]
        out.write(f"## {esc(rubric.name)}\n\n{esc(rubric.description)}\n\n" + _table(["Criterion", "Weight", "Looks at", "Combine", "Why"], rows))

    def render_rubrics(self, report: Report, out: TextIO) -> None:
        rows = [[code(r.id), esc(r.name), esc(r.version), str(len(r.criteria)), esc(r.description)] for r in report.rubrics]
        out.write(_table(["Name", "Rubric", "Version", "Criteria", "Description"], rows))

    def render_findings(self, outcome: Outcome, out: TextIO) -> None:
        """A pull-request summary: the count as a heading, then one row per finding."""
        from openscore.formats.plain import summary

        out.write(f"### {esc(summary(outcome))}\n")
        if outcome.findings:
            rows = [[code(f.file) if f.file else "-", ":".join(str(p) for p in (f.line, f.column) if p is not None) or "-",
                     f.severity, esc(f.message)] for f in outcome.findings]
            out.write("\n" + _table(["File", "Line", "Severity", "Message"], rows))

    def render_score_diff(self, diff: Diff, out: TextIO) -> None:
        from openscore.formats import score_diff

        lines = [f"### Score changes against {esc(diff.base)} ({code(diff.commit[:12])})"]
        lines += ["", *(f"> {esc(note)}" for note in diff.notes)] if diff.notes else []
        for changes in diff.rubrics:
            if not changes.models and not changes.note:
                continue
            lines += ["", f"#### {esc(changes.rubric.name)} (rubric {code(changes.rubric.id)})", ""]
            if changes.note:
                lines += [f"> {esc(changes.note)}", ""]
            if not changes.models:
                lines.append("No changes.")
                continue
            lines += ["| " + " | ".join(score_diff.HEAD) + " |", "|" + "---|" * len(score_diff.HEAD)]
            lines += ["| " + " | ".join(esc(v) or " " for v in score_diff.cells(change)) + " |" for change in changes.models]
        footer = score_diff.footer(diff)
        out.write("\n".join([*lines, *(["", esc(footer)] if footer else [])]) + "\n")

    def render_licenses(self, records: Sequence[LicenseRecord], out: TextIO) -> None:
        rows = [[code(r.key), esc(r.name), r.license_class.value, *(esc(license_terms.cell(r, name)) for name, _ in license_terms.COLUMNS)]
                for r in records]
        out.write(_table(["License", "Name", "Class", *(heading for _, heading in license_terms.COLUMNS)], rows))
        out.write(f"\n{esc(license_terms.NOT_RECORDED)}\n")

    def render_license(self, record: LicenseRecord, out: TextIO) -> None:
        parts = [f"### {code(record.key)} · {esc(record.name)}\n", *(f"- {label}: {esc(value)}" for label, value in license_terms.facts(record))]
        if record.restrictions:
            parts += ["", "**Restrictions**", "", *(f"- {esc(r)}" for r in record.restrictions)]
        out.write("\n".join(parts) + "\n")
        if record.properties:
            rows = [[esc(p.name.replace("_", " ")), esc(license_terms.value(p.value)), esc(p.note or p.restriction or ""), esc(p.source)]
                    for p in record.properties]
            out.write("\n" + _table(["Term", "Value", "Note", "Source"], rows))
        if record.notes:
            out.write(f"\n{esc(record.notes)}\n")

    def render_hub_findings(self, findings: HubFindings, out: TextIO) -> None:
        from openscore.formats.plain import sync_line

        parts = [f"### {esc(sync_line(findings.sync))}\n"] if findings.sync else []
        if findings.discrepancies:
            rows = [[esc(d.entry_id), code(d.repo_id), esc(_(d.topic)), esc(d.message)] for d in findings.discrepancies]
            parts.append(_table(["Entry", "Repo", "Topic", "Disagreement"], rows))
        if findings.stale:
            parts.append(_("Checked against a cached copy:") + "\n\n" + "".join(f"- {esc(w)}\n" for w in findings.stale))
        if findings.failed:
            parts.append(_("Could not be checked:") + "\n\n" + "".join(f"- {code(repo)}: {esc(why)}\n" for repo, why in findings.failed))
        if not findings.discrepancies and not findings.failed:
            parts.append(_("The Hub agrees with the data file.") + "\n")
        out.write("\n".join(parts))

    def render_sources(self, rows: Sequence[SourceStatus], out: TextIO) -> None:
        from openscore.formats import sources

        sources.sources_markdown(rows, out)

    def render_side_by_side(self, view: SideBySide, out: TextIO) -> None:
        from openscore.formats import sources

        sources.side_by_side_markdown(view, out)

    def render_sources_diff(self, views: Sequence[SideBySide], out: TextIO) -> None:
        from openscore.formats import sources

        sources.diff_markdown(views, out)
