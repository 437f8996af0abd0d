"""A cache of validated data files and rubrics, so that an unchanged file is not parsed and validated again.

One file per input under `<user cache dir>/validated/`, holding a key and a pickle of the
validated objects. The key covers the input's size, mtime and checksum, openscore's version,
the Python and pydantic versions and the path, size and mtime of every Python file of the
installed package (no hand-kept list of modules); a changed input or any changed code misses.
Files are written atomically; one that cannot be read is ignored and replaced.
Unpickling admits only the domain's own model and enum classes and dates, so a file planted
in the cache directory cannot run code. Set OPENSCORE_NO_CACHE=1 to bypass it.
"""

from __future__ import annotations

import functools
import io
import os
import pickle
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
FORMAT = b"openscore-validated-1\n"
KEEP = 64  # inputs remembered per directory; the least recently written go first
MAX_BYTES = 512 * 2**20  # a cache file larger than this is not read
_MODEL_MODULES = ("openscore.domain.artifacts", "openscore.domain.evidence", "openscore.domain.licensing", "openscore.domain.rubric")
_PACKAGE = Path(__file__).resolve().parent
_STANDARD = {("datetime", "date"), ("datetime", "datetime"), ("datetime", "timezone"), ("datetime", "timedelta")}


def cached(kind: str, path: Path, text: bytes, build: Callable[[], T], valid: Callable[[Any], bool] = lambda value: True) -> T:
    """`build()`'s result for the input `text` read from `path`, from the cache when it holds one that is `valid`
    (of the shape `build` returns: a file of the right header but another shape is a miss)."""
    if os.environ.get("OPENSCORE_NO_CACHE"):
        return build()
    try:
        file = directory() / f"{kind}-{zlib.crc32(str(path.resolve()).encode()):08x}.pickle"
        key = _key(path, text)
    except (OSError, RuntimeError):
        return build()
    found = _read(file, key)
    try:
        if found is not None and valid(found):
            return found
    except Exception:
        pass
    value = build()
    _write(file, key, value)
    return value


def directory() -> Path:
    """`validated/` in openscore's cache directory (cachedir.root)."""
    from openscore.cachedir import root

    return root() / "validated"


def _key(path: Path, text: bytes) -> bytes:
    from openscore import __version__

    stat = path.stat()
    parts: list[Any] = [__version__, sys.version, _pydantic_version(), stat.st_size, stat.st_mtime_ns, zlib.crc32(text), len(text),
                        _own_code()]
    return repr(parts).encode() + b"\n"


def code_signature(package: Path = _PACKAGE) -> tuple[tuple[str, int, int], ...]:
    """(path, size, mtime) of every Python file of the package: an edit to any of them (a checkout, a new release) misses."""
    found: list[tuple[str, int, int]] = []
    pending = [("", str(package))]
    while pending:
        prefix, folder = pending.pop()
        with os.scandir(folder) as items:
            for item in items:
                if item.name.endswith(".py") and item.is_file():
                    code = item.stat()
                    found.append((prefix + item.name, code.st_size, code.st_mtime_ns))
                elif item.is_dir() and item.name != "__pycache__" and not item.name.startswith((".", "_bundled")):
                    pending.append((f"{prefix}{item.name}/", item.path))
    return tuple(sorted(found))


@functools.cache  # one scan per process: the data file and the rubric share it
def _own_code() -> tuple[tuple[str, int, int], ...]:
    return code_signature()


def _pydantic_version() -> str:
    from pydantic.version import VERSION

    return VERSION


def _read(file: Path, key: bytes) -> Any:
    from openscore.fileio import read_limited

    try:
        data = read_limited(file, MAX_BYTES, follow_symlinks=False)
        if not data.startswith(FORMAT + key):
            return None
        stream = io.BytesIO(data)
        stream.seek(len(FORMAT) + len(key))
        return _Unpickler(stream).load()
    except Exception:  # a missing, partial, corrupt or foreign file is a miss
        return None


def _write(file: Path, key: bytes, value: Any) -> None:
    """Write to a temporary file beside the target, then rename it over: readers never see half a file."""
    from openscore.fileio import sweep_temporaries, write_atomic

    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(file, FORMAT + key + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        _prune(file.parent)
        sweep_temporaries(file.parent)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        pass  # a cache that cannot be written only costs time


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns)
    for stale in entries[:-KEEP]:
        stale.unlink(missing_ok=True)


def whole(model: Any) -> bool:
    """True when an unpickled pydantic model has every field (a forged pickle may leave some out)."""
    kind = type(model)
    fields = _FIELDS.get(kind)
    if fields is None:
        fields = _FIELDS[kind] = frozenset(kind.__pydantic_fields__)
    return fields <= model.__dict__.keys()


_FIELDS: dict[type, frozenset[str]] = {}  # field names by model class (`model_fields` is a slow property)


class _Unpickler(pickle.Unpickler):
    """Admits the domain's model and enum classes and the datetime types, nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _STANDARD:
            return super().find_class(module, name)
        if module in _MODEL_MODULES and name.isidentifier():
            from enum import Enum

            from pydantic import BaseModel

            found = getattr(sys.modules.get(module) or __import__(module, fromlist=[name]), name, None)
            if isinstance(found, type) and issubclass(found, (BaseModel, Enum)) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in openscore's cache")
