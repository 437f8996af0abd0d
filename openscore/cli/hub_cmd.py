"""`openscore hub sync`, and the Hub side of `openscore rate` (repos not in the data file, `--hub`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from openscore import i18n
from openscore.cli import common
from openscore.i18n import _, ngettext

if TYPE_CHECKING:
    from openscore.domain.evidence import ModelEntry
    from openscore.sources.hub.assess import Assessment
    from openscore.sources.hub.service import HubFindings, HubService

RefreshOption = Annotated[bool, typer.Option("--refresh", help="Ask the Hub again even when the cached copy is fresh.")]
CacheDirOption = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option("--cache-dir", metavar="DIR", help="Where Hub answers are cached; env OPENSCORE_CACHE_DIR [default: the user cache dir]."),
]
JobsOption = Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, metavar="N", help="Requests to the Hub in flight at once.")]

hub_app = typer.Typer(help="Hugging Face Hub metadata: fetch, cache, compare with the data file.", no_args_is_help=True)


FormatOption = Annotated[str, common.format_option("hub-findings", default="text")]


@common.reports_errors
def sync(data: common.DataOption = None, jobs: JobsOption = 16, refresh: RefreshOption = False, cache_dir: CacheDirOption = None,
         format: FormatOption = "text") -> None:
    """Refresh Hub metadata for every entry that names a repo, and summarise where the Hub disagrees.

    Exit 1 when the Hub disagrees with the data file, 3 when a repo could neither be fetched nor found in the cache.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    catalog = common.load_catalog(data, ["curated"])  # the databases' records are theirs to check
    entries = [e for e in (*catalog.entries, *catalog.variants) if e.hf_repos]  # a variant's repos are its own
    service = make_service(refresh, cache_dir)
    repos = dict.fromkeys(r for e in entries for r in e.hf_repos)
    columns = (TextColumn(_("Hub sync")), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}"))
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("", total=len(repos))
        found = service.check(entries, jobs, lambda repo, _: progress.update(task, advance=1, description=repo), summary=True)
    common.render(format, "hub-findings", found)
    _finish(service, found)


def assess(model: str, refresh: bool, cache_dir: Path | None) -> Assessment | None:
    """`rate org/name` for a repo not in the data file: an entry from Hub evidence alone; None when `model` is no repo id."""
    service = make_service(refresh, cache_dir)
    assessed = service.assess(model)
    _warn(service)
    return assessed


def check_entry(entry: ModelEntry, refresh: bool, cache_dir: Path | None) -> None:
    """`rate MODEL --hub`: compare a curated entry with its Hub repos, report on stderr.
    Exit 1 when the Hub disagrees, 3 when a repo could not be checked."""
    import io

    from openscore.formats import render
    from openscore.sources.hub.service import plural

    if not entry.hf_repos:
        common.say(_("openscore: {id} names no Hugging Face repo (hf_repos); nothing to check on the Hub").format(id=entry.id))
        return
    service = make_service(refresh, cache_dir)
    found = service.check([entry], jobs=4)
    if not found.exit_code:
        n = len(entry.hf_repos)
        common.say(f"openscore: the Hub agrees with the data file on {entry.id} ({plural(n, 'repo')} checked)" if i18n.current() == "en"
                   else _("openscore: the Hub agrees with the data file on {id} ({repos} checked)").format(
                       id=entry.id, repos=ngettext("{n} repo", "{n} repos", n).format(n=n)))
    lines = io.StringIO()
    render("text", "hub-findings", found, lines)
    for line in lines.getvalue().splitlines():
        common.say(_("openscore: {message}").format(message=line.strip()))
    _finish(service, found)


def make_service(refresh: bool, cache_dir: Path | None) -> HubService:
    from openscore.licenses import resolve
    from openscore.sources.hub.service import HubService

    return HubService(resolve, refresh, cache_dir)


def _warn(service: HubService) -> None:
    for warning in service.warnings:
        common.say(_("openscore: warning: {message}").format(message=warning))
    service.warnings.clear()


def _finish(service: HubService, found: HubFindings) -> None:
    _warn(service)
    if found.exit_code:
        raise typer.Exit(found.exit_code)


def register(app: typer.Typer) -> None:
    hub_app.command()(sync)
    app.add_typer(hub_app, name="hub")
