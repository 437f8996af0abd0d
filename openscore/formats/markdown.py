"""GitHub-flavoured Markdown tables, ready to paste into an issue or pull request."""

from __future__ import annotations

from typing import TextIO

from openscore.domain.scorecard import Scorecard
from openscore.formats import text
from openscore.formats.escape import markdown as esc
from openscore.formats.escape import markdown_code as code
from openscore.formats.interface import Report


def _table(head: list[str], rows: list[list[str]]) -> str:
    """A table of cells already in Markdown (built with `esc` and `code`)."""
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _notes(card: Scorecard) -> str:
    """The card's own notes (variants), the release's notes and every artifact's, in full."""
    notice = card.source.notice if card.source else None  # shown beneath the heading already
    lines = [f"- {esc(note)}" for note in card.notes if note != notice]
    if card.model_notes:
        lines.append(f"- **About {esc(card.model_name)}:** {esc(card.model_notes)}")
    for note in card.artifact_notes:
        link = f" (evidence: {esc(note.url)})" if note.url else ""
        lines.append(f"- **{note.kind.replace('_', ' ')}** ({note.status}): {esc(note.notes)}{link}")
    return "\n**Notes**\n\n" + "\n".join(lines) + "\n" if lines else ""


class MarkdownFormat:
    def render(self, report: Report, out: TextIO) -> None:
        out.write(getattr(self, f"_{report.view.replace('-', '_')}")(report))

    def _rate(self, report: Report) -> str:
        parts = []
        for card in report.cards:
            what, said = text.headline(card)
            line = f"{text.score_line(card)} · rubric {esc(card.rubric_id)} {esc(card.rubric_version)}"
            head = f"{what}: **{esc(said)}** · {line}" if what else line[:1].upper() + line[1:]
            parts.append(f"### {esc(card.model_name)} ({code(card.model_id)})\n\n{head}\n")
            notice = card.source.notice if card.source else None
            if notice:
                parts.append(f"> {esc(notice[0].upper() + notice[1:])}.\n")
            lines = ([text.groups(card)] if card.groups else []) + text.tiers(card) + [n for n in card.notes if n != notice]
            if lines:
                parts.append("".join(f"- {esc(item)}\n" for item in lines))
            rows = [[esc(c.name), text.level(c.level), f"{text.number(c.points)}/{text.number(c.max_points)}",
                     esc(text.license_of(c)), esc(reason), esc(text.evidence(c))]
                    for c, reason in zip(card.criteria, text.reasons(card), strict=True)]
            parts.append(_table(["Criterion", "Grade", "Points", "License", "Reason", "Evidence"], rows))
            parts.append(_notes(card))
        return "\n".join(p for p in parts if p)

    def _rate_all(self, report: Report) -> str:
        card0 = report.cards[0]
        rows = [[f"{esc(rubric.name)} ({code(rubric.id)} {esc(rubric.version)})", f"**{esc(text.result(card))}**",
                 f"{text.score(card)} ({card.percent:g}%)", "<br>".join(esc(why) for why in text.why(card))]
                for rubric, card in zip(report.rubrics, report.cards, strict=True)]
        return f"### {esc(card0.model_name)} ({code(card0.model_id)}) under every rubric\n\n" + _table(["Rubric", "Result", "Score", "Why"], rows)

    def _compare(self, report: Report) -> str:
        cards = list(report.cards)
        rows: list[list[str]] = []
        for criterion in report.rubric.criteria if report.rubric else ():
            name = f"**{esc(criterion.name)}** ≠" if text.differs(cards, criterion.id) else esc(criterion.name)
            rows.append([name, *(text.level(c.criterion(criterion.id).level) for c in cards)])
        rows.append(["**Score**", *(text.score(c) for c in cards)])
        rows.append(["**Verdict**", *(esc(text.verdict(c)) for c in cards)])
        notes = "".join(f"\n> {esc(n)}\n" for n in text.notices(cards))
        return _table(["Criterion", *(code(c.model_id) for c in cards)], rows) + notes

    def _list(self, report: Report) -> str:
        criteria = report.rubric.criteria if report.rubric else ()
        sourced = any(card.source and card.source.name != "curated" for card in report.cards)
        rows = [[str(rank), code(card.model_id), esc(card.organization), text.number(card.score), esc(text.verdict(card)),
                 *((esc(card.source.name) if card.source else "-",) if sourced else ()),
                 *(text.SYMBOLS[card.criterion(c.id).level] for c in criteria)]
                for rank, card in enumerate(report.cards, 1)]
        head = ["#", "Model", "Organization", "Score", "Verdict", *(("Source",) if sourced else ()), *(esc(c.name) for c in criteria)]
        credits = "".join(f"\n- {code(name)} ({esc(license)}): {esc(credit)}" for name, license, credit in text.attributions(report.cards))
        note = ("\n> Rows whose Source is not `curated` are that database's facts, not reviewed by openscore.\n" + credits + "\n"
                if sourced else "")
        return _table(head, rows) + note

    def _rubric(self, report: Report) -> str:
        rubric = report.rubric
        assert rubric is not None
        rows = [[esc(c.name), text.number(c.weight), ", ".join(a.value for a in c.artifacts), c.combine.value,
                 esc(c.rationale or c.description)] for c in rubric.criteria]
        return f"## {esc(rubric.name)}\n\n{esc(rubric.description)}\n\n" + _table(["Criterion", "Weight", "Looks at", "Combine", "Why"], rows)

    def _rubrics(self, report: Report) -> str:
        rows = [[code(r.id), esc(r.name), esc(r.version), str(len(r.criteria)), esc(r.description)] for r in report.rubrics]
        return _table(["Name", "Rubric", "Version", "Criteria", "Description"], rows)
