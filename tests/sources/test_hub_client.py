"""The Hub client against a loopback fake Hub: what is read, the cache, retries and every fault."""

from __future__ import annotations

import json
import os
import sys
import threading
import time

import pytest
from fakehub import FakeHub, Reply, closed_port_url, environment, hub_fixture, isolate  # noqa: F401 (the `hub` fixture)

isolate()  # before huggingface_hub is imported anywhere in this process

from openscore.sources.hub.cache import HubCache, default_dir  # noqa: E402
from openscore.sources.hub.client import HubClient, HubError, Settings  # noqa: E402


def client(refresh: bool = False, sleep=lambda seconds: None, **settings) -> HubClient:
    chosen = Settings.from_env()
    return HubClient(refresh=refresh, settings=Settings(**{**chosen.__dict__, **settings}), sleep=sleep)


def test_reads_license_gating_datasets_papers_base_model_and_files(hub):
    hub.add("org/Chat-7B", license="other", license_name="llama3", gated="manual", datasets=("org/web",), arxiv=("2401.00001",),
            base_model="org/Base-7B", files=("config.json", "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors",
                                             "training_args.bin", "README.md", "modeling_chat.py"))
    model = client().get("org/Chat-7B").model
    assert (model.license, model.license_name, model.license_text) == ("other", "llama3", "llama3")
    assert model.gated == "manual" and not model.private
    assert model.datasets == ("org/web",) and model.arxiv == ("2401.00001",) and model.base_models == ("org/Base-7B",)
    assert model.weight_files == ("model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors")
    assert model.code_files == ("modeling_chat.py",)
    assert model.last_modified == "2025-03-01T10:00:00Z" and model.sha.startswith("0123456789ab")


def test_asks_only_for_the_fields_it_uses(hub):
    hub.add("org/m")
    client().get("org/m")
    [seen] = hub.requests_for("org/m")
    assert seen.path == "/api/models/org/m"
    assert {"cardData", "gated", "siblings", "tags", "lastModified"} <= set(seen.query["expand"])


def test_private_repo_is_read_with_hf_token(hub, monkeypatch):
    hub.add("org/private", token="hf_secret")
    with pytest.raises(HubError, match=r"HTTP 401.*hf auth login"):
        client().get("org/private")
    monkeypatch.setenv("HF_TOKEN", "hf_secret")
    assert client().get("org/private").model.private
    assert hub.requests_for("org/private")[-1].authorization == "Bearer hf_secret"


def test_403_with_a_token_says_where_to_request_access(hub, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_without_access")
    hub.fail("org/gated", Reply(403, {"error": "Access to model org/gated is restricted"}, {"X-Error-Code": "GatedRepo"}))
    with pytest.raises(HubError, match=f"HTTP 403.*your token has no access to it: request access at {hub.url}/org/gated"):
        client().get("org/gated")


def test_fresh_cache_answers_without_a_request_and_refresh_asks_again(hub):
    hub.add("org/m")
    assert client().get("org/m").origin == "hub"
    assert client().get("org/m").origin == "cache"
    assert len(hub.requests_for("org/m")) == 1
    assert client(refresh=True).get("org/m").origin == "hub"
    assert len(hub.requests_for("org/m")) == 2


def test_cache_older_than_the_ttl_is_fetched_again(hub):
    hub.add("org/m", license="mit")
    first = client()
    first.get("org/m")
    path = first.cache.path("org/m")
    data = json.loads(path.read_text())
    data["fetched_at"] -= 8 * 24 * 3600  # eight days ago; the TTL is a week
    path.write_text(json.dumps(data))
    hub.add("org/m", license="apache-2.0")
    fetched = client().get("org/m")
    assert (fetched.origin, fetched.model.license) == ("hub", "apache-2.0")
    data["fetched_at"] += 2 * 24 * 3600  # six days ago
    path.write_text(json.dumps(data))
    assert client().get("org/m").origin == "cache"


@pytest.mark.parametrize("garbage", ["", "{", "[]", '{"format": 1, "fetched_at": 1, "model": {"repo_id": 5}}', "\x00\xff"])
def test_corrupt_cache_file_is_ignored_and_replaced(hub, garbage):
    hub.add("org/m")
    c = client()
    c.cache.path("org/m").parent.mkdir(parents=True)
    c.cache.path("org/m").write_text(garbage)
    assert c.get("org/m").origin == "hub"
    assert client().get("org/m").origin == "cache"  # the corrupt file was replaced by a good one


def test_interrupted_cache_write_keeps_the_old_copy_and_leaves_no_temporary_file(hub, monkeypatch):
    hub.add("org/m", license="mit")
    client().get("org/m")
    cache_dir = client().cache.dir
    before = client().cache.path("org/m").read_text()

    def crash(*args):
        raise KeyboardInterrupt

    hub.add("org/m", license="apache-2.0")
    with monkeypatch.context() as patch, pytest.raises(KeyboardInterrupt):
        patch.setattr(os, "replace", crash)
        client(refresh=True).get("org/m")
    assert client().cache.path("org/m").read_text() == before
    assert sorted(p.name for p in cache_dir.iterdir()) == ["org--m.json"]


@pytest.mark.skipif(sys.platform != "linux", reason="XDG cache dir")
def test_default_cache_is_the_user_cache_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("OPENSCORE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_dir() == tmp_path / "openscore"
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert default_dir() == tmp_path / "elsewhere"


def test_cache_is_kept_per_endpoint(hub, tmp_path):
    a, b = HubCache(tmp_path, "https://huggingface.co"), HubCache(tmp_path, "http://127.0.0.1:8080")
    assert a.path("Org/M") != b.path("Org/M")
    assert a.path("Org/M") == a.path("org/m")


def test_unwritable_cache_is_a_warning_not_a_failure(hub, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(blocker))
    hub.add("org/m")
    c = client()
    assert c.get("org/m").origin == "hub"
    assert "cannot write the Hub cache" in c.cache_warning


FAULTS = {
    "404": (None, "no such model repo on the Hub", 1),
    "401": (Reply(401, {"error": "Invalid username or password."}), "HTTP 401.*private or gated.*hf auth login.*HF_TOKEN", 1),
    "403": (Reply(403, {"error": "Access to model org/m is restricted"}, {"X-Error-Code": "GatedRepo"}),
            "HTTP 403.*gated.*hf auth login", 1),
    "429": (Reply(429, {"error": "Too many requests"}, {"Retry-After": "0"}), r"rate limited by the Hub \(HTTP 429\).*\(4 attempts\)", 4),
    "500": (Reply(500, "Internal Error", {"Content-Type": "text/plain"}), r"HTTP 500 \(4 attempts\)", 4),
    "503": (Reply(503, {"error": "Service Unavailable"}), r"HTTP 503 \(4 attempts\)", 4),
    "timeout": (Reply(200, {}, stall=1.0), r"did not answer within 0.2 s \(4 attempts\)", 4),
    "not json": (Reply(200, "<html>oops</html>", {"Content-Type": "text/html"}), r"malformed answer \(not JSON\)", 1),
    "wrong shape": (Reply(200, ["org/m"]), "malformed answer", 1),
    "no id": (Reply(200, {"siblings": []}), "malformed answer", 1),
    "bad siblings": (Reply(200, {"id": "org/m", "siblings": [{"name": "x"}]}), "malformed answer", 1),
}


def _timeout(fault: str) -> float:
    """Short only where the fault is a stall: on a busy machine the fake Hub may take longer than 0.2 s to answer."""
    return 0.2 if fault == "timeout" else 10.0


@pytest.mark.parametrize("fault", FAULTS)
def test_each_fault_is_one_line_and_retried_only_when_it_may_pass(hub, fault):
    reply, message, requests = FAULTS[fault]
    if reply is not None:
        hub.fail("org/m", reply)
    with pytest.raises(HubError, match=message) as raised:
        client(timeout=_timeout(fault)).get("org/m")
    assert raised.value.exit_code == 3
    assert "\n" not in str(raised.value)
    assert len(hub.requests_for("org/m")) == requests
    assert not client().cache.path("org/m").exists()


@pytest.mark.parametrize("fault", FAULTS)
def test_with_a_cached_copy_each_fault_falls_back_to_it_and_says_how_old_it_is(hub, fault):
    hub.add("org/m")
    client().get("org/m")
    path = client().cache.path("org/m")
    data = json.loads(path.read_text())
    data["fetched_at"] -= 9 * 24 * 3600
    path.write_text(json.dumps(data))
    reply = FAULTS[fault][0] or Reply(404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"})
    hub.fail("org/m", reply)
    fetched = client(timeout=_timeout(fault)).get("org/m")
    assert fetched.origin == "stale" and fetched.model.repo_id == "org/m"
    assert fetched.warning.endswith("using the cached copy from 9 days ago")
    assert json.loads(path.read_text()) == data  # the cache is left as it was


def test_429_waits_as_long_as_retry_after_says_then_succeeds(hub):
    hub.add("org/m")
    hub.fail("org/m", Reply(429, {"error": "slow down"}, {"Retry-After": "7"}), times=2)
    waits: list[float] = []
    assert client(sleep=waits.append, backoff=0.5).get("org/m").origin == "hub"
    assert waits == [7.0, 7.0]


def test_retry_after_longer_than_a_minute_is_not_waited_for(hub):
    hub.fail("org/m", Reply(429, {"error": "slow down"}, {"Retry-After": "3600"}))
    waits: list[float] = []
    with pytest.raises(HubError, match="the Hub asks to wait 3600 s"):
        client(sleep=waits.append).get("org/m")
    assert waits == [] and len(hub.requests_for("org/m")) == 1


def test_server_errors_back_off_exponentially_within_bounds(hub):
    hub.add("org/m")
    hub.fail("org/m", Reply(502, "Bad Gateway", {"Content-Type": "text/plain"}), times=3)
    waits: list[float] = []
    assert client(sleep=waits.append, backoff=0.5, retries=3).get("org/m").origin == "hub"
    assert waits == [0.5, 1.0, 2.0]


def test_connection_refused_fails_fast_for_later_repos(hub, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", closed_port_url())
    c = client()
    with pytest.raises(HubError, match=r"cannot reach the Hub at http://127.0.0.1:\d+: .*\(4 attempts\)"):
        c.get("org/a")
    started = time.perf_counter()
    with pytest.raises(HubError, match=r"org/b: not tried, as cannot reach the Hub at .*: Connection refused \(4 attempts\)$"):
        c.get("org/b")
    assert time.perf_counter() - started < 0.05


def test_offline_mode_uses_the_cache_of_any_age_and_never_the_network(hub, monkeypatch):
    hub.add("org/m")
    client().get("org/m")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = client().cache.path("org/m")
    data = json.loads(path.read_text())
    data["fetched_at"] -= 30 * 24 * 3600
    path.write_text(json.dumps(data))
    fetched = client().get("org/m")
    assert fetched.origin == "stale" and "offline mode is on (HF_HUB_OFFLINE); using the cached copy from 30 days ago" in fetched.warning
    with pytest.raises(HubError, match=r"org/other: offline mode is on .* nothing is cached"):
        client().get("org/other")
    assert len(hub.seen) == 1


def test_invalid_repo_id_is_bad_input(hub):
    with pytest.raises(Exception, match="not a valid Hub repo id") as raised:
        client().get("org/a--b")
    assert raised.value.exit_code == 2


def test_get_many_keeps_at_most_jobs_requests_in_flight(monkeypatch, tmp_path):
    in_flight = peak = 0
    lock = threading.Lock()

    class Counting(FakeHub):
        def _answer(self, *args):
            nonlocal in_flight, peak
            with lock:
                in_flight += 1
                peak = max(peak, in_flight)
            time.sleep(0.05)
            try:
                return super()._answer(*args)
            finally:
                with lock:
                    in_flight -= 1

    with Counting() as fake:
        for name, value in environment(fake.url, tmp_path).items():
            monkeypatch.setenv(name, value)
        repos = [f"org/m{i}" for i in range(24)]
        for repo in repos:
            fake.add(repo)
        done: list[str] = []
        results = client().get_many(repos, jobs=6, done=lambda repo, result: done.append(repo))
    assert sorted(done) == sorted(repos) and all(r.origin == "hub" for r in results.values())
    assert peak == 6
