"""Project discovery: the data files and rubrics of the work tree openscore runs in, as linters find theirs.

Walking up from the working directory, the first directory that has `data/models.yaml`, or a
pyproject.toml with a `[tool.openscore]` table, is the project:

    [tool.openscore]
    data = ["data/models.yaml", "data/extra.yaml"]  # files or directories of *.yaml; default "data"
    rubrics = "rubrics"                              # a directory of rubric files; default "rubrics"

A few stat calls per directory level; pyproject.toml is read only when it mentions `tool.openscore`.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from openscore.errors import OpenscoreError

DATA_ENV = "OPENSCORE_DATA"
_MARKER = b"tool.openscore"


@dataclass(frozen=True)
class Project:
    """A work tree with its own openscore data."""

    root: Path
    data: tuple[Path, ...]
    rubrics: Path | None  # a directory of rubric files, when the project has one
    config: Path  # data/models.yaml or the pyproject.toml that named the files


def discover(start: Path | None = None) -> Project | None:
    """The project holding `start` (default: the working directory), or None outside one."""
    try:
        here = (start or Path.cwd()).absolute()
    except OSError:  # the working directory was removed
        return None
    return _discover(here)


@functools.lru_cache(maxsize=8)
def _discover(here: Path) -> Project | None:
    for directory in (here, *here.parents):
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            project = _from_pyproject(directory, pyproject)
            if project is not None:
                return project
        models = directory / "data" / "models.yaml"
        if models.is_file():
            return Project(directory, data_files(directory / "data"), _dir(directory / "rubrics"), models)
    return None


def data_files(directory: Path) -> tuple[Path, ...]:
    """The data files of a data directory: models.yaml first, then every other *.yaml / *.yml by name that
    has a top-level `models:` key (other YAML kept there, such as a source's snapshot, is left alone)."""
    files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return tuple(sorted((p for p in files if p.name == "models.yaml" or _lists_models(p)), key=lambda p: p.name != "models.yaml"))


def _lists_models(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError:
        return True  # reading it later reports the problem
    return head.startswith(b"models:") or b"\nmodels:" in head


def _dir(path: Path) -> Path | None:
    return path if path.is_dir() else None


def _from_pyproject(root: Path, pyproject: Path) -> Project | None:
    from openscore.fileio import read_limited

    try:
        text = read_limited(pyproject, 4 * 2**20)  # a device, FIFO or huge file is not a project's pyproject.toml
    except OSError:
        return None
    if _MARKER not in text:
        return None
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # Python 3.10
        import tomli as tomllib
    try:
        table = tomllib.loads(text.decode("utf-8", errors="replace")).get("tool", {}).get("openscore")
    except tomllib.TOMLDecodeError as exc:
        raise OpenscoreError(f"{pyproject}: not valid TOML: {exc}") from None
    if not isinstance(table, dict):
        return None
    data = table.get("data", "data")
    names = [data] if isinstance(data, str) else data
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise OpenscoreError(f"{pyproject}: [tool.openscore] data is a path or a list of paths")
    files: list[Path] = []
    for name in names:
        path = root / name
        if path.is_dir():
            files += data_files(path)
        elif path.is_file():
            files.append(path)
        else:
            raise OpenscoreError(f"{pyproject}: [tool.openscore] data '{name}' does not exist")
    rubrics = table.get("rubrics", "rubrics")
    if not isinstance(rubrics, str):
        raise OpenscoreError(f"{pyproject}: [tool.openscore] rubrics is the path of a directory")
    return Project(root, tuple(files), _dir(root / rubrics), pyproject)


def shown(path: Path) -> str:
    """A path as messages show it: ./data inside the working directory, else relative or absolute."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)
    if relative.startswith(".."):
        return relative if relative.count("..") <= 2 else str(path)
    return relative if relative == "." else f".{os.sep}{relative}"
