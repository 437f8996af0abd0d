"""The views of `openscore sources`: the source list, a release side by side across sources, and the disagreements.

One function per view and format; each format module calls its own (formats/json_.py, markdown.py, table.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TextIO

from openscore.formats.document import SCHEMA_VERSION
from openscore.formats.escape import markdown as esc
from openscore.formats.escape import markdown_code as code
from openscore.i18n import N_, _, current, pgettext
from openscore.sources.disagreements import Said, SideBySide
from openscore.sources.status import SourceStatus
from openscore.words import artifact, level


def sources_document(rows: Sequence[SourceStatus]) -> dict[str, Any]:
    """`openscore sources` as JSON data."""
    return {"openscore": SCHEMA_VERSION, "lang": current(), "kind": "sources", "sources": [dataclasses.asdict(r) for r in rows]}


def sources_markdown(rows: Sequence[SourceStatus], out: TextIO) -> None:
    out.write("| Source | What | License | Snapshot | Records | Converted | Linked |\n|---|---|---|---|---|---|---|\n")
    for r in rows:
        snapshot = f"{esc(r.date or '')} {code((r.commit or '')[:12])}" if r.upstream and r.commit else "-"
        out.write(f"| {code(r.name)} | {esc(r.what)} | {esc(r.license or '-')} | {snapshot} | {r.records} | {r.converted} | {r.linked} |\n")
    credits = [r for r in rows if r.attribution]
    if credits:
        out.write("\n" + "".join(f"- {code(r.name)}: {esc(r.attribution or '')}\n" for r in credits))


def sources_text(rows: Sequence[SourceStatus], out: TextIO) -> None:
    """`openscore sources` on a terminal: each source, then what it holds in a few lines."""
    from openscore.formats.table import _prose, make_console

    console = make_console(out)
    for r in rows:
        _prose(console, f"{r.name}: {r.what}", "bold")
        for line in _source_lines(r):
            _prose(console, line, indent="  ", hanging="    ")


def _source_lines(r: SourceStatus) -> list[str]:
    body = []
    if r.error:
        body.append(_("unusable: {error}").format(error=r.error))
    else:
        if r.upstream:
            body.append(_("upstream {upstream}, snapshot {date} (commit {commit})").format(
                upstream=r.upstream, date=r.date or _("undated"), commit=(r.commit or _("unknown"))[:12]))
        if r.license:
            body.append(_("license {license}").format(license=r.license)
                        + (_("; attribution: {attribution}").format(attribution=r.attribution) if r.attribution else ""))
        body.append(_("{records} records, {converted} converted cleanly, {linked} linked to a curated entry").format(
            records=r.records, converted=r.converted, linked=r.linked) if r.name != "curated" else _("{n} entries").format(n=r.records))
        body += [_("skipped {count}: {why}").format(count=count, why=why) for why, count in r.skipped]
    if r.file:
        body.append(_("file {file}").format(file=r.file))
    return body


def side_by_side_document(view: SideBySide) -> dict[str, Any]:
    """`rate MODEL --sources` as JSON data."""
    return {"openscore": SCHEMA_VERSION, "lang": current(), "kind": "sources-side-by-side", **_sbs(view)}


def side_by_side_markdown(view: SideBySide, out: TextIO) -> None:
    out.write(f"### {esc(view.name)} ({code(view.release)}) in every source\n\n")
    out.write(_md_table(view))


def side_by_side_text(view: SideBySide, out: TextIO) -> None:
    """`rate MODEL --sources` on a terminal: a column per source when every column fits the width whole (no
    source id or word split); else, as `sources diff`, per artifact what is said and which sources say it."""
    from openscore.formats import fit
    from openscore.formats.table import make_console

    columns = [[_("Artifact"), *(f"≠ {_kind(row.kind)}" for row in view.rows)]]
    columns += [[m.name, *(_said(row.said[i]) for row in view.rows)] for i, m in enumerate(view.members)]
    if fit.widths(columns, make_console(out).width, fixed=frozenset(range(len(columns)))) is not None:
        _table([view], out, only_disagreements=False)
    else:
        _stacked_all(view, out)


def diff_document(views: Sequence[SideBySide]) -> dict[str, Any]:
    """`openscore sources diff` as JSON data: every linked release where the sources disagree."""
    return {"openscore": SCHEMA_VERSION, "lang": current(), "kind": "sources-diff",
            "releases": [_sbs(v, only_disagreements=True) for v in _disputed(views)]}


def diff_markdown(views: Sequence[SideBySide], out: TextIO) -> None:
    views = _disputed(views)
    out.write(f"# Where the sources disagree\n\n{len(views)} linked release(s), "
              f"{sum(len(v.disagreements) for v in views)} artifact(s).\n\n")
    for view in views:
        out.write(f"## {esc(view.name)} ({code(view.release)})\n\n{_md_table(view, only_disagreements=True)}\n")


def diff_text(views: Sequence[SideBySide], out: TextIO) -> None:
    _stacked(_disputed(views), out)


def _disputed(views: Sequence[SideBySide]) -> list[SideBySide]:
    return [v for v in views if v.disagreements]


# How a release was linked across sources (SideBySide members' `linked_by`), and what a source's record is.
LINKED_BY = {"same_as": N_("same_as"), "repo": N_("a shared Hugging Face repo"), "name": N_("the same name")}
DATA_FILE = N_("openscore data file")


def _said(said: Said | None) -> str:
    if said is None:
        return "-"
    status = said.status if current() == "en" else level(said.status)
    return status + (f" · {said.license}" if said.license else "")


def _kind(kind: str) -> str:
    return kind if current() == "en" else artifact(kind)


def _member(m: Any, linked: bool = True) -> str:
    """A source's line above the table: which database, snapshot and record, and how it was linked."""
    p = m.provenance
    if current() == "en":
        snapshot = f", snapshot {p.snapshot_date}" if p.snapshot_date else ""
        how = f", linked by {m.linked_by}" if linked and m.linked_by not in ("curated", "alone", "") else ""
        return f"{m.name}: {p.database}{snapshot}{', record ' + p.record if p.record else ''}{how}"
    parts = [_(DATA_FILE) if p.database == DATA_FILE else p.database]
    if p.snapshot_date:
        parts.append(_("snapshot {date}").format(date=p.snapshot_date))
    if p.record:
        parts.append(_("record {record}").format(record=p.record))
    if linked and m.linked_by not in ("curated", "alone", ""):
        parts.append(_("linked by {how}").format(how=_(LINKED_BY.get(m.linked_by, m.linked_by))))
    # TRANSLATORS: between the parts of a source's line (database, snapshot, record, link), not between names
    return _("{source}: {what}").format(source=m.name, what=pgettext("clauses", ", ").join(parts))


def _table(views: Sequence[SideBySide], out: TextIO, only_disagreements: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    from openscore.formats.table import _prose, _t, make_console

    console = make_console(out)
    for view in views:
        console.print(Text.assemble(_t(view.name, "bold"), _t(f" ({view.release})")))
        for m in view.members:
            _prose(console, _member(m), "dim", indent="  ", hanging="    ")
        table = Table(show_lines=False)
        table.add_column(_("Artifact"), no_wrap=True)  # an artifact name is never cut
        for m in view.members:
            table.add_column(_t(m.name), overflow="fold", min_width=min(len(m.name), 24))
        for row in view.disagreements if only_disagreements else view.rows:
            mark = "≠ " if row.differs else "  "
            table.add_row(Text(mark + _kind(row.kind), style="bold" if row.differs else ""), *(_t(_said(s)) for s in row.said))
        console.print(table)
        links = [(m.name, row.kind, s.url) for row in view.rows for m, s in zip(view.members, row.said, strict=True)
                 if s is not None and s.url and (row.differs or not only_disagreements)]
        if not only_disagreements and len(view.members) < 2:
            console.print(Text(_("No other source records this release."), style="dim"))
        for name, kind, url in links if not only_disagreements else []:
            console.print(_t(f"  {name} {_kind(kind)}:", "cyan"))
            console.print(_t(f"    {url}", "cyan"), overflow="ignore", crop=False)  # whole, so it stays clickable
    if not only_disagreements:
        _prose(console, _("≠ marks artifacts where the sources disagree (status, or the license that applies)."), "dim")


def _stacked(views: Sequence[SideBySide], out: TextIO) -> None:
    """`sources diff` on a terminal: the summary first, then per release what each source says of each disputed
    artifact, one line each (no table columns to break an id or cut an artifact name, at any width)."""
    from rich.text import Text

    from openscore.formats.table import _prose, _t, make_console

    console = make_console(out)
    _prose(console, _("{releases} linked release(s) where the sources disagree, {artifacts} artifact(s). Each release: its sources, "
                      "then each artifact they disagree on, each thing said (status · license) followed by the sources that say it.").format(
        releases=len(views), artifacts=sum(len(v.disagreements) for v in views)), "dim")
    for view in views:
        console.print()
        console.print(Text.assemble(_t(view.name, "bold"), _t(f" ({view.release})")))
        for m in view.members:
            _prose(console, _member(m, linked=False), "dim", indent="  ", hanging="    ")
        for row in view.disagreements:
            console.print(_t(f"  ≠ {_kind(row.kind)}", "bold"))
            grouped: dict[str, list[str]] = {}
            for m, said in zip(view.members, row.said, strict=True):
                grouped.setdefault(_said(said) if said else _("not recorded"), []).append(m.name)
            for said_as, names in grouped.items():
                _prose(console, _("{said}: {sources}").format(said=said_as, sources=_(", ").join(names)), indent="      ", hanging="    ")


def _stacked_all(view: SideBySide, out: TextIO) -> None:
    """`rate MODEL --sources` when a column per source cannot fit: the sources, then each artifact with each thing
    said (status · license) followed by the sources that say it, then the evidence links."""
    from rich.text import Text

    from openscore.formats.table import _prose, _t, make_console

    console = make_console(out)
    console.print(Text.assemble(_t(view.name, "bold"), _t(f" ({view.release})")))
    for m in view.members:
        _prose(console, _member(m), "dim", indent="  ", hanging="    ")
    for row in view.rows:
        console.print(_t(("  ≠ " if row.differs else "    ") + _kind(row.kind), "bold" if row.differs else ""))
        grouped: dict[str, list[str]] = {}
        for m, said in zip(view.members, row.said, strict=True):
            grouped.setdefault(_said(said) if said else _("not recorded"), []).append(m.name)
        for said_as, names in grouped.items():
            _prose(console, _("{said}: {sources}").format(said=said_as, sources=_(", ").join(names)), indent="      ", hanging="    ")
    for row in view.rows:
        for m, s in zip(view.members, row.said, strict=True):
            if s is not None and s.url:
                console.print(_t(f"  {m.name} {_kind(row.kind)}:", "cyan"))
                console.print(_t(f"    {s.url}", "cyan"), overflow="ignore", crop=False)  # whole, so it stays clickable
    _prose(console, _("≠ marks artifacts where the sources disagree (status, or the license that applies)."), "dim")


def _md_table(view: SideBySide, only_disagreements: bool = False) -> str:
    head = "| Artifact | " + " | ".join(code(m.name) for m in view.members) + " |\n"
    head += "|---|" + "---|" * len(view.members) + "\n"
    rows = view.disagreements if only_disagreements else view.rows
    body = "".join(f"| {'**' + row.kind + '** ≠' if row.differs else row.kind} | "
                   + " | ".join(esc(_said(s)) + (f" [↗]({esc(s.url)})" if s and s.url else "") for s in row.said) + " |\n" for row in rows)
    return head + body


def _sbs(view: SideBySide, only_disagreements: bool = False) -> dict[str, Any]:
    rows = view.disagreements if only_disagreements else view.rows
    return {
        "release": view.release,
        "name": view.name,
        "members": [{"name": m.name, "source": m.source, "id": m.entry_id, "linked_by": m.linked_by,
                     "database": m.provenance.database, "record": m.provenance.record, "snapshot": m.provenance.snapshot,
                     "snapshot_date": m.provenance.snapshot_date, "reviewed": m.provenance.reviewed} for m in view.members],
        "artifacts": [{"kind": row.kind, "differs": list(row.differs),
                       "said": {m.name: (dataclasses.asdict(s) if s else None) for m, s in zip(view.members, row.said, strict=True)}}
                      for row in rows],
    }
