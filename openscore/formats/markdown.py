"""GitHub-flavoured Markdown tables, ready to paste into an issue or pull request."""

from __future__ import annotations

from typing import TextIO

from openscore.formats import text
from openscore.formats.interface import Report


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(head: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


class MarkdownFormat:
    def render(self, report: Report, out: TextIO) -> None:
        out.write(getattr(self, f"_{report.view.replace('-', '_')}")(report))

    def _rate(self, report: Report) -> str:
        parts = []
        for card in report.cards:
            parts.append(f"### {card.model_name} (`{card.model_id}`)\n\n"
                         f"**{text.verdict(card)}** · score {text.score(card)} · rubric {card.rubric_id} {card.rubric_version}\n")
            if card.source and card.source.notice:
                parts.append(f"> {_cell(card.source.notice[0].upper() + card.source.notice[1:])}.\n")
            rows = [[c.name, text.level(c.level), f"{text.number(c.points)}/{text.number(c.max_points)}",
                     text.license_of(c), c.reason, text.evidence(c)] for c in card.criteria]
            parts.append(_table(["Criterion", "Grade", "Points", "License", "Reason", "Evidence"], rows))
        return "\n".join(parts)

    def _rate_all(self, report: Report) -> str:
        card0 = report.cards[0]
        rows = [[f"{rubric.name} (`{rubric.id}` {rubric.version})", f"**{text.result(card)}**", f"{text.score(card)} ({card.percent:g}%)",
                 "<br>".join(text.why(card))] for rubric, card in zip(report.rubrics, report.cards, strict=True)]
        return f"### {card0.model_name} (`{card0.model_id}`) under every rubric\n\n" + _table(["Rubric", "Result", "Score", "Why"], rows)

    def _compare(self, report: Report) -> str:
        cards = list(report.cards)
        rows: list[list[object]] = []
        for criterion in report.rubric.criteria if report.rubric else ():
            name = f"**{criterion.name}** ≠" if text.differs(cards, criterion.id) else criterion.name
            rows.append([name, *(text.level(c.criterion(criterion.id).level) for c in cards)])
        rows.append(["**Score**", *(text.score(c) for c in cards)])
        rows.append(["**Verdict**", *(text.verdict(c) for c in cards)])
        notes = "".join(f"\n> {_cell(n)}\n" for n in text.notices(cards))
        return _table(["Criterion", *(f"`{c.model_id}`" for c in cards)], rows) + notes

    def _list(self, report: Report) -> str:
        criteria = report.rubric.criteria if report.rubric else ()
        sourced = any(card.source and card.source.name != "curated" for card in report.cards)
        rows = [[rank, f"`{card.model_id}`", card.organization, text.number(card.score), text.verdict(card),
                 *((card.source.name if card.source else "-",) if sourced else ()),
                 *(text.SYMBOLS[card.criterion(c.id).level] for c in criteria)]
                for rank, card in enumerate(report.cards, 1)]
        head = ["#", "Model", "Organization", "Score", "Verdict", *(("Source",) if sourced else ()), *(c.name for c in criteria)]
        credits = "".join(f"\n- `{name}` ({license}): {_cell(credit)}" for name, license, credit in text.attributions(report.cards))
        note = ("\n> Rows whose Source is not `curated` are that database's facts, not reviewed by openscore.\n" + credits + "\n"
                if sourced else "")
        return _table(head, rows) + note

    def _rubric(self, report: Report) -> str:
        rubric = report.rubric
        assert rubric is not None
        rows = [[c.name, text.number(c.weight), ", ".join(a.value for a in c.artifacts), c.combine.value,
                 c.rationale or c.description] for c in rubric.criteria]
        return f"## {rubric.name}\n\n{rubric.description}\n\n" + _table(["Criterion", "Weight", "Looks at", "Combine", "Why"], rows)

    def _rubrics(self, report: Report) -> str:
        rows = [[f"`{r.id}`", r.name, r.version, len(r.criteria), r.description] for r in report.rubrics]
        return _table(["Name", "Rubric", "Version", "Criteria", "Description"], rows)
