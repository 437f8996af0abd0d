"""`openscore import FMT FILE_OR_DIR...`: other openness databases' records as openscore data, one subcommand per importer.

`eosai` detects the format per record: the current index's `system:` records or the 2023 `project:` records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Optional

import typer

from openscore.cli import common
from openscore.i18n import _

import_app = typer.Typer(help="Turn records of other openness databases into openscore entries (YAML).", no_args_is_help=True)

PathsArgument = Annotated[list[Path], typer.Argument(help="Record files, or directories of them.", metavar="FILE_OR_DIR", show_default=False)]
OutOption = Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE", help="Write the entries to this file instead of stdout.")]  # noqa: UP045
PrefixOption = Annotated[Optional[str], typer.Option(  # noqa: UP045
    "--prefix", metavar="PREFIX", help="Put PREFIX before every imported id (e.g. mof-), so none collides with an existing entry.")]
MergeOption = Annotated[bool, typer.Option(
    "--merge", help="An imported record that names an existing entry completes that entry (artifacts it lacks) instead of adding one.")]
ReviewedOption = Annotated[
    Optional[dt.datetime],  # noqa: UP045
    typer.Option("--reviewed", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="last_reviewed for records that carry no date [default: today]."),
]


def _command(fmt: str, title: str, help_text: str) -> Callable[..., None]:
    """The `openscore import FMT` command of one importer (the registry names it; `_run` does the work)."""

    @common.reports_errors
    def command(paths: PathsArgument, out: OutOption = None, reviewed: ReviewedOption = None, prefix: PrefixOption = None,
                merge: MergeOption = False) -> None:
        _run(fmt, paths, out, reviewed, prefix, merge)

    command.__name__ = fmt.replace("-", "_")
    command.__doc__ = help_text or f"{title} records as openscore entries."
    return command


def _run(fmt: str, paths: list[Path], out: Path | None, reviewed: dt.datetime | None, prefix: str | None = None,
         merge: bool = False) -> None:
    """Import, report every problem on stderr, write what imported; exit 2 when a record failed."""
    from openscore.errors import EXIT_USAGE
    from openscore.sources.importers import run

    if prefix is not None and merge:
        raise common.OpenscoreError(_("--prefix and --merge do not go together: rename the imported entries, or merge them"))
    report = run(fmt, paths, reviewed.date() if reviewed else None)
    for problem in report.problems:
        common.say(_("openscore: {message}").format(message=common.said(problem)))
    for line in _against_existing(report, prefix, merge):
        common.say(_("openscore: {message}").format(message=line))
    if report.imported:
        if out is None:
            common.render("yaml", "data-file", report.document())
        else:
            common.write_output(out, "yaml", "data-file", report.document())
    n, records = len(report.imported), report.records
    if out and report.imported:
        common.say(_("openscore: imported {n} of {records} record(s) to {out}").format(n=n, records=records, out=out))
    else:
        common.say(_("openscore: imported {n} of {records} record(s)").format(n=n, records=records))
    if report.failed or any(p.severity == "error" for p in report.problems):
        raise typer.Exit(EXIT_USAGE)


def _against_existing(report: object, prefix: str | None, merge: bool) -> list[str]:
    """Rename (--prefix) or merge (--merge) the imported entries against the data in use; else warn of each collision."""
    from openscore.sources.importers.existing import collisions, merged, prefixed

    imported = report.imported  # type: ignore[attr-defined]
    try:
        existing = common.load_catalog(None, ["curated"]).entries
    except common.OpenscoreError as exc:
        return [_("warning: cannot check the imported ids against the existing data ({problem})").format(problem=exc.problems[0].message)]
    said = []
    if prefix is not None:
        taken = {name.lower() for entry in existing for name in entry.names()}
        for item in imported:
            item.data, dropped = prefixed(item.data, prefix, taken)
            if dropped:
                said.append(_("{id}: left out {names}, already names of existing entries").format(id=item.data["id"], names=", ".join(dropped)))
        return said
    by_id = {entry.id: entry for entry in existing}
    for hit in collisions([item.entry for item in imported], existing):
        item = next(i for i in imported if i.entry.id == hit.imported)
        if merge:
            item.data, added = merged(by_id[hit.existing], item.data)
            said.append(_("merged '{imported}' into the existing entry {existing}: {what}").format(
                imported=hit.imported, existing=hit.existing,
                what=_("added {fields}").format(fields=", ".join(added)) if added else _("nothing it does not already record")))
        else:
            said.append(_("warning: imported '{imported}' ({file}) collides with the existing entry {existing} (both are named "
                          "'{name}'); import with --prefix {format}- to keep both, or --merge to complete {existing} with it").format(
                imported=hit.imported, file=item.file, existing=hit.existing, name=hit.name, format=report.fmt))  # type: ignore[attr-defined]
    return said


def register(app: typer.Typer) -> None:
    """One subcommand per importer in the registry (`openscore.sources.importers.FORMATS`)."""
    from openscore.sources.importers import FORMATS

    for fmt, title in FORMATS.items():
        import_app.command(fmt)(_command(fmt, title, f"{title} records (files, or directories of them) as openscore entries "
                                                     "(YAML): one entry per record, every artifact with its source."))
    app.add_typer(import_app, name="import")
