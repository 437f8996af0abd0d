"""Fetching model metadata with huggingface_hub: cache first, bounded retries, one-line errors.

huggingface_hub is imported only when a request is actually made. The endpoint (HF_ENDPOINT)
and offline mode (HF_HUB_OFFLINE) are read from the environment at call time, so they apply
even when huggingface_hub was imported earlier; the token is huggingface_hub's own (HF_TOKEN,
else the one `hf auth login` stored).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openscore.errors import EXIT_HUB, EXIT_USAGE, OpenscoreError, os_reason
from openscore.i18n import N_, _
from openscore.sources.hub.cache import Cached, HubCache, default_dir
from openscore.sources.hub.model import HubModel, from_api, is_repo_id

DEFAULT_ENDPOINT = "https://huggingface.co"
EXPAND = ["author", "cardData", "createdAt", "gated", "lastModified", "library_name", "pipeline_tag", "private", "sha",
          "siblings", "tags"]
MAX_WAIT = 60.0  # longest Retry-After honoured; beyond it, give up and say when to come back
MAX_BACKOFF = 8.0
MAX_TIMEOUT = 300.0  # OPENSCORE_HUB_TIMEOUT, seconds
MAX_RETRIES = 10  # OPENSCORE_HUB_RETRIES
MAX_RESPONSE = 16 * 2**20  # bytes of one answer (a model with 100,000 files takes some 6 MiB)


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
        """Settings from the environment; a value out of range is a one-line error naming the variable (exit 2)."""
        return cls(
            endpoint=_endpoint(),
            offline=os.environ.get("HF_HUB_OFFLINE", "").strip().upper() in ("1", "ON", "YES", "TRUE"),
            timeout=_number("OPENSCORE_HUB_TIMEOUT", 10.0, 0.001, MAX_TIMEOUT),
            retries=int(_number("OPENSCORE_HUB_RETRIES", 3, 0, MAX_RETRIES, integer=True)),
            backoff=_number("OPENSCORE_HUB_BACKOFF", 0.5, 0, MAX_BACKOFF),
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
        self._down: HubError | None = None  # the Hub could not be reached at all: fail fast from then on

    def page(self, path: str) -> str:
        """A URL on the Hub's web site, e.g. the page of a repo or dataset."""
        return f"{self.settings.endpoint}/{path}"

    def get(self, repo_id: str) -> Fetched:
        """The repo's metadata: from a fresh cache, else the Hub, else a stale cache with a warning."""
        if not is_repo_id(repo_id):
            raise OpenscoreError(_("'{repo}' is not a Hugging Face repo id (org/name)").format(repo=repo_id), EXIT_USAGE)
        cached = self.cache.read(repo_id)
        if cached and not self.refresh and self.cache.fresh(cached):
            return Fetched(cached.model, cached.fetched_at, "cache")
        try:
            if self.settings.offline:
                raise HubError(_("{repo}: offline mode is on (HF_HUB_OFFLINE)").format(repo=repo_id), "offline")
            model = self._fetch(repo_id)
        except HubError as error:
            if cached is not None:
                said = _("{problem}; using the cached copy from {age} ago").format(problem=error.message, age=age(cached.age()))
                return Fetched(cached.model, cached.fetched_at, "stale", said)
            if error.kind == "offline":
                raise HubError(_("{problem} and nothing is cached").format(problem=error.message), "offline") from None
            raise
        fetched = Cached(model, time.time())
        try:
            self.cache.write(repo_id, fetched)
        except OSError as exc:
            self.cache_warning = _("cannot write the Hub cache in {dir}: {reason}").format(dir=self.cache.dir, reason=os_reason(exc))
        return Fetched(model, fetched.fetched_at, "hub")

    def get_many(self, repo_ids: Iterable[str], jobs: int,
                 done: Callable[[str, Fetched | HubError], None] = lambda repo, result: None) -> dict[str, Fetched | HubError]:
        """Fetch many repos with at most `jobs` requests in flight; `done` is called as each finishes."""
        results: dict[str, Fetched | HubError] = {}
        pending = list(dict.fromkeys(repo_ids))
        while pending:  # one at a time until a request went to the Hub: when it cannot be reached, the rest fail at once
            repo = pending.pop(0)
            try:
                result: Fetched | HubError = self.get(repo)
            except HubError as error:
                result = error
            results[repo] = result
            done(repo, result)
            if isinstance(result, HubError) or result.origin != "cache":
                break
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = {pool.submit(self.get, repo): repo for repo in pending}
            for future in as_completed(futures):
                repo = futures[future]
                try:
                    result = future.result()
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
                raise HubError(_("{repo}: not tried, as {problem}").format(repo=repo_id, problem=self._down.message), self._down.kind)
            try:
                return self._fetch_once(repo_id)
            except HubError as error:
                wait = error.retry_after if error.retry_after is not None else delay
                if not error.retryable or attempt > self.settings.retries or wait > MAX_WAIT:
                    if attempt == 1:
                        if error.kind == "dns":
                            self._down = error
                        raise
                    final = HubError(_("{problem} ({n} attempts)").format(problem=error.message, n=attempt), error.kind)
                    if error.kind in ("connection", "timeout"):
                        self._down = final
                    raise final from None
                self.sleep(wait)
                delay = min(delay * 2, MAX_BACKOFF)
        raise AssertionError("unreachable")

    def _fetch_once(self, repo_id: str) -> HubModel:
        import httpx2
        from huggingface_hub.errors import HfHubHTTPError, HFValidationError, OfflineModeIsEnabled

        try:
            return from_api(self._model_info(repo_id))
        except HfHubHTTPError as exc:
            raise self._http_error(repo_id, exc) from None
        except HFValidationError as exc:
            said = _("'{repo}' is not a valid Hub repo id: {reason}").format(repo=repo_id, reason=str(exc).rstrip("."))
            raise OpenscoreError(said, EXIT_USAGE) from None
        except OfflineModeIsEnabled:
            raise HubError(_("{repo}: offline mode is on (HF_HUB_OFFLINE)").format(repo=repo_id), "offline") from None
        except httpx2.TimeoutException:
            raise HubError(_("{repo}: the Hub at {endpoint} did not answer within {seconds} s").format(
                repo=repo_id, endpoint=self.settings.endpoint, seconds=f"{self.settings.timeout:g}"),
                           "timeout", retryable=True) from None
        except httpx2.TransportError as exc:
            why = str(exc).split("] ")[-1] or type(exc).__name__
            if _name_unresolved(exc):  # no network or no DNS: trying again within seconds will not help
                raise HubError(_("cannot reach the Hub at {endpoint}: its name does not resolve ({why})").format(
                    endpoint=self.settings.endpoint, why=why), "dns") from None
            raise HubError(_("cannot reach the Hub at {endpoint}: {why}").format(endpoint=self.settings.endpoint, why=why), "connection",
                           retryable=True) from None
        except RecursionError:
            raise HubError(_("{repo}: the Hub sent a malformed answer (nested too deep)").format(repo=repo_id), "malformed") from None
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            why = "not JSON" if type(exc).__name__ == "JSONDecodeError" else str(exc).strip("'") or type(exc).__name__
            raise HubError(_("{repo}: the Hub sent a malformed answer ({why})").format(repo=repo_id, why=_clipped(why)), "malformed") from None

    def _model_info(self, repo_id: str) -> Any:
        """`HfApi.model_info`, with the answer capped at MAX_RESPONSE bytes and the request at `timeout` seconds in all
        (huggingface_hub's own timeout is per read: a server trickling bytes would hold it forever)."""
        import json

        import httpx2
        from huggingface_hub import ModelInfo
        from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status, validate_repo_id

        from openscore import __version__

        validate_repo_id(repo_id)  # as HfApi.model_info does: the Hub's own rules for names
        timeout = self.settings.timeout
        deadline = time.monotonic() + timeout
        headers = build_hf_headers(library_name="openscore", library_version=__version__)
        url = f"{self.settings.endpoint}/api/models/{repo_id}"
        with get_session().stream("GET", url, params={"expand": EXPAND}, headers=headers, timeout=timeout) as response:
            declared = response.headers.get("Content-Length", "")
            body = bytearray()
            if declared.isdigit() and int(declared) > MAX_RESPONSE:
                raise self._too_large(repo_id)
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_RESPONSE:
                    raise self._too_large(repo_id)
                if time.monotonic() > deadline:
                    raise httpx2.ReadTimeout("the whole answer took too long")
            whole = httpx2.Response(response.status_code, headers=response.headers, content=bytes(body), request=response.request)
        hf_raise_for_status(whole)
        return ModelInfo(**json.loads(body))

    def _too_large(self, repo_id: str) -> HubError:
        return HubError(_("{repo}: the Hub sent a malformed answer (larger than {n} MiB)").format(repo=repo_id, n=MAX_RESPONSE // 2**20),
                        "malformed")

    def _http_error(self, repo_id: str, exc: Any) -> HubError:
        status = exc.response.status_code if exc.response is not None else 0
        page = self.page(repo_id)
        if status == 404:
            return HubError(_("{repo}: no such model repo on the Hub ({endpoint}, HTTP 404)").format(repo=repo_id, endpoint=self.settings.endpoint),
                            "not-found")
        if status in (401, 403):
            from huggingface_hub import get_token

            what = _("private or gated, or does not exist") if status == 401 else _("private or gated")
            how = (_("your token has no access to it: request access at {page}").format(page=page) if get_token()
                   else _("you are not logged in: run `hf auth login` or set HF_TOKEN"))
            return HubError(_("{repo}: the Hub refused access (HTTP {status}): the repo is {what}; {how}").format(
                repo=repo_id, status=status, what=what, how=how), "access")
        if status == 429:
            after = _seconds(exc.response.headers.get("Retry-After"))
            later = _("; the Hub asks to wait {seconds} s").format(seconds=f"{after:g}") if after is not None else ""
            return HubError(_("{repo}: rate limited by the Hub (HTTP 429){later}").format(repo=repo_id, later=later), "rate-limit", True, after)
        if status >= 500:
            return HubError(_("{repo}: the Hub failed with HTTP {status}").format(repo=repo_id, status=status), "server", retryable=True)
        said = (getattr(exc, "server_message", None) or "").splitlines()
        return HubError(_("{repo}: the Hub answered HTTP {status}").format(repo=repo_id, status=status) + (f": {said[0]}" if said else ""), "http")


UNREACHABLE = ("connection", "timeout", "dns", "offline")  # kinds of failure that say nothing about the repo itself
_UNRESOLVED = ("name or service not known", "nodename nor servname", "temporary failure in name resolution", "getaddrinfo failed",
               "no address associated", "name resolution")


def _name_unresolved(exc: BaseException) -> bool:
    """Whether a transport error is a failed DNS lookup (socket.gaierror somewhere in its chain, or its words)."""
    import socket

    seen: BaseException | None = exc
    for _step in range(10):
        if seen is None:
            break
        if isinstance(seen, socket.gaierror) or any(words in str(seen).lower() for words in _UNRESOLVED):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def age(seconds: float) -> str:
    """'40 s', '5 min', '3 h', '9 days'."""
    for unit, size in ((N_("{n} days"), 86400), (N_("{n} h"), 3600), (N_("{n} min"), 60)):
        if seconds >= size * (2 if size == 86400 else 1):
            return _(unit).format(n=int(seconds // size))
    return _("{n} s").format(n=int(seconds))


def _seconds(value: str | None) -> float | None:
    import math

    try:
        seconds = float(value) if value is not None else math.nan
    except ValueError:
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _number(name: str, default: float, low: float, high: float, integer: bool = False) -> float:
    """A number from the environment variable `name`: finite, within [low, high], whole when `integer`."""
    import math

    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    kind = _("a whole number") if integer else _("a number")
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not low <= value <= high or (integer and value != int(value)):
        raise OpenscoreError(_("{name} must be {kind} from {low} to {high}, not {value}").format(
            name=name, kind=kind, low=f"{low:g}", high=f"{high:g}", value=_shown(raw)), EXIT_USAGE)
    return value


def _endpoint() -> str:
    """HF_ENDPOINT (an http(s) URL with a host), else the public Hub."""
    from urllib.parse import urlsplit

    raw = (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).strip().rstrip("/")
    try:
        parts = urlsplit(raw)
        parts.port  # noqa: B018 - raises ValueError on a bad port
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and raw.isprintable()
    except ValueError:
        valid = False
    if not valid:
        raise OpenscoreError(_("HF_ENDPOINT must be an http(s) URL such as {url}, not {value}").format(url=DEFAULT_ENDPOINT, value=_shown(raw)),
                             EXIT_USAGE)
    return raw


def _clipped(text: str) -> str:
    from openscore.textsafe import clip, line

    return clip(line(text), 200)


def _shown(value: str) -> str:
    from openscore.textsafe import clip, line

    return repr(clip(line(value), 80))
