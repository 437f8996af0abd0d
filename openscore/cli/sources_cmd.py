"""`openscore sources`: every source of facts; `sources update` rebuilds a database snapshot; `sources diff` lists disagreements."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from openscore.cli import common
from openscore.errors import OpenscoreError
from openscore.i18n import _

if TYPE_CHECKING:
    from openscore.domain.evidence import ModelEntry
    from openscore.sources.catalog import SourceCatalog
    from openscore.sources.disagreements import SideBySide

sources_app = typer.Typer(help="Where openscore's facts come from: the curated file and bundled database snapshots.")




@common.reports_errors
def list_sources(ctx: typer.Context, data: common.DataOption = None, source: common.SourceOption = None,
                 format: Annotated[str, common.format_option("sources")] = "table") -> None:
    """List every source: what it is, license and attribution, upstream and snapshot, records, clean conversions, links."""
    if ctx.invoked_subcommand is not None:
        return
    from openscore.sources.status import statuses

    catalog = common.load_catalog(data, source)
    catalog.warn = lambda message: None  # the listing itself says what is wrong with a source
    common.render(format, "sources", statuses(catalog))


@common.reports_errors
def update(
    name: Annotated[Optional[str], typer.Argument(metavar="NAME", help="Database to update (default: every one).", show_default=False)] = None,  # noqa: UP045
    from_: Annotated[Optional[Path], typer.Option("--from", metavar="PATH", help="A local checkout of the upstream repository (no network).")] = None,  # noqa: UP045
    out: Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE", help="Write it here [default: the user's snapshot dir].")] = None,  # noqa: UP045
) -> None:
    """Rebuild a database snapshot from its upstream repository (git clone), or from a checkout with --from."""
    import dataclasses

    from openscore.sources.registry import DATABASES, database
    from openscore.sources.snapshot import user_dir
    from openscore.sources.update import update as rebuild

    names = [name] if name else list(DATABASES)
    if (from_ or out) and len(names) != 1:
        raise OpenscoreError(_("--from and --out need one database name, e.g. `openscore sources update mot --from PATH`"))
    specs = [database(n) for n in names]
    for spec in specs:
        target = out or user_dir() / f"{spec.name}.json"
        built = rebuild(spec, target, from_)
        for problem in built.problems:  # a record that does not convert is skipped: a warning for the snapshot as a whole
            if problem.severity == "error":
                problem = dataclasses.replace(problem, severity="warning", message=f"{problem.message}; record skipped")
            typer.echo(f"openscore: {common.one_line(str(problem))}", err=True)
        meta = built.meta
        typer.echo(f"openscore: {spec.name}: wrote {target}: {meta.converted} of {meta.records} records converted"
                   f" ({len(meta.skipped)} skipped), commit {(meta.commit or 'unknown')[:12]}, {meta.date or 'undated'}", err=True)


@common.reports_errors
def diff(data: common.DataOption = None, source: common.SourceOption = None,
         format: Annotated[str, common.format_option("sources-diff")] = "table") -> None:
    """List every release several sources record where they disagree, artifact by artifact (a maintainer's worklist)."""
    catalog = common.load_catalog(data, source)
    releases = [side_by_side(catalog, catalog.entries[i]) for i in range(len(catalog.entries))]
    common.render(format, "sources-diff", [r for r in releases if len(r.members) > 1])


def side_by_side(catalog: SourceCatalog, entry: ModelEntry) -> SideBySide:
    """`entry` as every source linked to it records it."""
    from openscore.sources.disagreements import resolved_key
    from openscore.sources.disagreements import side_by_side as build

    return build(catalog.linked(entry), resolved_key)


def register(app: typer.Typer) -> None:
    sources_app.callback(invoke_without_command=True)(list_sources)
    sources_app.command()(update)
    sources_app.command()(diff)
    app.add_typer(sources_app, name="sources")
