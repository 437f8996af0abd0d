"""`openscore hub sync`, and the Hub side of `openscore rate` (repos not in the data file, `--hub`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from openscore.cli import common

if TYPE_CHECKING:
    from openscore.domain.evidence import ModelEntry
    from openscore.sources.hub.assess import Assessment
    from openscore.sources.hub.client import Fetched, HubClient, HubError
    from openscore.sources.hub.compare import Discrepancy

RefreshOption = Annotated[bool, typer.Option("--refresh", help="Ask the Hub again even when the cached copy is fresh.")]
CacheDirOption = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option("--cache-dir", help="Where Hub answers are cached; env OPENSCORE_CACHE_DIR [default: the user cache dir]."),
]
JobsOption = Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="Requests to the Hub in flight at once.")]

hub_app = typer.Typer(help="Hugging Face Hub metadata: fetch, cache, compare with the data file.", no_args_is_help=True)


@common.reports_errors
def sync(data: common.DataOption = None, jobs: JobsOption = 16, refresh: RefreshOption = False, cache_dir: CacheDirOption = None) -> None:
    """Refresh Hub metadata for every entry that names a repo, and summarise where the Hub disagrees.

    Exit 1 when the Hub disagrees with the data file, 3 when a repo could neither be fetched nor found in the cache.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    catalog = common.load_catalog(data, ["curated"])  # the databases' records are theirs to check
    entries = [e for e in (*catalog.entries, *catalog.variants) if e.hf_repos]  # a variant's repos are its own
    repos = list(dict.fromkeys(r for e in entries for r in e.hf_repos))
    client = make_client(refresh, cache_dir)
    columns = (TextColumn("Hub sync"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}"))
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("", total=len(repos))
        results = client.get_many(repos, jobs, lambda repo, _: progress.update(task, advance=1, description=repo))
    origins = [r.origin for r in results.values() if not isinstance(r, Exception)]
    common.say(f"Synced {_count(len(repos), 'repo')} of {_count(len(entries), 'entry')} from {client.settings.endpoint}: "
               f"{origins.count('hub')} fetched, {origins.count('cache')} fresh in the cache, {origins.count('stale')} stale, "
               f"{len(repos) - len(origins)} failed.", err=False)
    found, failed = compare(entries, results)
    _print_findings(found, failed, results, print_line=lambda line: common.say(line, err=False), done="synced")
    _finish(client, found, failed)


def assess(model: str, refresh: bool, cache_dir: Path | None) -> Assessment | None:
    """`rate org/name` for a repo not in the data file: an entry from Hub evidence alone; None when `model` is no repo id."""
    import datetime as dt
    import time

    from openscore.licenses import resolve
    from openscore.sources.hub.assess import Assessment, entry_from_hub
    from openscore.sources.hub.client import age
    from openscore.sources.hub.model import is_repo_id

    repo = model.strip().removeprefix("https://huggingface.co/").strip("/")
    if not is_repo_id(repo):
        return None
    client = make_client(refresh, cache_dir)
    fetched = client.get(repo)
    for warning in (fetched.warning, client.cache_warning):
        if warning:
            common.say(f"openscore: warning: {warning}")
    hub = fetched.model
    revision = f"revision {hub.sha[:12]}, " if hub.sha else ""
    about = (f"Hub evidence: {hub.repo_id} at {client.settings.endpoint} ({revision}fetched "
             f"{age(time.time() - fetched.fetched_at)} ago); not reviewed by a person.")
    return Assessment(entry_from_hub(hub, client.page, resolve, dt.date.today()), hub, client.settings.endpoint, about)


def check_entry(entry: ModelEntry, refresh: bool, cache_dir: Path | None) -> None:
    """`rate MODEL --hub`: compare a curated entry with its Hub repos, report on stderr.
    Exit 1 when the Hub disagrees, 3 when a repo could not be checked."""
    if not entry.hf_repos:
        common.say(f"openscore: {entry.id} names no Hugging Face repo (hf_repos); nothing to check on the Hub")
        return
    client = make_client(refresh, cache_dir)
    results = client.get_many(entry.hf_repos, jobs=4)
    found, failed = compare([entry], results)
    if not found and not failed:
        common.say(f"openscore: the Hub agrees with the data file on {entry.id} ({_count(len(entry.hf_repos), 'repo')} checked)")
    _print_findings(found, failed, results, print_line=lambda line: common.say(f"openscore: {line.strip()}"))
    _finish(client, found, failed)


def make_client(refresh: bool, cache_dir: Path | None) -> HubClient:
    from openscore.sources.hub.client import HubClient

    return HubClient(cache_dir, refresh=refresh)


def compare(entries: Sequence[ModelEntry], results: dict[str, Fetched | HubError]) -> tuple[list[Discrepancy], list[str]]:
    """Disagreements of each entry with each of its repos fetched, and the repos that failed."""
    from openscore.licenses import resolve
    from openscore.sources.hub.compare import discrepancies

    found = [d for e in entries for r in e.hf_repos if not isinstance(results[r], Exception)
             for d in discrepancies(e, r, results[r].model, resolve)]  # type: ignore[union-attr]
    repos = dict.fromkeys(r for e in entries for r in e.hf_repos)
    return found, [r for r in repos if isinstance(results[r], Exception)]


def _print_findings(found: list[Discrepancy], failed: list[str], results: dict[str, Fetched | HubError],
                    print_line: Callable[[str], None], done: str = "checked") -> None:
    stale = sorted(r.warning for r in results.values() if not isinstance(r, Exception) and r.warning)
    if found:
        print_line(f"{_count(len(found), 'disagreement')} between the Hub and the data file:")
        for d in found:
            print_line(f"  {d}")
    if stale:
        print_line(f"{_count(len(stale), 'repo')} checked against a cached copy:")
        for warning in stale:
            print_line(f"  {warning}")
    from openscore.sources.hub.client import UNREACHABLE

    unreachable = [r for r in failed if results[r].kind in UNREACHABLE]  # type: ignore[union-attr]
    if unreachable:  # one line, not one per repo: the Hub, not the repos, is the problem
        first = results[unreachable[0]].message.split(", as ")[-1]  # type: ignore[union-attr]
        cause = first.removeprefix(f"{unreachable[0]}: ").removeprefix("cannot reach the Hub at ")
        if len(unreachable) == 1:
            print_line(f"{unreachable[0]}: cannot reach the Hub at {cause}")
        else:
            print_line(f"cannot reach the Hub: {_count(len(unreachable), 'repo')} not {done}; the cache is unchanged ({cause})")
    others = [r for r in failed if r not in unreachable]
    if others:
        print_line(f"{_count(len(others), 'repo')} could not be checked:")
        for repo in others:
            message = results[repo].message  # type: ignore[union-attr]
            print_line(f"  {message if message.startswith(repo) else f'{repo}: {message}'}")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun if number == 1 else noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def _finish(client: HubClient, found: list[Discrepancy], failed: list[str]) -> None:
    from openscore.errors import EXIT_FINDINGS, EXIT_HUB

    if client.cache_warning:
        common.say(f"openscore: warning: {client.cache_warning}")
    if failed or found:
        raise typer.Exit(EXIT_HUB if failed else EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    hub_app.command()(sync)
    app.add_typer(hub_app, name="hub")
