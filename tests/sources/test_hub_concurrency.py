"""Two `openscore hub sync` processes at once on one cache directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from fakehub import FakeHub, environment
from hostile import (  # noqa: F401 - private_cache is an autouse fixture
    VALID,
    data_text,
    private_cache,
    write,
)

from openscore import loadcache

# -- concurrency ---------------------------------------------------------------------------------

@pytest.mark.slow
def test_two_hub_syncs_sharing_a_cache_end_consistent(tmp_path, monkeypatch):
    """Two `openscore hub sync` processes at once, cold then with --refresh, on one cache dir: both succeed,
    every cache file is whole, and a third run finds all of it fresh without asking the Hub."""
    repos = [f"org/model-{i}" for i in range(30)]
    data = write(tmp_path, data_text(*[dict(VALID, id=f"m{i}", hf_repos=[repo]) for i, repo in enumerate(repos)]))
    cache = tmp_path / "cache"
    with FakeHub(latency=0.02) as hub:
        for repo in repos:
            hub.add(repo, license="apache-2.0")
        env = {**os.environ, **environment(hub.url, cache), "HF_HOME": str(tmp_path / "hf")}
        sync = [sys.executable, "-m", "openscore", "hub", "sync", "--data", str(data), "--jobs", "4"]
        for argv in (sync, [*sync, "--refresh"]):
            both = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
            outputs = [process.communicate(timeout=120) for process in both]
            assert [p.returncode for p in both] == [0, 0], outputs
        asked = len(hub.seen)
        third = subprocess.run(sync, env=env, capture_output=True, text=True, timeout=120)
        assert third.returncode == 0, third.stderr
        assert "0 fetched, 30 fresh in the cache, 0 stale, 0 failed." in third.stdout, third.stdout
        assert len(hub.seen) == asked
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert not [p for p in files if p.name.endswith(".tmp")], "a temporary file was left behind"
    hub_files = [p for p in files if p.suffix == ".json"]
    assert len(hub_files) == 30 and all(json.loads(p.read_text())["model"] for p in hub_files)
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(cache))  # the validated data file, written by both processes, is whole too
    entries = loadcache.cached("data", data, data.read_bytes(), lambda: pytest.fail("the validated-file cache missed"))
    assert [e.id for e in entries] == [f"m{i}" for i in range(30)]
