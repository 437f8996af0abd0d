"""Rich tables for the terminal. Colour only on a terminal; NO_COLOR is respected by rich."""

from __future__ import annotations

import os
import textwrap
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from openscore.formats import interface, license_terms, wording
from openscore.formats.interface import Report
from openscore.textsafe import clean, clip

if TYPE_CHECKING:
    from collections.abc import Sequence

    from openscore.diff.changes import Diff
    from openscore.licenses.record import LicenseRecord
    from openscore.sources.disagreements import SideBySide
    from openscore.sources.status import SourceStatus

PIPED_WIDTH = 120  # when stdout is a file or pipe and COLUMNS is unset
CELL_LIMIT = 2_000  # characters of one untrusted value shown in a table: folding is superlinear in a cell's length
MIN_REASON = 36  # narrower than this, `rate` stacks each criterion's reason under its heading instead of a table column


def _longest_word(*texts: str) -> int:
    """The widest word of the texts: a column narrower than this would split a word or cut a header."""
    from rich.cells import cell_len

    return max((cell_len(word) for t in texts for word in t.split()), default=1)


def _widest(*texts: str) -> int:
    from rich.cells import cell_len

    return max((cell_len(line) for t in texts for line in t.splitlines() or [""]), default=1)


def _share(extents: list[tuple[int, int]], room: int) -> list[int] | list[None]:
    """Column widths within `room`: each its minimum, the rest shared out toward each one's natural width,
    the columns that want least first (a verdict fits on one line before a long organization name grows).

    None for every column when all fit at their natural width (rich then sizes them as usual)."""
    if sum(most for _, most in extents) <= room:
        return [None] * len(extents)
    widths = [least for least, _ in extents]
    spare = max(room - sum(widths), 0)
    order = sorted(range(len(extents)), key=lambda i: extents[i][1] - extents[i][0])
    for left, index in enumerate(order):
        give = min(extents[index][1] - extents[index][0], spare // (len(order) - left))
        widths[index] += give
        spare -= give
    return widths


def _fits(columns: list[list[str]], width: int) -> bool:
    """Whether a table of these columns (header and cells each) fits in `width` without splitting a word."""
    return sum(_longest_word(*cells) + 3 for cells in columns) + 1 <= width


def _t(value: object, style: str = "") -> Text:
    """Untrusted text as rich Text: never markup, control characters shown as placeholders, bounded length."""
    return Text(clip(clean(str(value)), CELL_LIMIT), style=style)


_LONG = 100  # longer lists: criteria as one strip of symbols, and drawn by formats/longtable (rich's Table is slow per row)


def _long(console: Console, table: Table, rows: list[tuple[Text, ...]]) -> None:
    """Draw a long list line by line (formats/longtable), with the columns and widths already chosen for `table`."""
    from openscore.formats import longtable

    columns = [longtable.Column(str(c.header), c.justify, not c.no_wrap) for c in table.columns]
    chosen = [c.width for c in table.columns]
    sizes = None if any(w is None for w in chosen) else [w or 1 for w in chosen]
    if sizes is not None and sum(sizes) + 3 * len(sizes) + 1 > console.width:
        sizes = [0]  # even the narrowest columns overflow: rich's table folds them
    if sizes == [0] or not longtable.draw(console, str(table.title) if table.title else None, columns, rows, sizes):
        for row in rows:
            table.add_row(*row)
        console.print(table)


def make_console(out: TextIO | None = None) -> Console:
    """A console for `out` (stdout by default): 120 columns when piped and COLUMNS is unset."""
    console = Console(file=out, highlight=False, soft_wrap=False, markup=False, emoji=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(file=out, highlight=False, soft_wrap=False, markup=False, emoji=False, width=PIPED_WIDTH)
    return console


def _level(value: str) -> Text:
    return Text(wording.level(value), style=wording.STYLES[value])


class TableFormat(interface.RendersRate, interface.RendersRateAll, interface.RendersCompare, interface.RendersList,
                  interface.RendersRubric, interface.RendersRubrics, interface.RendersScoreDiff, interface.RendersLicense,
                  interface.RendersLicenses,
                  interface.RendersSources, interface.RendersSideBySide, interface.RendersSourcesDiff):
    def render_rate(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        for card in report.cards:
            title = Text.assemble(_t(card.model_name, "bold"), _t(f" ({card.model_id}) · {card.organization}"))
            console.print(title)
            if card.automatic:
                console.print(Text("Automatic assessment from Hugging Face Hub evidence only.", style="italic"))
            notice = card.source.notice if card.source else None
            if notice:
                console.print(_t(notice[0].upper() + notice[1:] + ".", "italic yellow"))
            verdict = card.verdict
            what, said = wording.headline(card)
            score = f"{wording.score_line(card)} · rubric {card.rubric_id} {card.rubric_version}"
            console.print(Text.assemble(f"{what}: ", _t(said, "bold"), _t(f" · {score}")) if what else _t(score[:1].upper() + score[1:]))
            if verdict:
                console.print(_t(verdict.description, "dim"))
            if card.groups:
                console.print(_t(f"  {wording.groups(card)}"))
            for line in wording.tiers(card):
                console.print(_t(f"  {line}"))
            for note in card.notes:
                if note == notice:
                    continue
                console.print(_t(f"  {note}", "dim"))
            links: list[str] = []
            rows: list[tuple[Text, Text, str, Text, Text, str]] = []
            for c, said in zip(card.criteria, wording.reasons(card), strict=True):
                reason = _t(said)
                for flag in c.flags:
                    reason.append_text(_t(f"\n⚑ {flag}", "magenta"))
                link = wording.evidence(c)
                if link and link not in links:
                    links.append(link)
                rows.append((_t(c.name), _level(c.level), f"{wording.number(c.points)}/{wording.number(c.max_points)}",
                             _t(wording.license_of(c)), reason, f"[{links.index(link) + 1}]" if link else "-"))
            heads = ("Criterion", "Grade", "Points", "License", "Reason", "Evidence")
            if _fits([[h, *(str(r[i]) for r in rows)] for i, h in enumerate(heads) if h != "Reason"], console.width - MIN_REASON - 3):
                table = Table(show_lines=True, expand=False)
                for i, name in enumerate(heads):
                    table.add_column(name, overflow="fold", no_wrap=name in ("Grade", "Points", "Evidence"),
                                     min_width=None if name == "Reason" else _longest_word(name, *(str(r[i]) for r in rows)))
                for row in rows:
                    table.add_row(*row)
                console.print(table)
            else:  # too narrow for the table: one block per criterion, the reason wrapped under its heading
                for label, grade, points, licence, reason, evidence in rows:
                    label.stylize("bold")
                    console.print(Text.assemble(label, "  ", grade, f"  {points}",
                                                Text("  license ") + licence if licence.plain != "-" else "",
                                                f"  evidence {evidence}" if evidence != "-" else ""))
                    for wrapped in reason.wrap(console, max(console.width - 2, 20)):
                        wrapped.rstrip()
                        console.print(Text("  ") + wrapped, overflow="ignore", crop=False)
                    console.print()
            notes, left = wording.caveats(card)
            for _, noted in notes:
                if noted and noted not in links:
                    links.append(noted)
            for number, link in enumerate(links, 1):  # whole URLs, never folded, so they stay clickable
                console.print(Text(f"[{number}] {clean(link)}", style="cyan"), overflow="ignore", crop=False)
            if notes:
                console.print(Text("Notes from the data", style="bold"))
                for noted_line, noted in notes:
                    shown = noted_line + (f" [{links.index(noted) + 1}]" if noted else "")
                    for part in textwrap.wrap(shown, max(console.width - 4, 20), initial_indent="  ", subsequent_indent="    ",
                                          break_long_words=False, break_on_hyphens=False):
                        console.print(Text(clean(part)), overflow="fold")
                more = f"{left} more notes and the full text" if left else "Full text"
                pointer = f"{more}: openscore rate {card.model_id} --format markdown (or json)"
                for part in textwrap.wrap(pointer, max(console.width - 4, 20), initial_indent="  ", subsequent_indent="    ",
                                          break_long_words=False, break_on_hyphens=False):
                    console.print(Text(clean(part), style="dim"), overflow="fold")

    def render_rate_all(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        card0 = report.cards[0]
        console.print(Text.assemble(_t(card0.model_name, "bold"), _t(f" ({card0.model_id}) · {card0.organization} · under every rubric")))
        table = Table(show_lines=True, expand=True)
        for name, ratio in (("Rubric", 2), ("Result", 2), ("Score", None), ("Why", 6)):
            table.add_column(name, overflow="fold", ratio=ratio, no_wrap=ratio is None)
        for rubric, card in zip(report.rubrics, report.cards, strict=True):
            table.add_row(Text.assemble(_t(rubric.id, "bold"), _t(f" {rubric.version}"), _t(f"\n{rubric.name}", "dim")),
                          _t(wording.result(card), "bold"), f"{wording.score(card)}\n{card.percent:g}%", _t("\n".join(wording.why(card))))
        console.print(table)
        if not card0.automatic:  # an automatic assessment is rated by its repo id, not this id
            console.print(_t(f"Details: openscore rate {card0.model_id} --rubric NAME", "dim"))

    def render_compare(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        cards = list(report.cards)
        table = Table(title=_t(f"rubric {report.rubric.id} {report.rubric.version}") if report.rubric else None)
        table.add_column("Criterion")
        for card in cards:
            table.add_column(_t(card.model_id), overflow="fold")
        for criterion in report.rubric.criteria if report.rubric else ():
            differ = wording.differs(cards, criterion.id)
            label = _t(("≠ " if differ else "  ") + criterion.name, "bold" if differ else "")
            cells = []
            for card in cards:
                result = card.criterion(criterion.id)
                cell = _level(result.level)
                cell.append(f" {wording.number(result.points)}/{wording.number(result.max_points)}", style="")
                cells.append(cell)
            table.add_row(label, *cells)
        table.add_section()
        table.add_row(Text("  Score", style="bold"), *(Text(wording.score(c), style="bold") for c in cards))
        table.add_row(Text("  Verdict", style="bold"), *(_t(wording.verdict(c)) for c in cards))
        if any(c.tiers for c in cards):
            table.add_row("  Tier", *(_t(c.tier or "-") for c in cards))
        console.print(table)
        console.print(Text("≠ marks criteria where the models differ. ● open ◐ partial ○ closed ? unknown", style="dim"))
        for notice in wording.notices(cards):
            console.print(_t(notice, "italic yellow"))

    def render_list(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        criteria = report.rubric.criteria if report.rubric else ()
        table = Table(title=_t(f"rubric {report.rubric.id} {report.rubric.version}") if report.rubric else None)
        cards = list(report.cards)
        sourced = any(card.source and card.source.name != "curated" for card in cards)
        base = {"#": [str(len(cards))], "Model": [c.model_id for c in cards], "Organization": [_t(c.organization).plain for c in cards],
                "Score": [wording.number(c.score) for c in cards], "Verdict": [_t(wording.verdict(c)).plain for c in cards]}
        if sourced:
            base["Source"] = [c.source.name if c.source else "-" for c in cards]
        wide = [[_t(c.name).plain, "●"] for c in criteria]
        # frameworks with many criteria, or a narrow terminal: one strip of symbols, in rubric order; narrower still: no organization
        # and long lists (every source): a strip renders several times faster than a column per criterion
        compact = len(criteria) > 8 or (sourced and len(cards) > _LONG) or not _fits([[k, *v] for k, v in base.items()] + wide, console.width)
        strip = [["Criteria", "●" * len(criteria)]]
        for dropped in ("Organization", "Source"):  # narrower still: no organization, then no source (the footer says so)
            if dropped in base and compact and not _fits([[k, *v] for k, v in base.items()] + strip, console.width):
                del base[dropped]
        fixed = ("#", "Model", "Score")
        extents = [(_widest(name, *cells) if name in fixed else _longest_word(name, *cells), _widest(name, *cells)) for name, cells in base.items()]
        extents += [(_longest_word(_t(c.name).plain), _widest(_t(c.name).plain)) for c in (() if compact else criteria)]
        extents += [(_widest("Criteria", strip[0][1]), _widest("Criteria", strip[0][1]))] if compact else []
        widths = _share(extents, console.width - 3 * len(extents) - 1)
        for (name, _), width in zip(base.items(), widths, strict=False):
            table.add_column(name, justify="right" if name in ("#", "Score") else "left", no_wrap=name in fixed, width=width)
        for criterion, width in zip(() if compact else criteria, widths[len(base):], strict=False):
            table.add_column(_t(criterion.name), justify="center", width=width)
        if compact:
            table.add_column("Criteria", no_wrap=True, width=widths[-1])
        rows = []
        for rank, card in enumerate(cards, 1):
            levels = {c.id: c.level for c in card.criteria}
            symbols = [Text(wording.SYMBOLS[levels[c.id]], style=wording.STYLES[levels[c.id]]) for c in criteria]
            cells = [Text.assemble(*symbols)] if compact else symbols
            every = {"#": str(rank), "Model": card.model_id, "Organization": card.organization, "Score": wording.number(card.score),
                     "Verdict": wording.verdict(card), "Source": card.source.name if card.source else "-"}
            rows.append((*(_t(every[name]) for name in base), *cells))
        if len(rows) > _LONG:
            _long(console, table, rows)
        else:
            for row in rows:
                table.add_row(*row)
            console.print(table)
        if compact:
            console.print(_t(f"Criteria, in order: {', '.join(c.name for c in criteria)}.", "dim"))
        count = len(report.cards)
        console.print(Text(f"{count} model{'' if count == 1 else 's'}. ● open ◐ partial ○ closed ? unknown", style="dim"))
        if sourced:
            console.print(Text("Rows whose Source is not curated (a narrow terminal leaves the column out) are a public database's "
                               "facts, not reviewed by openscore; `openscore sources` credits each.", style="dim"))

    def render_rubric(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
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
            if c.license and c.license.listed:
                listed = rubric.license_lists[c.license.listed]
                licence = f"on {listed.name} ({len(listed.ids)} ids, exact)" + (f"; openscore's reading: {licence}" if licence else "")
            looks_at = ", ".join(a.value for a in c.artifacts) + (f"; {c.judgement} judgement when recorded" if c.judgement else "")
            if c.applies_to:
                looks_at += f"; for {', '.join(t.value for t in c.applies_to)} systems"
            table.add_row(Text.assemble(_t(c.name), _t(f"\n{c.id}", "dim")), wording.number(c.weight), _t(looks_at),
                          c.combine.value, _t(licence), _t(c.rationale or c.description))
        console.print(table)
        if rubric.groups:
            mean = "mean" if rubric.scoring.value == "mean" else "share"
            console.print(_t("Categories (each shown as its " + mean + "): "
                             + "; ".join(f"{g.name}: {', '.join(g.criteria)}" for g in rubric.groups)))
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

    def render_rubrics(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        table = Table()
        for name in ("Name", "Rubric", "Version", "Criteria", "Max score", "Description"):
            table.add_column(name, overflow="fold")
        for rubric in report.rubrics:
            table.add_row(_t(rubric.id), _t(rubric.name), _t(rubric.version), str(len(rubric.criteria)),
                          wording.number(rubric.out_of), _t(rubric.description))
        console.print(table)

    def render_score_diff(self, diff: Diff, out: TextIO) -> None:
        from openscore.formats import score_diff

        console = Console(file=out, highlight=False, soft_wrap=False, markup=False, emoji=False)
        console.print(_t(score_diff.title(diff), "bold"))
        for note in diff.notes:
            console.print(_t(note, "dim"))
        for changes in diff.rubrics:
            if not changes.models and not changes.note:
                continue
            console.print(_t(f"\n{changes.rubric.name} (rubric {changes.rubric.id})", "bold"))
            if changes.note:
                console.print(_t(changes.note, "dim"))
            if not changes.models:
                console.print("no changes")
                continue
            table = Table(show_lines=True)
            for name in score_diff.HEAD:
                table.add_column(name, overflow="fold")
            for change in changes.models:
                table.add_row(*(_t(cell) for cell in score_diff.cells(change)))
            console.print(table)
        console.print(_t(score_diff.footer(diff)))

    def render_licenses(self, records: Sequence[LicenseRecord], out: TextIO) -> None:
        table = Table(show_lines=True, title="AI model licenses", caption=license_terms.NOT_RECORDED)
        table.add_column("License", overflow="fold")
        table.add_column("Class", overflow="fold")
        for _, heading in license_terms.COLUMNS:
            table.add_column(heading, overflow="fold")
        for record in records:
            label = Text.assemble(_t(record.key, "bold"), _t(f"\n{record.name}", "dim"))
            table.add_row(label, record.license_class.value, *(_t(license_terms.cell(record, name)) for name, _ in license_terms.COLUMNS))
        make_console(out).print(table)

    def render_license(self, record: LicenseRecord, out: TextIO) -> None:
        console = make_console(out)
        console.print(Text.assemble(_t(record.key, "bold"), _t(f" · {record.name}")))
        for label, value in license_terms.facts(record):
            console.print(_t(f"  {label + ':':<19}{value}"))
        cited = {p.restriction: p.source for p in record.properties if p.restriction}
        if record.restrictions:
            console.print(Text("Restrictions", style="bold"))
            for restriction in record.restrictions:
                source = cited.get(restriction)
                console.print(Text.assemble(_t(f"  - {restriction}"), _t(f"  {source}" if source else "", "cyan")))
        if record.properties:
            table = Table(show_lines=False)
            for heading in ("Term", "Value", "Note", "Source"):
                table.add_column(heading, overflow="fold")
            for prop in record.properties:
                table.add_row(_t(prop.name.replace("_", " ")), _t(license_terms.value(prop.value)),
                              _t(prop.note or prop.restriction or ""), _t(prop.source))
            console.print(table)
        if record.notes:
            console.print(_t(record.notes, "dim"))

    def render_sources(self, rows: Sequence[SourceStatus], out: TextIO) -> None:
        from openscore.formats import sources

        sources.sources(rows, "table", out)

    def render_side_by_side(self, view: SideBySide, out: TextIO) -> None:
        from openscore.formats import sources

        sources.side_by_side(view, "table", out)

    def render_sources_diff(self, views: Sequence[SideBySide], out: TextIO) -> None:
        from openscore.formats import sources

        sources.diff(views, "table", out)
