"""Fetching model metadata with huggingface_hub: cache first, bounded retries, one-line errors.

huggingface_hub is imported only when a request is actually made. The endpoint (HF_ENDPOINT)
and offline mode (HF_HUB_OFFLINE) are read from the environment at call time, so they apply
even when huggingface_hub was imported earlier; the token is huggingface_hub's own (HF_TOKEN,
else the one `hf auth login` stored).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openscore.errors import EXIT_HUB, EXIT_USAGE, OpenscoreError
from openscore.sources.hub.cache import Cached, HubCache, default_dir
from openscore.sources.hub.model import REPO_ID, HubModel, from_api

DEFAULT_ENDPOINT = "https://huggingface.co"
EXPAND = ["author", "cardData", "createdAt", "gated", "lastModified", "library_name", "pipeline_tag", "private", "sha",
          "siblings", "tags"]
MAX_WAIT = 60.0  # longest Retry-After honoured; beyond it, give up and say when to come back
MAX_BACKOFF = 8.0


class HubError(OpenscoreError):
    """The Hub could not be used for one repo. `retryable` faults are tried again."""

    def __init__(self, message: str, kind: str, retryable: bool = False, retry_after: float | None = None):
        super().__init__(message, EXIT_HUB)
        self.message, self.kind, self.retryable, self.retry_after = message, kind, retryable, retry_after


@dataclass(frozen=True)
class Settings:
    endpoint: str
    offline: bool
    timeout: float  # seconds per request
    retries: int  # extra attempts after a retryable fault
    backoff: float  # first wait between attempts, doubled each time

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            endpoint=(os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/"),
            offline=os.environ.get("HF_HUB_OFFLINE", "").strip().upper() in ("1", "ON", "YES", "TRUE"),
            timeout=_number("OPENSCORE_HUB_TIMEOUT", 10.0),
            retries=int(_number("OPENSCORE_HUB_RETRIES", 3)),
            backoff=_number("OPENSCORE_HUB_BACKOFF", 0.5),
        )


@dataclass(frozen=True)
class Fetched:
    """A model and where it came from: "hub", "cache" (fresh), or "stale" (cached, used because of `warning`)."""

    model: HubModel
    fetched_at: float
    origin: str
    warning: str | None = None


class HubClient:
    def __init__(self, cache_dir: Path | None = None, refresh: bool = False, settings: Settings | None = None,
                 sleep: Callable[[float], None] = time.sleep):
        self.settings = settings or Settings.from_env()
        self.cache = HubCache(cache_dir or default_dir(), self.settings.endpoint)
        self.refresh = refresh
        self.sleep = sleep
        self.cache_warning: str | None = None
        self._api: Any = None
        self._lock = threading.Lock()
        self._down: HubError | None = None  # the Hub could not be reached at all: fail fast from then on

    def page(self, path: str) -> str:
        """A URL on the Hub's web site, e.g. the page of a repo or dataset."""
        return f"{self.settings.endpoint}/{path}"

    def get(self, repo_id: str) -> Fetched:
        """The repo's metadata: from a fresh cache, else the Hub, else a stale cache with a warning."""
        if not REPO_ID.match(repo_id):
            raise OpenscoreError(f"'{repo_id}' is not a Hugging Face repo id (org/name)", EXIT_USAGE)
        cached = self.cache.read(repo_id)
        if cached and not self.refresh and self.cache.fresh(cached):
            return Fetched(cached.model, cached.fetched_at, "cache")
        try:
            if self.settings.offline:
                raise HubError(f"{repo_id}: offline mode is on (HF_HUB_OFFLINE)", "offline")
            model = self._fetch(repo_id)
        except HubError as error:
            if cached is not None:
                return Fetched(cached.model, cached.fetched_at, "stale", f"{error.message}; using the cached copy from {age(cached.age())} ago")
            if error.kind == "offline":
                raise HubError(f"{error.message} and nothing is cached", "offline") from None
            raise
        fetched = Cached(model, time.time())
        try:
            self.cache.write(repo_id, fetched)
        except OSError as exc:
            self.cache_warning = f"cannot write the Hub cache in {self.cache.dir}: {exc.strerror or exc}"
        return Fetched(model, fetched.fetched_at, "hub")

    def get_many(self, repo_ids: Iterable[str], jobs: int,
                 done: Callable[[str, Fetched | HubError], None] = lambda repo, result: None) -> dict[str, Fetched | HubError]:
        """Fetch many repos with at most `jobs` requests in flight; `done` is called as each finishes."""
        results: dict[str, Fetched | HubError] = {}
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = {pool.submit(self.get, repo): repo for repo in dict.fromkeys(repo_ids)}
            for future in as_completed(futures):
                repo = futures[future]
                try:
                    result: Fetched | HubError = future.result()
                except HubError as error:
                    result = error
                results[repo] = result
                done(repo, result)
        return results

    def _fetch(self, repo_id: str) -> HubModel:
        """One repo from the Hub, retrying rate limits, server errors, timeouts and network errors.
        Once the Hub could not be reached after retries, later calls fail at once."""
        delay = self.settings.backoff
        for attempt in range(1, self.settings.retries + 2):
            if self._down is not None:
                raise HubError(f"{repo_id}: not tried, as {self._down.message}", self._down.kind)
            try:
                return self._fetch_once(repo_id)
            except HubError as error:
                wait = error.retry_after if error.retry_after is not None else delay
                if not error.retryable or attempt > self.settings.retries or wait > MAX_WAIT:
                    if attempt == 1:
                        raise
                    final = HubError(f"{error.message} ({attempt} attempts)", error.kind)
                    if error.kind in ("connection", "timeout"):
                        self._down = final
                    raise final from None
                self.sleep(wait)
                delay = min(delay * 2, MAX_BACKOFF)
        raise AssertionError("unreachable")

    def _fetch_once(self, repo_id: str) -> HubModel:
        from huggingface_hub.errors import HfHubHTTPError, HFValidationError, OfflineModeIsEnabled

        try:
            info = self._client().model_info(repo_id, expand=EXPAND, timeout=self.settings.timeout)
            return from_api(info)
        except HfHubHTTPError as exc:
            raise self._http_error(repo_id, exc) from None
        except HFValidationError as exc:
            raise OpenscoreError(f"'{repo_id}' is not a valid Hub repo id: {str(exc).rstrip('.')}", EXIT_USAGE) from None
        except OfflineModeIsEnabled:
            raise HubError(f"{repo_id}: offline mode is on (HF_HUB_OFFLINE)", "offline") from None
        except Exception as exc:
            fault = transport_fault(exc)
            if fault == "timeout":
                raise HubError(f"{repo_id}: the Hub at {self.settings.endpoint} did not answer within {self.settings.timeout:g} s",
                               "timeout", retryable=True) from None
            if fault == "connection":
                why = str(exc).split("] ")[-1] or type(exc).__name__
                raise HubError(f"cannot reach the Hub at {self.settings.endpoint}: {why}", "connection", retryable=True) from None
            if isinstance(exc, (ValueError, TypeError, KeyError, AttributeError)):
                why = "not JSON" if type(exc).__name__ == "JSONDecodeError" else str(exc).strip("'") or type(exc).__name__
                raise HubError(f"{repo_id}: the Hub sent a malformed answer ({why})", "malformed") from None
            raise

    def _http_error(self, repo_id: str, exc: Any) -> HubError:
        status = exc.response.status_code if exc.response is not None else 0
        page = self.page(repo_id)
        if status == 404:
            return HubError(f"{repo_id}: no such model repo on the Hub ({self.settings.endpoint}, HTTP 404)", "not-found")
        if status in (401, 403):
            from huggingface_hub import get_token

            what = "private or gated" + (", or does not exist" if status == 401 else "")
            how = ("your token has no access to it: request access at " + page if get_token()
                   else "you are not logged in: run `hf auth login` or set HF_TOKEN")
            return HubError(f"{repo_id}: the Hub refused access (HTTP {status}): the repo is {what}; {how}", "access")
        if status == 429:
            after = _seconds(exc.response.headers.get("Retry-After"))
            later = f"; the Hub asks to wait {after:g} s" if after is not None else ""
            return HubError(f"{repo_id}: rate limited by the Hub (HTTP 429){later}", "rate-limit", True, after)
        if status >= 500:
            return HubError(f"{repo_id}: the Hub failed with HTTP {status}", "server", retryable=True)
        said = (getattr(exc, "server_message", None) or "").splitlines()
        return HubError(f"{repo_id}: the Hub answered HTTP {status}" + (f": {said[0]}" if said else ""), "http")

    def _client(self) -> Any:
        with self._lock:
            if self._api is None:
                from huggingface_hub import HfApi

                from openscore import __version__

                self._api = HfApi(endpoint=self.settings.endpoint, library_name="openscore", library_version=__version__)
            return self._api


# The HTTP library under huggingface_hub differs by version (requests, httpx, httpx2): its faults are told by class name,
# so openscore imports none of them.
_TIMEOUTS = frozenset({"TimeoutException", "Timeout", "TimeoutError"})
_TRANSPORT = frozenset({"TransportError", "ConnectionError", "NetworkError", "ProxyError", "SSLError"})


def transport_fault(exc: BaseException) -> str | None:
    """'timeout' or 'connection' for a network fault of whichever HTTP library huggingface_hub uses, else None."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & _TIMEOUTS:
        return "timeout"
    return "connection" if names & _TRANSPORT else None


def age(seconds: float) -> str:
    """'40 s', '5 min', '3 h', '9 days'."""
    for unit, size in (("days", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size * (2 if unit == "days" else 1):
            return f"{int(seconds // size)} {unit}"
    return f"{int(seconds)} s"


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _number(name: str, default: float) -> float:
    try:
        return max(0.0, float(os.environ.get(name) or default))
    except ValueError:
        raise OpenscoreError(f"{name} must be a number, not {os.environ[name]!r}") from None
