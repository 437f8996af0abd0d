"""An on-disk cache of Hub answers: one JSON file per repo and endpoint, written atomically."""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from openscore.cachedir import root
from openscore.sources.hub.model import HubModel

TTL_SECONDS = 7 * 24 * 3600
MAX_BYTES = 16 * 2**20  # a cache file larger than this is not read (a Hub answer is capped at the same size)
FORMAT = 1


def default_dir() -> Path:
    """openscore's cache directory (cachedir.root); Hub answers go under `hub/`."""
    return root()


@dataclass(frozen=True)
class Cached:
    model: HubModel
    fetched_at: float  # seconds since the epoch

    def age(self, now: float | None = None) -> float:
        return max(0.0, (time.time() if now is None else now) - self.fetched_at)


class HubCache:
    """`<root>/hub/<endpoint host>/<org>--<name>.json`, named after the repo id asked for (the Hub
    may answer with a new name). A file that cannot be read as a cached model is ignored, and
    replaced on the next successful fetch."""

    def __init__(self, root: Path, endpoint: str, ttl: float = TTL_SECONDS):
        self.dir = root / "hub" / _slug(endpoint)
        self.ttl = ttl
        self._swept = False

    def path(self, repo_id: str) -> Path:
        return self.dir / f"{repo_id.lower().replace('/', '--')}.json"

    def read(self, repo_id: str) -> Cached | None:
        """The cached answer for `repo_id`, or None when there is none or the file is not one openscore wrote
        (not a regular file, too large, not JSON, nested too deep, a field out of the data model's limits)."""
        from openscore.fileio import read_limited

        self._sweep()
        try:
            data = json.loads(read_limited(self.path(repo_id), MAX_BYTES, follow_symlinks=False))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                return None
            fetched_at = data.get("fetched_at")
            if isinstance(fetched_at, bool) or not isinstance(fetched_at, (int, float)):
                return None
            fetched_at = float(fetched_at)
            if not math.isfinite(fetched_at) or not 0 <= fetched_at <= time.time() + 86400:
                return None
            model = HubModel.from_json(data.get("model"))
        except (OSError, ValueError, TypeError, AttributeError, OverflowError, RecursionError):
            return None
        return Cached(model, fetched_at)

    def fresh(self, cached: Cached) -> bool:
        return cached.age() < self.ttl

    def write(self, repo_id: str, cached: Cached) -> None:
        """Write to a temporary file in the same directory, then rename over the old file:
        readers see the old copy or the new one, never half of one. Raises OSError."""
        from openscore.fileio import write_atomic

        target = self.path(repo_id)
        target.parent.mkdir(parents=True, exist_ok=True)
        self._sweep()
        write_atomic(target, json.dumps({"format": FORMAT, "fetched_at": cached.fetched_at, "model": cached.model.to_json()}, indent=1))


    def _sweep(self) -> None:
        """Remove temporaries killed runs left (older than an hour), once per cache object."""
        if not self._swept:
            from openscore.fileio import sweep_temporaries

            self._swept = True
            sweep_temporaries(self.dir)


def _slug(endpoint: str) -> str:
    parts = urlsplit(endpoint)
    return re.sub(r"[^A-Za-z0-9.-]+", "_", f"{parts.netloc}{parts.path}").strip("_") or "hub"
