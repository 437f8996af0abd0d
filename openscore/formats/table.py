"""Rich tables for the terminal. Colour only on a terminal; NO_COLOR is respected by rich."""

from __future__ import annotations

import os
import textwrap
from typing import TYPE_CHECKING, TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from openscore.domain.scorecard import Scorecard
from openscore.formats import interface, license_terms, wording
from openscore.formats.interface import Report
from openscore.i18n import N_, _, current, ngettext, pgettext
from openscore.localize import phrase
from openscore.textsafe import clean, clip
from openscore.words import license_class

if TYPE_CHECKING:
    from collections.abc import Sequence

    from openscore.diff.changes import Diff
    from openscore.domain.rubric import Criterion
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


def _prose(console: Console, line: str, style: str = "", indent: str = "", hanging: str = "  ") -> None:
    """One line of prose wrapped at word boundaries to the console width: `indent` first, `indent + hanging` after
    (never a break mid-word, no trailing space; a word wider than the line is folded)."""
    width = max(console.width - 1, 20)
    if current() != "en":  # by display cells, between Chinese characters (formats/cjk.py), each line indented
        lines = Text(clip(clean(line), CELL_LIMIT)).wrap(console, max(width - cell_len(indent + hanging), 10))
        for index, wrapped in enumerate(lines):
            wrapped.rstrip()
            console.print(Text(indent if index == 0 else indent + hanging) + Text(wrapped.plain, style=style), overflow="fold")
        return
    parts = textwrap.wrap(clip(clean(line), CELL_LIMIT), width, initial_indent=indent, subsequent_indent=indent + hanging,
                          break_long_words=False, break_on_hyphens=False) or [""]
    for part in parts:
        console.print(Text(part, style=style), overflow="fold")


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
    if current() == "zh":
        from openscore.formats import cjk

        cjk.install()
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
            title = Text.assemble(_t(card.model_name, "bold"), _t(f"{wording.id_after(card.model_name, card.model_id)} · {card.organization}"))
            console.print(title)
            if card.automatic:
                console.print(Text(_("Automatic assessment from Hugging Face Hub evidence only."), style="italic"))
            notice = card.source.notice if card.source else None
            if notice:
                console.print(_t(notice[0].upper() + notice[1:] + _("."), "italic yellow"))
            verdict = card.verdict
            what, said = wording.headline(card)
            score = _("{score} · rubric {rubric} {version}").format(score=wording.score_line(card), rubric=card.rubric_id,
                                                                  version=card.rubric_version)
            console.print(Text.assemble(what + _(": "), _t(said, "bold"), _t(" · " + score)) if what else _t(score[:1].upper() + score[1:]))
            if verdict:
                _prose(console, verdict.description, "dim")
            if card.groups:
                _prose(console, wording.groups(card), indent="  ")
            for line in wording.tiers(card):
                _prose(console, line, indent="  ")
            for note in card.notes:
                if note == notice:
                    continue
                _prose(console, note, "dim", indent="  ")
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
            heads = (N_("Criterion"), N_("Grade"), N_("Points"), N_("License"), N_("Reason"), N_("Evidence"))
            shown_heads = {h: _(h) for h in heads}
            reason_room = max(MIN_REASON, _longest_word(*(r[4].plain for r in rows)))  # a long license id in a reason stays whole
            widths = _rate_widths(rows, [shown_heads[h] for h in heads], reason_room, console.width)
            if widths is None:  # a long license id breaks after a hyphen rather than push the table past the edge
                rows = _licenses_broken(rows, [shown_heads[h] for h in heads], reason_room, console.width)
                widths = _rate_widths(rows, [shown_heads[h] for h in heads], reason_room, console.width)
            if widths is not None:
                table = Table(show_lines=True, expand=False)
                for i, (name, width) in enumerate(zip(heads, widths, strict=True)):
                    table.add_column(shown_heads[name], overflow="fold", no_wrap=name in ("Grade", "Points", "Evidence"), width=width,
                                     min_width=None if name == "Reason" else _longest_word(shown_heads[name], *(str(r[i]) for r in rows)))
                for row in rows:
                    table.add_row(*row)
                console.print(table)
            else:  # too narrow for the table: one block per criterion, the reason wrapped under its heading
                for label, grade, points, licence, reason, evidence in rows:
                    label.stylize("bold")
                    console.print(Text.assemble(label, "  ", grade, f"  {points}",
                                                Text("  " + _("license") + " ") + licence if licence.plain != "-" else "",
                                                "  " + _("evidence {n}").format(n=evidence) if evidence != "-" else ""))
                    for wrapped in reason.wrap(console, max(console.width - 2, 20)):
                        wrapped.rstrip()
                        console.print(Text("  ") + wrapped, overflow="ignore", crop=False)
                    console.print()
            if any(c.flags for c in card.criteria):
                _prose(console, _(wording.FLAG_LEGEND), style="magenta")
            notes, left = wording.caveats(card)
            for _noted_line, noted in notes:
                if noted and noted not in links:
                    links.append(noted)
            for number, link in enumerate(links, 1):  # whole URLs, never folded, so they stay clickable
                console.print(Text(f"[{number}] {clean(link)}", style="cyan"), overflow="ignore", crop=False)
            if notes:
                console.print(Text(_("Notes from the data"), style="bold"))
                for noted_line, noted in notes:
                    shown = noted_line + (f" [{links.index(noted) + 1}]" if noted else "")
                    for part in _wrap(console, shown):
                        console.print(Text(clean(part)), overflow="fold")
                more = _("{n} more notes and the full text").format(n=left) if left else _("Full text")
                pointer = _("{more}: openscore rate {id} --format markdown (or json)").format(more=more, id=card.model_id)
                for part in _wrap(console, pointer):
                    console.print(Text(clean(part), style="dim"), overflow="fold")

    def render_rate_all(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        card0 = report.cards[0]
        console.print(Text.assemble(_t(card0.model_name, "bold"), _t(_("{id} · {organization} · under every rubric").format(
            id=wording.id_after(card0.model_name, card0.model_id), organization=card0.organization))))
        table = Table(show_lines=True, expand=True)
        for name, ratio in ((N_("Rubric"), 2), (N_("Result"), 2), (N_("Score"), None), (N_("Why"), 6)):
            table.add_column(_(name), overflow="fold", ratio=ratio, no_wrap=ratio is None)
        for rubric, card in zip(report.rubrics, report.cards, strict=True):
            table.add_row(Text.assemble(_t(rubric.id, "bold"), _t(f" {rubric.version}"), _t(f"\n{rubric.name}", "dim")),
                          _t(wording.result(card), "bold"), f"{wording.score(card)}\n{card.percent:g}%", _t("\n".join(wording.why(card))))
        console.print(table)
        if not card0.automatic:  # an automatic assessment is rated by its repo id, not this id
            console.print(_t(_("Details: openscore rate {id} --rubric NAME").format(id=card0.model_id), "dim"))

    def render_compare(self, report: Report, out: TextIO) -> None:
        from openscore.formats import fit

        console = make_console(out)
        cards = list(report.cards)
        title = _("rubric {id} {version}").format(id=report.rubric.id, version=report.rubric.version) if report.rubric else None
        rows: list[tuple[Text, list[Text]]] = []
        for criterion in report.rubric.criteria if report.rubric else ():
            differ = wording.differs(cards, criterion.id)
            label = _t(("≠ " if differ else "  ") + criterion.name, "bold" if differ else "")
            cells = []
            for card in cards:
                result = card.criterion(criterion.id)
                cell = _level(result.level)
                cell.append(f" {wording.number(result.points)}/{wording.number(result.max_points)}", style="")
                cells.append(cell)
            rows.append((label, cells))
        totals = [(Text("  " + _("Score"), style="bold"), [Text(wording.score(c), style="bold") for c in cards]),
                  (Text("  " + _("Verdict"), style="bold"), [_t(wording.verdict(c)) for c in cards])]
        if any(c.tiers for c in cards):
            totals.append((Text("  " + _("Tier")), [_t(_tier_name(c)) for c in cards]))
        columns = [[_("Criterion"), *(label.plain for label, _cells in rows + totals)]]
        columns += [[_t(card.model_id).plain, *(cells[i].plain for _label, cells in rows + totals)] for i, card in enumerate(cards)]
        widths = fit.widths(columns, console.width)
        if widths is None:  # too narrow for a column per model: per criterion, a line per model
            from openscore.formats import stacked

            stacked.compare(console, title, [c.model_id for c in cards], rows + totals)
        else:
            table = Table(title=_t(title) if title else None)
            table.add_column(_("Criterion"), width=widths[0])
            for card, width in zip(cards, widths[1:], strict=True):
                table.add_column(_t(card.model_id), overflow="fold", width=width)
            for label, cells in rows:
                table.add_row(label, *cells)
            table.add_section()
            for label, cells in totals:
                table.add_row(label, *cells)
            console.print(table)
        console.print(Text(_("≠ marks criteria where the models differ.") + " " + wording.legend(), style="dim"))
        for notice in wording.notices(cards):
            console.print(_t(notice, "italic yellow"))

    def render_list(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        criteria = report.rubric.criteria if report.rubric else ()
        table = Table(title=_t(_("rubric {id} {version}").format(id=report.rubric.id, version=report.rubric.version))
                      if report.rubric else None)
        cards = list(report.cards)
        sourced = any(card.source and card.source.name != "curated" for card in cards)
        base = {"#": [str(len(cards))], N_("Model"): [c.model_id for c in cards], N_("Organization"): [_t(c.organization).plain for c in cards],
                N_("Score"): [wording.number(c.score) for c in cards], N_("Verdict"): [_t(wording.verdict(c)).plain for c in cards]}
        if sourced and not wording.single_source(cards):  # one source (--source NAME): the footer names it instead
            base[N_("Source")] = [c.source.name if c.source else "-" for c in cards]
        heading = {name: _(name) if name != "#" else name for name in base}
        wide = [[_t(c.name).plain, "●"] for c in criteria]
        # frameworks with many criteria, or a narrow terminal: one strip of symbols, in rubric order; narrower still: no organization
        # and long lists (every source): a strip renders several times faster than a column per criterion
        compact = len(criteria) > 8 or (sourced and len(cards) > _LONG) or not _fits([[heading[k], *v] for k, v in base.items()] + wide,
                                                                                     console.width)
        strip = [[_("Criteria"), "●" * len(criteria)]]
        for dropped in ("Organization", "Source"):  # narrower still: no organization, then no source (the footer says so)
            if dropped in base and compact and not _fits([[heading[k], *v] for k, v in base.items()] + strip, console.width):
                del base[dropped]
        fixed = ("#", "Score")  # numbers are never cut; a model id wraps after a hyphen, never inside a word
        shown = (criteria if not compact else (), strip[0] if compact else None)
        extents = self._list_extents(base, heading, *shown, whole=True)
        if sum(least for least, _most in extents) > console.width - 3 * len(extents) - 1:  # ids wrap after a hyphen
            extents = self._list_extents(base, heading, *shown)
        under = False  # narrower still: each model's verdict on a second line of its Model cell
        if sum(least for least, _most in extents) > console.width - 3 * len(extents) - 1 and "Verdict" in base:
            base["Model"] = [*base["Model"], *base.pop("Verdict")]
            heading["Model"] = _("Model") + "\n" + _("Verdict")
            extents = self._list_extents(base, heading, *shown)
            under = True
        widths = _share(extents, console.width - 3 * len(extents) - 1)
        model_width = dict(zip(base, widths, strict=False)).get("Model")
        for (name, _cells), width in zip(base.items(), widths, strict=False):
            table.add_column(heading[name], justify="right" if name in ("#", "Score") else "left", no_wrap=name in fixed, width=width)
        for criterion, width in zip(() if compact else criteria, widths[len(base):], strict=False):
            table.add_column(_t(criterion.name), justify="center", width=width)
        if compact:
            table.add_column(strip[0][0], no_wrap=True, width=widths[-1])
        rows = []
        for rank, card in enumerate(cards, 1):
            levels = {c.id: c.level for c in card.criteria}
            symbols = [Text(wording.SYMBOLS[levels[c.id]], style=wording.STYLES[levels[c.id]]) for c in criteria]
            cells = [Text.assemble(*symbols)] if compact else symbols
            every = {"#": _t(rank), "Model": _model_cell(card, model_width, under), "Organization": _t(card.organization),
                     "Score": _t(wording.number(card.score)), "Verdict": _t(wording.verdict(card)),
                     "Source": _t(card.source.name if card.source else "-")}
            rows.append((*(every[name] for name in base), *cells))
        if len(rows) > _LONG:
            _long(console, table, rows)
        else:
            for row in rows:
                table.add_row(*row)
            console.print(table)
        if compact:
            _prose(console, _("Criteria, in order: {criteria}.").format(criteria=_(", ").join(c.name for c in criteria)), "dim")
        count = len(report.cards)
        _prose(console, ngettext("{n} model.", "{n} models.", count).format(n=count) + " " + wording.legend(), "dim")
        if sourced and wording.single_source(cards):
            _prose(console, _("Every row holds {source}'s facts (a public database), not reviewed by openscore; `openscore sources` "
                              "credits it.").format(source=cards[0].source.name if cards[0].source else "-"), "dim")
        elif sourced:
            _prose(console, _("Rows whose Source is not curated (a narrow terminal leaves the column out) are a public database's "
                              "facts, not reviewed by openscore; `openscore sources` credits each."), "dim")

    @staticmethod
    def _list_extents(base: dict[str, list[str]], heading: dict[str, str], criteria: Sequence[Criterion],
                      strip: list[str] | None, whole: bool = False) -> list[tuple[int, int]]:
        """Each `list` column's (least, natural) width: numbers and the strip whole, ids whole (else broken after a hyphen),
        words whole."""
        from openscore.formats import fit

        def least(name: str, cells: list[str]) -> int:
            if name in ("#", "Score") or (whole and name == "Model"):
                return _widest(heading[name], *cells)
            if name == "Model":
                return max(fit.least(heading[name]), fit.least_piece(*cells))
            return fit.least(heading[name], *cells)

        extents = [(least(name, cells), _widest(heading[name], *cells)) for name, cells in base.items()]
        extents += [(fit.least(_t(c.name).plain), _widest(_t(c.name).plain)) for c in criteria]
        extents += [(_widest(*strip), _widest(*strip))] if strip else []
        return extents

    def render_rubric(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        rubric = report.rubric
        assert rubric is not None
        console.print(Text.assemble(_t(rubric.name, "bold"), _t(f" ({rubric.id} {rubric.version})")))
        _prose(console, rubric.description, indent="  ", hanging="")
        if rubric.url:
            console.print(_t(rubric.url, "cyan"))
        heads = [_(name) for name in (N_("Criterion"), N_("Weight"), N_("Looks at"), N_("Combine"), N_("License for full credit"), N_("Why"))]
        rows: list[tuple[Text, ...]] = []
        for c in rubric.criteria:
            licence = ", ".join(v.value for v in c.license.full) if c.license else "-"
            if c.license and c.license.listed:
                listed = rubric.license_lists[c.license.listed]
                licence = _("on {list} ({n} ids, exact)").format(list=listed.name, n=len(listed.ids)) + (
                    _("; openscore's reading: {classes}").format(classes=licence) if licence else "")
            looks_at = ", ".join(a.value for a in c.artifacts) + (
                _("; {judgement} judgement when recorded").format(judgement=c.judgement) if c.judgement else "")
            if c.applies_to:
                looks_at += _("; for {types} systems").format(types=", ".join(t.value for t in c.applies_to))
            rows.append((Text.assemble(_t(c.name), _t(f"\n{c.id}", "dim")), _t(wording.number(c.weight)), _t(looks_at),
                         _t(wording.combine_word(c.combine.value)), _t(licence), _t(c.rationale or c.description)))
        _table_or_blocks(console, heads, rows, show_lines=True)
        if rubric.groups:
            heading = _("Categories (each shown as its mean): ") if rubric.scoring.value == "mean" else _("Categories (each shown as its share): ")
            console.print(_t(heading + _("; ").join(_("{group}: {criteria}").format(group=g.name, criteria=", ".join(g.criteria))
                                                     for g in rubric.groups)))
        if rubric.verdicts:
            _table_or_blocks(console, [_("Verdict"), _("Meaning")], [
                (_t(rule.id) if current() == "en" else Text.assemble(_t(rule.label), _t(f"\n{rule.id}", "dim")), _t(rule.description))
                for rule in rubric.verdicts], title=_("Verdicts (first match wins)"))
        if rubric.tiers:
            _table_or_blocks(console, [_(name) for name in (N_("Tier"), N_("Requires"), N_("Optional"))], [
                (_t(tier.name), _t(", ".join(tier.requires)), _t(", ".join(tier.optional) or "-")) for tier in rubric.tiers],
                title=_("Tiers (cumulative, lowest first)"))
        for sub in rubric.substitutions:
            console.print(_t(_("Stand-in, for tiers only: {by} counts for a missing {criterion}.").format(by=sub.by, criterion=sub.criterion)))

    def render_rubrics(self, report: Report, out: TextIO) -> None:
        console = make_console(out)
        heads = [_(name) for name in (N_("Name"), N_("Rubric"), N_("Version"), N_("Criteria"), N_("Max score"), N_("Description"))]
        rows = [(_t(rubric.id), _t(rubric.name), _t(rubric.version), Text(str(len(rubric.criteria))),
                 Text(wording.number(rubric.out_of)), _t(rubric.description)) for rubric in report.rubrics]
        if fit_widths(heads, rows, console.width) is None:  # too narrow: a block per rubric
            from openscore.formats import stacked

            stacked.rubrics(console, report.rubrics)
        else:
            _table_or_blocks(console, heads, rows)

    def render_score_diff(self, diff: Diff, out: TextIO) -> None:
        from openscore.formats import score_diff

        if current() == "zh":
            from openscore.formats import cjk

            cjk.install()
        console = Console(file=out, highlight=False, soft_wrap=False, markup=False, emoji=False)
        console.print(_t(score_diff.title(diff), "bold"))
        for note in diff.notes:
            console.print(_t(note, "dim"))
        for changes in diff.rubrics:
            if not changes.models and not changes.note:
                continue
            console.print(_t("\n" + _("{name} (rubric {id})").format(name=changes.rubric.name, id=changes.rubric.id), "bold"))
            if changes.note:
                console.print(_t(changes.note, "dim"))
            if not changes.models:
                console.print(_("no changes"))
                continue
            table = Table(show_lines=True)
            for name in score_diff.HEAD:
                table.add_column(_(name), overflow="fold")
            for change in changes.models:
                table.add_row(*(_t(cell) for cell in score_diff.cells(change)))
            console.print(table)
        console.print(_t(score_diff.footer(diff)))

    def render_licenses(self, records: Sequence[LicenseRecord], out: TextIO) -> None:
        console = make_console(out)
        heads = [_("License"), pgettext("license", "Class"), *(_(heading) for _name, heading in license_terms.COLUMNS)]
        rows = [(Text.assemble(_t(record.key, "bold"), _t(f"\n{record.name}", "dim")), Text(license_class(record.license_class.value)),
                 *(_t(license_terms.cell(record, name)) for name, _heading in license_terms.COLUMNS)) for record in records]
        from openscore.formats import fit

        # a license id may break after a hyphen (measured as its pieces), never inside a word
        measured = [(Text(" ".join(fit.pieces(clean(record.key))) + "\n" + clean(record.name)), *row[1:])
                    for record, row in zip(records, rows, strict=True)]
        widths = fit_widths(heads, measured, console.width)
        if widths is None:  # too narrow: a block per license
            from openscore.formats import stacked

            stacked.licenses(console, _("AI model licenses"), _(license_terms.NOT_RECORDED), heads[1:], records,
                             [[r.plain for r in row[1:]] for row in rows])
            return
        table = Table(show_lines=True, title=_("AI model licenses"), caption=_(license_terms.NOT_RECORDED))
        for head, width in zip(heads, widths, strict=True):
            table.add_column(head, overflow="fold", width=width)
        for record, row in zip(records, rows, strict=True):
            key = clip(clean(record.key), CELL_LIMIT)
            label = Text.assemble(Text(fit.at_hyphens(key, widths[0]), "bold"), _t(f"\n{record.name}", "dim"))
            table.add_row(label, *row[1:])
        console.print(table)

    def render_license(self, record: LicenseRecord, out: TextIO) -> None:
        console = make_console(out)
        title = f"{record.key} · {license_terms.name(record)}"
        if cell_len(clean(title)) < console.width:
            console.print(Text.assemble(_t(record.key, "bold"), _t(f" · {license_terms.name(record)}")))
        else:
            _prose(console, title, "bold")
        for label, value in license_terms.facts(record):
            heading = label + _(":")
            line = f"  {heading}{' ' * max(19 - cell_len(heading), 1)}{value}"
            if cell_len(line) < console.width or " " in value.strip():
                _prose(console, line, hanging=" " * (cell_len(line) - cell_len(value)))  # continued under the value
            else:  # one long word (a URL): whole, on a line of its own under its label, so it stays clickable
                console.print(_t(f"  {heading}"))
                console.print(_t(f"    {value}"), overflow="ignore", crop=False)
        cited = {p.restriction: p.source for p in record.properties if p.restriction}
        if record.restrictions:
            console.print(Text(_("Restrictions"), style="bold"))
            for restriction in record.restrictions:
                source = cited.get(restriction)
                said = clip(clean(f"  - {phrase(restriction)}"), CELL_LIMIT)
                if source and cell_len(f"{said}  {clean(source)}") <= console.width:
                    console.print(Text.assemble(said, _t(f"  {source}", "cyan")))
                    continue
                _prose(console, "- " + phrase(restriction), indent="  ", hanging="  ")
                if source:  # on a line of its own, indented and whole, so it stays clickable
                    console.print(_t(f"    {source}", "cyan"), overflow="ignore", crop=False)
        if record.properties:
            heads = [_(heading) for heading in (N_("Term"), N_("Value"), N_("Note"), N_("Source"))]
            rows = [(_t(license_terms.term(prop.name)), _t(license_terms.value(prop.value)), _t(license_terms.note(prop)), _t(prop.source))
                    for prop in record.properties]
            if fit_widths(heads, rows, console.width) is None:  # too narrow for whole URLs in a column: a block per term
                from openscore.formats import stacked

                stacked.terms(console, [(a.plain, b.plain, c.plain, d.plain) for a, b, c, d in rows])
            else:
                _table_or_blocks(console, heads, rows)
        notes = license_terms.notes(record)
        if notes:
            console.print(_t(notes, "dim"))

    def render_sources(self, rows: Sequence[SourceStatus], out: TextIO) -> None:
        from openscore.formats import sources

        sources.sources_text(rows, out)

    def render_side_by_side(self, view: SideBySide, out: TextIO) -> None:
        from openscore.formats import sources

        sources.side_by_side_text(view, out)

    def render_sources_diff(self, views: Sequence[SideBySide], out: TextIO) -> None:
        from openscore.formats import sources

        sources.diff_text(views, out)


_RATE_NO_WRAP = (1, 2, 5)  # rate's Grade, Points and Evidence columns: never wrapped


def _rate_widths(rows: Sequence[tuple[Text, Text, str, Text, Text, str]], heads: list[str], reason_room: int,
                 width: int) -> list[int | None] | None:
    """`rate`'s column widths within `width` (None each where rich's own sizing fits), the Reason column at least
    `reason_room`; None when the table cannot fit without splitting a word."""
    extents = []
    for i, head in enumerate(heads):
        cells = [head, *(str(r[i]) for r in rows)]
        most = _widest(*cells)
        least = most if i in _RATE_NO_WRAP else min(reason_room, most) if i == 4 else _longest_word(*cells)
        extents.append((least, most))
    room = width - 3 * len(heads) - 1
    if sum(least for least, _most in extents) > room:
        return None
    return list(_share(extents, room))


def fit_widths(heads: Sequence[str], rows: Sequence[Sequence[Text]], width: int) -> list[int] | None:
    """Column widths for a table of these rows within `width`, no word split; None when it cannot fit."""
    from openscore.formats import fit

    return fit.widths([[head, *(row[i].plain for row in rows)] for i, head in enumerate(heads)], width)


def _table_or_blocks(console: Console, heads: Sequence[str], rows: Sequence[Sequence[Text]], show_lines: bool = False,
                     title: str | None = None) -> None:
    """A table when its columns fit the width whole (no word split), else one block per row (formats/stacked.py)."""
    widths = fit_widths(heads, rows, console.width)
    if widths is None:
        from openscore.formats import stacked

        if title:
            _prose(console, title, "italic")

        stacked.criteria(console, heads, [[cell.plain.replace("\n", " (", 1) + ")" if i == 0 and "\n" in cell.plain else cell.plain
                                           for i, cell in enumerate(row)] for row in rows])
        return
    table = Table(show_lines=show_lines, title=title)
    for head, size in zip(heads, widths, strict=True):
        table.add_column(head, overflow="fold", width=size)
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _licenses_broken(rows: list[tuple[Text, Text, str, Text, Text, str]], heads: list[str], reason_room: int,
                     width: int) -> list[tuple[Text, Text, str, Text, Text, str]]:
    """`rate`'s rows with long license ids broken after a hyphen, narrow enough for the License column to fit
    beside the others in `width` (rows unchanged when even the narrowest break cannot fit)."""
    from openscore.formats import fit

    others = sum(_widest(heads[i], *(str(r[i]) for r in rows)) if i in _RATE_NO_WRAP else
                 _longest_word(heads[i], *(str(r[i]) for r in rows)) for i in (0, 1, 2, 5))
    room = width - 3 * len(heads) - 1 - others - reason_room
    if room < max(fit.least_piece(*(r[3].plain for r in rows)), _longest_word(heads[3])):
        return rows
    return [(c, g, p, Text(fit.at_hyphens(licence.plain, room), style=licence.style), reason, e)
            for c, g, p, licence, reason, e in rows]


def _model_cell(card: Scorecard, width: int | None, verdict_under: bool) -> Text:
    """A `list` row's Model cell: the id, broken after hyphens when wider than the column, and the verdict under it
    (dim) when the terminal is too narrow for a Verdict column."""
    shown = clip(clean(card.model_id), CELL_LIMIT)
    if width is not None and cell_len(shown) > width:
        from openscore.formats import fit

        shown = fit.at_hyphens(shown, width)
    cell = Text(shown)
    if verdict_under:
        cell.append_text(_t("\n" + wording.verdict(card), "dim"))
    return cell


def _tier_name(card: Scorecard) -> str:
    """The tier a card reached, by its name (the id under English, as before)."""
    if current() == "en" or not card.tier:
        return card.tier or "-"
    return next((t.name for t in card.tiers if t.id == card.tier), card.tier)


def _wrap(console: Console, line: str) -> list[str]:
    """A note wrapped to the console, indented (2, then 4); by display cells under Chinese, where characters are wide."""
    width = max(console.width - 4, 20)
    if current() == "en":
        return textwrap.wrap(line, width, initial_indent="  ", subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)
    parts = Text(line).wrap(console, width)
    return [("  " if index == 0 else "    ") + part.plain.rstrip() for index, part in enumerate(parts)]
