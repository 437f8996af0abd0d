"""Paths of the data and rubrics bundled with openscore (in the wheel or a source checkout)."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "_bundled", _PACKAGE.parent)


def bundled(name: str) -> Path:
    """The bundled `rubrics` or `data` directory."""
    for base in _CANDIDATES:
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"bundled {name}/ not found; is openscore installed correctly?")


def default_data_files() -> list[Path]:
    """`OPENSCORE_DATA` (os.pathsep-separated) if set, else the bundled data file."""
    configured = os.environ.get("OPENSCORE_DATA")
    if configured:
        return [Path(p) for p in configured.split(os.pathsep) if p]
    return [bundled("data") / "models.yaml"]
