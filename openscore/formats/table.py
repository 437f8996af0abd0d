"""Rich tables for the terminal. Colour only on a terminal; NO_COLOR is respected by rich."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from openscore.formats import interface, license_terms, text
from openscore.formats.interface import Report

if TYPE_CHECKING:
    from collections.abc import Sequence

    from openscore.diff.changes import Diff
    from openscore.licenses.record import LicenseRecord

PIPED_WIDTH = 120  # when stdout is a file or pipe and COLUMNS is unset


def make_console(out: TextIO | None = None) -> Console:
    """A console for `out` (stdout by default): 120 columns when piped and COLUMNS is unset."""
    console = Console(file=out, highlight=False, soft_wrap=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(file=out, highlight=False, soft_wrap=False, width=PIPED_WIDTH)
    return console


def _level(value: str) -> Text:
    return Text(text.level(value), style=text.STYLES[value])


class TableFormat(interface.RendersRate, interface.RendersRateAll, interface.RendersCompare, interface.RendersList,
                  interface.RendersRubric, interface.RendersRubrics, interface.RendersScoreDiff, interface.RendersLicense,
                  interface.RendersLicenses):
    def render_rate(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        for card in report.cards:
            title = Text.assemble((card.model_name, "bold"), f" ({card.model_id}) · {card.organization}")
            console.print(title)
            if card.automatic:
                console.print(Text("Automatic assessment from Hugging Face Hub evidence only.", style="italic"))
            verdict = card.verdict
            console.print(Text.assemble("Verdict: ", (verdict.label if verdict else "-", "bold"),
                                        f" · score {text.score(card)} ({card.percent:g}%) · rubric {card.rubric_id} {card.rubric_version}"))
            if verdict:
                console.print(Text(verdict.description, style="dim"))
            for tier in card.tiers:
                mark = "reached" if tier.reached else f"{tier.progress:.0%}"
                console.print(f"  {tier.name}: {mark}")
            for note in card.notes:
                console.print(Text(f"  {note}", style="dim"))
            table = Table(show_lines=True, expand=False)
            for name in ("Criterion", "Grade", "Points", "License", "Reason", "Evidence"):
                table.add_column(name, overflow="fold", no_wrap=name in ("Grade", "Points", "Evidence"))
            links: list[str] = []
            for c in card.criteria:
                reason = Text(c.reason)
                for flag in c.flags:
                    reason.append(f"\n⚑ {flag}", style="magenta")
                link = text.evidence(c)
                if link and link not in links:
                    links.append(link)
                table.add_row(c.name, _level(c.level), f"{text.number(c.points)}/{text.number(c.max_points)}",
                              text.license_of(c), reason, f"[{links.index(link) + 1}]" if link else "-")
            console.print(table)
            for number, link in enumerate(links, 1):  # whole URLs, never folded, so they stay clickable
                console.print(Text(f"[{number}] {link}", style="cyan"), overflow="ignore", crop=False)

    def render_rate_all(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        card0 = report.cards[0]
        console.print(Text.assemble((card0.model_name, "bold"), f" ({card0.model_id}) · {card0.organization} · under every rubric"))
        table = Table(show_lines=True, expand=True)
        for name, ratio in (("Rubric", 2), ("Result", 2), ("Score", None), ("Why", 6)):
            table.add_column(name, overflow="fold", ratio=ratio, no_wrap=ratio is None)
        for rubric, card in zip(report.rubrics, report.cards, strict=True):
            table.add_row(Text.assemble((rubric.id, "bold"), f" {rubric.version}", (f"\n{rubric.name}", "dim")),
                          Text(text.result(card), style="bold"), f"{text.score(card)}\n{card.percent:g}%", "\n".join(text.why(card)))
        console.print(table)
        if not card0.automatic:  # an automatic assessment is rated by its repo id, not this id
            console.print(Text(f"Details: openscore rate {card0.model_id} --rubric NAME", style="dim"))

    def render_compare(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        cards = list(report.cards)
        table = Table(title=f"rubric {report.rubric.id} {report.rubric.version}" if report.rubric else None)
        table.add_column("Criterion")
        for card in cards:
            table.add_column(card.model_id, overflow="fold")
        for criterion in report.rubric.criteria if report.rubric else ():
            differ = text.differs(cards, criterion.id)
            label = Text(("≠ " if differ else "  ") + criterion.name, style="bold" if differ else "")
            cells = []
            for card in cards:
                result = card.criterion(criterion.id)
                cell = _level(result.level)
                cell.append(f" {text.number(result.points)}/{text.number(result.max_points)}", style="")
                cells.append(cell)
            table.add_row(label, *cells)
        table.add_section()
        table.add_row(Text("  Score", style="bold"), *(Text(text.score(c), style="bold") for c in cards))
        table.add_row(Text("  Verdict", style="bold"), *(text.verdict(c) for c in cards))
        if any(c.tiers for c in cards):
            table.add_row("  Tier", *((c.tier or "-") for c in cards))
        console.print(table)
        console.print(Text("≠ marks criteria where the models differ. ● open ◐ partial ○ closed ? unknown", style="dim"))

    def render_list(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        criteria = report.rubric.criteria if report.rubric else ()
        table = Table(title=f"rubric {report.rubric.id} {report.rubric.version}" if report.rubric else None)
        for name in ("#", "Model", "Organization", "Score", "Verdict"):
            table.add_column(name, justify="right" if name in ("#", "Score") else "left", no_wrap=name in ("#", "Model", "Score"))
        compact = len(criteria) > 8  # frameworks with many criteria: one strip of symbols, in rubric order
        for criterion in () if compact else criteria:
            table.add_column(criterion.name, justify="center")
        if compact:
            table.add_column("Criteria", no_wrap=True)
        for rank, card in enumerate(report.cards, 1):
            levels = {c.id: c.level for c in card.criteria}
            symbols = [Text(text.SYMBOLS[levels[c.id]], style=text.STYLES[levels[c.id]]) for c in criteria]
            cells = [Text.assemble(*symbols)] if compact else symbols
            table.add_row(str(rank), card.model_id, card.organization, text.number(card.score), text.verdict(card), *cells)
        console.print(table)
        if compact:
            console.print(Text(f"Criteria, in order: {', '.join(c.name for c in criteria)}.", style="dim"))
        console.print(Text(f"{len(report.cards)} models. ● open ◐ partial ○ closed ? unknown", style="dim"))

    def render_rubric(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        rubric = report.rubric
        assert rubric is not None
        console.print(Text.assemble((rubric.name, "bold"), f" ({rubric.id} {rubric.version})"))
        console.print(rubric.description)
        if rubric.url:
            console.print(Text(rubric.url, style="cyan"))
        table = Table(show_lines=True)
        for name in ("Criterion", "Weight", "Looks at", "Combine", "License for full credit", "Why"):
            table.add_column(name, overflow="fold")
        for c in rubric.criteria:
            licence = ", ".join(v.value for v in c.license.full) if c.license else "-"
            table.add_row(f"{c.name}\n[dim]{c.id}[/dim]", text.number(c.weight), ", ".join(a.value for a in c.artifacts),
                          c.combine.value, licence, c.rationale or c.description)
        console.print(table)
        if rubric.verdicts:
            verdicts = Table(title="Verdicts (first match wins)")
            verdicts.add_column("Verdict")
            verdicts.add_column("Meaning")
            for rule in rubric.verdicts:
                verdicts.add_row(rule.id, rule.description)
            console.print(verdicts)
        if rubric.tiers:
            tiers = Table(title="Tiers (cumulative, lowest first)")
            for name in ("Tier", "Requires", "Optional"):
                tiers.add_column(name, overflow="fold")
            for tier in rubric.tiers:
                tiers.add_row(tier.name, ", ".join(tier.requires), ", ".join(tier.optional) or "-")
            console.print(tiers)
        for sub in rubric.substitutions:
            console.print(f"Stand-in, for tiers only: {sub.by} counts for a missing {sub.criterion}.")

    def render_rubrics(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        table = Table()
        for name in ("Name", "Rubric", "Version", "Criteria", "Max score", "Description"):
            table.add_column(name, overflow="fold")
        for rubric in report.rubrics:
            table.add_row(rubric.id, rubric.name, rubric.version, str(len(rubric.criteria)),
                          text.number(rubric.max_score), rubric.description)
        console.print(table)

    def render_score_diff(self, diff: Diff, out: TextIO) -> None:
        from openscore.formats import score_diff

        console = Console(file=out, highlight=False, soft_wrap=False, markup=False)
        console.print(score_diff.title(diff), style="bold")
        for note in diff.notes:
            console.print(note, style="dim")
        for changes in diff.rubrics:
            if not changes.models and not changes.note:
                continue
            console.print(f"\n{changes.rubric.name} (rubric {changes.rubric.id})", style="bold")
            if changes.note:
                console.print(changes.note, style="dim")
            if not changes.models:
                console.print("no changes")
                continue
            table = Table(show_lines=True)
            for name in score_diff.HEAD:
                table.add_column(name, overflow="fold")
            for change in changes.models:
                table.add_row(*score_diff.cells(change))
            console.print(table)
        console.print(score_diff.footer(diff))

    def render_licenses(self, records: Sequence[LicenseRecord], out: TextIO) -> None:
        table = Table(show_lines=True, title="AI model licenses", caption=license_terms.NOT_RECORDED)
        table.add_column("License", overflow="fold")
        table.add_column("Class", overflow="fold")
        for _, heading in license_terms.COLUMNS:
            table.add_column(heading, overflow="fold")
        for record in records:
            label = Text.assemble((record.key, "bold"), (f"\n{record.name}", "dim"))
            table.add_row(label, record.license_class.value, *(license_terms.cell(record, name) for name, _ in license_terms.COLUMNS))
        make_console(out).print(table)

    def render_license(self, record: LicenseRecord, out: TextIO) -> None:
        console = make_console(out)
        console.print(Text.assemble((record.key, "bold"), f" · {record.name}"))
        for label, value in license_terms.facts(record):
            console.print(f"  {label + ':':<19}{value}")
        cited = {p.restriction: p.source for p in record.properties if p.restriction}
        if record.restrictions:
            console.print(Text("Restrictions", style="bold"))
            for restriction in record.restrictions:
                source = cited.get(restriction)
                console.print(Text.assemble(f"  - {restriction}", (f"  {source}" if source else "", "cyan")))
        if record.properties:
            table = Table(show_lines=False)
            for heading in ("Term", "Value", "Note", "Source"):
                table.add_column(heading, overflow="fold")
            for prop in record.properties:
                table.add_row(prop.name.replace("_", " "), license_terms.value(prop.value), prop.note or prop.restriction or "", prop.source)
            console.print(table)
        if record.notes:
            console.print(Text(record.notes, style="dim"))

