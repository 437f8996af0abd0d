"""Files read within bounds and written whole or not at all: the one reader and the one writer of openscore.

`read_limited` reads every input file (data, rubric, import records, caches): regular files only (a
device such as /dev/zero, a FIFO or a directory is refused without reading), refused before any read
when larger than the limit, and at most limit + 1 bytes read (a file growing meanwhile stops there).
`write_atomic` writes every output file through a temporary file in the same directory.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

MAX_INPUT_BYTES = 64 * 1024 * 1024  # data, rubric and import files: 10,000 realistic entries are about 36 MB (README, Performance)

CHUNK = 1 << 20
TEMPORARY_SUFFIX = ".tmp"


class InputRefused(OSError):
    """A file that is not read: not a regular file, or larger than allowed. `strerror` says why."""


def read_limited(path: str | os.PathLike[str], limit: int, follow_symlinks: bool = True) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them; raise OSError (InputRefused when refused)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)  # O_NONBLOCK: opening a FIFO does not wait for a writer
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputRefused(errno.EINVAL, "not a regular file", str(path))
        if info.st_size > limit:
            raise InputRefused(errno.EFBIG, f"file is larger than {_size(limit)}", str(path))
        parts: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(CHUNK, limit + 1 - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputRefused(errno.EFBIG, f"file is larger than {_size(limit)}", str(path))
        return b"".join(parts)
    finally:
        os.close(fd)


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write `data` (str as UTF-8) to `path` whole or not at all; raise OSError.

    The bytes go to a temporary file in the same directory, are flushed to disk, and the file is
    renamed over `path`: a reader sees the old file or the new one, never half of one, and a failed
    or interrupted write leaves the old file. A symlink at `path` is replaced, never followed. A new
    file gets the usual permissions (0666 less the umask); a replaced file keeps its own.
    """
    import tempfile  # not on the path of reading

    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    mode = _mode(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMPORARY_SUFFIX, dir=target.parent)
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


def sweep_temporaries(directory: Path, older_than: float = 3600.0) -> int:
    """Remove temporary files `write_atomic` left in `directory` (a killed process) older than `older_than`
    seconds; return how many. Errors are ignored: another process may be sweeping too."""
    import time

    removed = 0
    cutoff = time.time() - older_than
    try:
        candidates = list(directory.glob(f".*{TEMPORARY_SUFFIX}"))
    except OSError:
        return 0
    for candidate in candidates:
        try:
            info = candidate.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                candidate.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def _mode(target: Path) -> int:
    try:
        found = target.lstat()
    except OSError:
        found = None
    if found is not None and stat.S_ISREG(found.st_mode):
        return found.st_mode & 0o7777
    mask = os.umask(0o022)  # read the umask (there is no other way), then put it back
    os.umask(mask)
    return 0o666 & ~mask


def _size(limit: int) -> str:
    return f"{limit // 2**20} MiB" if limit >= 2**20 else f"{limit} bytes"
