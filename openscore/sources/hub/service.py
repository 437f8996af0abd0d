"""The Hub as `rate`, `draft` and `hub sync` use it: assess a repo, check entries against their repos.

The service prints nothing: it returns what it found and collects warnings for the caller.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openscore.domain.evidence import ModelEntry
from openscore.domain.licensing import LicenseResolver
from openscore.errors import EXIT_FINDINGS, EXIT_HUB
from openscore.i18n import _
from openscore.sources.hub.assess import Assessment, entry_from_hub
from openscore.sources.hub.client import UNREACHABLE, Fetched, HubClient, HubError, age
from openscore.sources.hub.disagreements import Discrepancy, discrepancies
from openscore.sources.hub.model import is_repo_id


@dataclass(frozen=True)
class SyncSummary:
    """What `hub sync` fetched: counts by where each answer came from."""

    endpoint: str
    entries: int
    repos: int
    fetched: int
    cached: int
    stale: int
    failed: int


@dataclass(frozen=True)
class HubFindings:
    """Where the Hub disagrees with the data file, repos checked against a stale copy, and repos not checked."""

    discrepancies: tuple[Discrepancy, ...] = ()
    stale: tuple[str, ...] = ()  # one warning per repo checked against a cached copy
    failed: tuple[tuple[str, str], ...] = ()  # (repo, why)
    sync: SyncSummary | None = None
    unreachable: tuple[str, ...] = ()  # the failed repos whose fault is the Hub being out of reach, not the repo

    @property
    def exit_code(self) -> int:
        """0 when the Hub agrees, 1 when it disagrees, 3 when a repo could not be checked."""
        return EXIT_HUB if self.failed else EXIT_FINDINGS if self.discrepancies else 0


def repo_id(text: str) -> str | None:
    """`text` as a Hub repo id ('org/name', a Hub URL too), else None."""
    repo = text.strip().removeprefix("https://huggingface.co/").strip("/")
    return repo if is_repo_id(repo) else None


class HubService:
    def __init__(self, resolve: LicenseResolver, refresh: bool = False, cache_dir: Path | None = None,
                 client: HubClient | None = None):
        self.resolve = resolve
        self.client = client or HubClient(cache_dir, refresh=refresh)
        self.warnings: list[str] = []  # for the caller to show, once

    @property
    def endpoint(self) -> str:
        return self.client.settings.endpoint

    def assess(self, model: str, today: dt.date | None = None) -> Assessment | None:
        """An entry from Hub evidence alone for a repo not in the data file; None when `model` is no repo id."""
        repo = repo_id(model)
        if repo is None:
            return None
        fetched = self.client.get(repo)
        self._warn(fetched.warning, self.client.cache_warning)
        hub = fetched.model
        revision = _("revision {sha}, ").format(sha=hub.sha[:12]) if hub.sha else ""
        about = _("Hub evidence: {repo} at {endpoint} ({revision}fetched {age} ago); not reviewed by a person.").format(
            repo=hub.repo_id, endpoint=self.endpoint, revision=revision, age=age(time.time() - fetched.fetched_at))
        entry = entry_from_hub(hub, self.client.page, self.resolve, today or dt.date.today())
        return Assessment(entry, hub, self.endpoint, about)

    def check(self, entries: Sequence[ModelEntry], jobs: int = 4,
              progress: Callable[[str, object], None] | None = None, summary: bool = False) -> HubFindings:
        """Fetch every repo the entries name and compare; with `summary`, count where the answers came from."""
        entries = [e for e in entries if e.hf_repos]
        repos = list(dict.fromkeys(r for e in entries for r in e.hf_repos))
        results = self.client.get_many(repos, jobs, progress) if progress else self.client.get_many(repos, jobs)
        found, failed = disagreements(entries, results, self.resolve)
        stale = tuple(sorted(r.warning for r in results.values() if not isinstance(r, Exception) and r.warning))
        why = tuple((repo, _message(results[repo])) for repo in failed)
        unreachable = tuple(repo for repo in failed if getattr(results[repo], "kind", None) in UNREACHABLE)
        self._warn(self.client.cache_warning)
        sync = None
        if summary:
            origins = [r.origin for r in results.values() if not isinstance(r, Exception)]
            sync = SyncSummary(self.endpoint, len(entries), len(repos), origins.count("hub"), origins.count("cache"),
                               origins.count("stale"), len(repos) - len(origins))
        return HubFindings(tuple(found), stale, why, sync, unreachable)

    def _warn(self, *warnings: str | None) -> None:
        self.warnings += [w for w in warnings if w and w not in self.warnings]


def disagreements(entries: Sequence[ModelEntry], results: dict[str, Fetched | HubError],
            resolve: LicenseResolver | None = None) -> tuple[list[Discrepancy], list[str]]:
    """Disagreements of each entry with each of its repos fetched, and the repos that failed."""
    if resolve is None:
        from openscore.licenses import resolve as default

        resolve = default
    found = [d for e in entries for r in e.hf_repos if not isinstance(fetched := results[r], Exception)
             for d in discrepancies(e, r, fetched.model, resolve)]
    repos = dict.fromkeys(r for e in entries for r in e.hf_repos)
    return found, [r for r in repos if isinstance(results[r], Exception)]


def _message(result: Fetched | HubError) -> str:
    return result.message if isinstance(result, HubError) else ""


def plural(number: int, noun: str) -> str:
    """'1 repo', '2 repos', '3 entries'."""
    return f"{number} {noun if number == 1 else noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"

