"""The validated-file cache: it follows every edit, ignores corrupt or planted files, and never runs them."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from hostile import (  # noqa: F401 - private_cache is an autouse fixture
    VALID,
    assert_clean,
    data_text,
    private_cache,
    rate,
    write,
)

# -- the validated-file cache --------------------------------------------------------------------

def cache_files(folder: Path) -> list[Path]:
    return sorted((folder / "validated").glob("data-*.pickle"))


def test_validated_cache_follows_every_edit_of_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path / "cache"))
    data = write(tmp_path, data_text(dict(VALID, name="Before")))
    assert "Before" in rate(data, "x", "-f", "json").output
    assert len(cache_files(tmp_path / "cache")) == 1
    stat = data.stat()
    data.write_text(data_text(dict(VALID, name="After!")))  # same size
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and same mtime: the checksum still tells
    assert data.stat().st_size == stat.st_size
    assert "After!" in rate(data, "x", "-f", "json").output


def test_corrupt_or_planted_cache_files_are_ignored_and_never_run(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path / "cache"))
    data = write(tmp_path, data_text(VALID))
    assert rate(data).exit_code == 0
    [cached] = cache_files(tmp_path / "cache")
    header = cached.read_bytes().split(b"\n", 2)
    canary = tmp_path / "canary"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {canary}",))

    import pickle

    for body in (b"garbage", b"", pickle.dumps(Payload()), pickle.dumps(("not", "entries"))[:5]):
        cached.write_bytes(header[0] + b"\n" + header[1] + b"\n" + body)
        result = rate(data, "x", "-f", "json")
        assert_clean(result, (0,))
        assert json.loads(result.output)["scorecards"][0]["model_id"] == "x"
    assert not canary.exists()


def test_an_unwritable_cache_dir_only_costs_time(tmp_path, monkeypatch):
    blocker = write(tmp_path, "a file where the cache directory should be", "cache")
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(blocker))
    assert_clean(rate(write(tmp_path, data_text(VALID))), (0,))
    monkeypatch.setenv("OPENSCORE_NO_CACHE", "1")
    assert_clean(rate(write(tmp_path, data_text(VALID))), (0,))


def test_name_clashes_are_found_on_every_run_never_hidden_by_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path / "cache"))
    data = write(tmp_path, data_text(VALID, dict(VALID, name="Twin")))  # each entry valid, the file is not
    first, second = rate(data), rate(data)
    assert cache_files(tmp_path / "cache") == []  # a file whose names clash is not cached: each run finds the clash
    assert first.output == second.output and re.search(r"models\.yaml:\d+:\d+: error: duplicate id 'x'", second.output)
    assert second.exit_code == 2
