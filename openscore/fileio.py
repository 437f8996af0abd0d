"""Files written whole or not at all: one helper for every file openscore writes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write `data` (str as UTF-8) to `path` whole or not at all; raise OSError.

    The bytes go to a temporary file in the same directory, are flushed to disk, and the file is
    renamed over `path`: a reader sees the old file or the new one, never half of one, and a
    crash leaves the old file. A symlink at `path` is replaced, not followed. A new file gets
    the usual permissions (0666 less the umask); a replaced file keeps its own.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    mode = _mode(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), mode)
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode(target: Path) -> int:
    try:
        found = target.lstat()
    except OSError:
        found = None
    if found is not None and not target.is_symlink():
        return found.st_mode & 0o7777
    mask = os.umask(0o022)  # read the umask (there is no other way), then put it back
    os.umask(mask)
    return 0o666 & ~mask
