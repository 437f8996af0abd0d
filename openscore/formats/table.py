"""Rich tables for the terminal. Colour only on a terminal; NO_COLOR is respected by rich."""

from __future__ import annotations

import os
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from openscore.formats import text
from openscore.formats.interface import Report
from openscore.textsafe import clean, clip

PIPED_WIDTH = 120  # when stdout is a file or pipe and COLUMNS is unset
CELL_LIMIT = 2_000  # characters of one untrusted value shown in a table: folding is superlinear in a cell's length


def _t(value: object, style: str = "") -> Text:
    """Untrusted text as rich Text: never markup, control characters shown as placeholders, bounded length."""
    return Text(clip(clean(str(value)), CELL_LIMIT), style=style)


_LONG = 100  # longer lists: criteria as one strip of symbols, and drawn by formats/longtable (rich's Table is slow per row)


def _long(console: Console, table: Table, rows: list[tuple[Text, ...]]) -> bool:
    from openscore.formats import longtable

    columns = [longtable.Column(str(c.header), c.justify, not c.no_wrap) for c in table.columns]
    return longtable.draw(console, str(table.title) if table.title else None, columns, rows)


def make_console(out: TextIO | None = None) -> Console:
    """A console for `out` (stdout by default): 120 columns when piped and COLUMNS is unset."""
    console = Console(file=out, highlight=False, soft_wrap=False, markup=False, emoji=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(file=out, highlight=False, soft_wrap=False, markup=False, emoji=False, width=PIPED_WIDTH)
    return console


def _level(value: str) -> Text:
    return Text(text.level(value), style=text.STYLES[value])


class TableFormat:
    def render(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        getattr(self, f"_{report.view.replace('-', '_')}")(report, console)

    def _rate(self, report: Report, console: Console) -> None:
        for card in report.cards:
            title = Text.assemble(_t(card.model_name, "bold"), _t(f" ({card.model_id}) · {card.organization}"))
            console.print(title)
            if card.automatic:
                console.print(Text("Automatic assessment from Hugging Face Hub evidence only.", style="italic"))
            notice = card.source.notice if card.source else None
            if notice:
                console.print(_t(notice[0].upper() + notice[1:] + ".", "italic yellow"))
            verdict = card.verdict
            console.print(Text.assemble("Verdict: ", _t(verdict.label if verdict else "-", "bold"),
                                        _t(f" · score {text.score(card)} ({card.percent:g}%) · rubric {card.rubric_id} {card.rubric_version}")))
            if verdict:
                console.print(_t(verdict.description, "dim"))
            for tier in card.tiers:
                mark = "reached" if tier.reached else f"{tier.progress:.0%}"
                console.print(_t(f"  {tier.name}: {mark}"))
            for note in card.notes:
                if note == notice:
                    continue
                console.print(_t(f"  {note}", "dim"))
            table = Table(show_lines=True, expand=False)
            for name in ("Criterion", "Grade", "Points", "License", "Reason", "Evidence"):
                table.add_column(name, overflow="fold", no_wrap=name in ("Grade", "Points", "Evidence"))
            links: list[str] = []
            for c in card.criteria:
                reason = _t(c.reason)
                for flag in c.flags:
                    reason.append_text(_t(f"\n⚑ {flag}", "magenta"))
                link = text.evidence(c)
                if link and link not in links:
                    links.append(link)
                table.add_row(_t(c.name), _level(c.level), f"{text.number(c.points)}/{text.number(c.max_points)}",
                              _t(text.license_of(c)), reason, f"[{links.index(link) + 1}]" if link else "-")
            console.print(table)
            for number, link in enumerate(links, 1):  # whole URLs, never folded, so they stay clickable
                console.print(Text(f"[{number}] {clean(link)}", style="cyan"), overflow="ignore", crop=False)

    def _rate_all(self, report: Report, console: Console) -> None:
        card0 = report.cards[0]
        console.print(Text.assemble(_t(card0.model_name, "bold"), _t(f" ({card0.model_id}) · {card0.organization} · under every rubric")))
        table = Table(show_lines=True, expand=True)
        for name, ratio in (("Rubric", 2), ("Result", 2), ("Score", None), ("Why", 6)):
            table.add_column(name, overflow="fold", ratio=ratio, no_wrap=ratio is None)
        for rubric, card in zip(report.rubrics, report.cards, strict=True):
            table.add_row(Text.assemble(_t(rubric.id, "bold"), _t(f" {rubric.version}"), _t(f"\n{rubric.name}", "dim")),
                          _t(text.result(card), "bold"), f"{text.score(card)}\n{card.percent:g}%", _t("\n".join(text.why(card))))
        console.print(table)
        if not card0.automatic:  # an automatic assessment is rated by its repo id, not this id
            console.print(_t(f"Details: openscore rate {card0.model_id} --rubric NAME", "dim"))

    def _compare(self, report: Report, console: Console) -> None:
        cards = list(report.cards)
        table = Table(title=_t(f"rubric {report.rubric.id} {report.rubric.version}") if report.rubric else None)
        table.add_column("Criterion")
        for card in cards:
            table.add_column(_t(card.model_id), overflow="fold")
        for criterion in report.rubric.criteria if report.rubric else ():
            differ = text.differs(cards, criterion.id)
            label = _t(("≠ " if differ else "  ") + criterion.name, "bold" if differ else "")
            cells = []
            for card in cards:
                result = card.criterion(criterion.id)
                cell = _level(result.level)
                cell.append(f" {text.number(result.points)}/{text.number(result.max_points)}", style="")
                cells.append(cell)
            table.add_row(label, *cells)
        table.add_section()
        table.add_row(Text("  Score", style="bold"), *(Text(text.score(c), style="bold") for c in cards))
        table.add_row(Text("  Verdict", style="bold"), *(_t(text.verdict(c)) for c in cards))
        if any(c.tiers for c in cards):
            table.add_row("  Tier", *(_t(c.tier or "-") for c in cards))
        console.print(table)
        console.print(Text("≠ marks criteria where the models differ. ● open ◐ partial ○ closed ? unknown", style="dim"))
        for notice in text.notices(cards):
            console.print(_t(notice, "italic yellow"))

    def _list(self, report: Report, console: Console) -> None:
        criteria = report.rubric.criteria if report.rubric else ()
        table = Table(title=_t(f"rubric {report.rubric.id} {report.rubric.version}") if report.rubric else None)
        sourced = any(card.source and card.source.name != "curated" for card in report.cards)
        for name in ("#", "Model", "Organization", "Score", "Verdict", *(("Source",) if sourced else ())):
            table.add_column(name, justify="right" if name in ("#", "Score") else "left", no_wrap=name in ("#", "Model", "Score"))
        # One strip of symbols, in rubric order, for frameworks with many criteria and for long lists (every source):
        # it fits a 120-column pipe and renders several times faster than a column per criterion.
        compact = len(criteria) > 8 or len(report.cards) > _LONG
        for criterion in () if compact else criteria:
            table.add_column(_t(criterion.name), justify="center")
        if compact:
            table.add_column("Criteria", no_wrap=True)
        rows = []
        for rank, card in enumerate(report.cards, 1):
            levels = {c.id: c.level for c in card.criteria}
            symbols = [Text(text.SYMBOLS[levels[c.id]], style=text.STYLES[levels[c.id]]) for c in criteria]
            cells = [Text.assemble(*symbols)] if compact else symbols
            where = (_t(card.source.name if card.source else "-"),) if sourced else ()
            rows.append((_t(str(rank)), _t(card.model_id), _t(card.organization), _t(text.number(card.score)), _t(text.verdict(card)),
                         *where, *cells))
        if not (len(rows) > _LONG and _long(console, table, rows)):
            for row in rows:
                table.add_row(*row)
            console.print(table)
        if compact:
            console.print(_t(f"Criteria, in order: {', '.join(c.name for c in criteria)}.", "dim"))
        console.print(Text(f"{len(report.cards)} models. ● open ◐ partial ○ closed ? unknown", style="dim"))
        if sourced:
            console.print(Text("Rows from a database (Source other than curated) are its facts, not reviewed by openscore; "
                               "`openscore sources` credits each.", style="dim"))

    def _rubric(self, report: Report, console: Console) -> None:
        rubric = report.rubric
        assert rubric is not None
        console.print(Text.assemble(_t(rubric.name, "bold"), _t(f" ({rubric.id} {rubric.version})")))
        console.print(_t(rubric.description))
        if rubric.url:
            console.print(_t(rubric.url, "cyan"))
        table = Table(show_lines=True)
        for name in ("Criterion", "Weight", "Looks at", "Combine", "License for full credit", "Why"):
            table.add_column(name, overflow="fold")
        for c in rubric.criteria:
            licence = ", ".join(v.value for v in c.license.full) if c.license else "-"
            table.add_row(Text.assemble(_t(c.name), _t(f"\n{c.id}", "dim")), text.number(c.weight), ", ".join(a.value for a in c.artifacts),
                          c.combine.value, _t(licence), _t(c.rationale or c.description))
        console.print(table)
        if rubric.verdicts:
            verdicts = Table(title="Verdicts (first match wins)")
            verdicts.add_column("Verdict")
            verdicts.add_column("Meaning")
            for rule in rubric.verdicts:
                verdicts.add_row(_t(rule.id), _t(rule.description))
            console.print(verdicts)
        if rubric.tiers:
            tiers = Table(title="Tiers (cumulative, lowest first)")
            for name in ("Tier", "Requires", "Optional"):
                tiers.add_column(name, overflow="fold")
            for tier in rubric.tiers:
                tiers.add_row(_t(tier.name), _t(", ".join(tier.requires)), _t(", ".join(tier.optional) or "-"))
            console.print(tiers)
        for sub in rubric.substitutions:
            console.print(_t(f"Stand-in, for tiers only: {sub.by} counts for a missing {sub.criterion}."))

    def _rubrics(self, report: Report, console: Console) -> None:
        table = Table()
        for name in ("Name", "Rubric", "Version", "Criteria", "Max score", "Description"):
            table.add_column(name, overflow="fold")
        for rubric in report.rubrics:
            table.add_row(_t(rubric.id), _t(rubric.name), _t(rubric.version), str(len(rubric.criteria)),
                          text.number(rubric.max_score), _t(rubric.description))
        console.print(table)
