"""The one place openscore keeps caches: OPENSCORE_CACHE_DIR, else the platform's user cache dir."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def root() -> Path:
    """OPENSCORE_CACHE_DIR, else the user cache dir as platformdirs names it (~/.cache/openscore on Linux)."""
    configured = os.environ.get("OPENSCORE_CACHE_DIR")
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "openscore" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "openscore"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "openscore"
