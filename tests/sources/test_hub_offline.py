"""`hub sync` when the Hub cannot be reached (issue 18, case 7): one summary line, no retries on a failed
DNS lookup, the cache left as it was."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from fakehub import environment, isolate
from typer.testing import CliRunner

isolate()  # before huggingface_hub is imported anywhere in this process

from openscore.cli.app import app  # noqa: E402
from openscore.sources.hub.client import HubClient, HubError, Settings  # noqa: E402

DATA = "models:\n" + "".join(f"""  - id: m{i}
    name: M {i}
    organization: Org
    family: m
    hf_repos: [org/m{i}a, org/m{i}b]
    last_reviewed: 2026-11-01
""" for i in range(6))


@pytest.fixture
def no_dns(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Every DNS lookup fails, as on a machine without network; the hosts looked up are recorded."""
    looked_up: list[str] = []

    def fail(host, *args, **kwargs):
        looked_up.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    for name, value in environment("http://hub.example.invalid", tmp_path / "cache").items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("OPENSCORE_HUB_BACKOFF", "5")  # a retry would wait: the sleep spy below sees it
    return looked_up


def test_a_failed_dns_lookup_is_not_retried_and_stops_the_rest(no_dns):
    waits: list[float] = []
    client = HubClient(settings=Settings.from_env(), sleep=waits.append)
    results = client.get_many([f"org/r{i}" for i in range(20)], jobs=8)
    assert waits == [], "no retry after a failed DNS lookup"
    assert len(no_dns) == 1, "one lookup, not one per repo"
    assert all(isinstance(r, HubError) and r.kind == "dns" for r in results.values())


def test_hub_sync_offline_prints_one_summary_line(no_dns, tmp_path):
    data = tmp_path / "models.yaml"
    data.write_text(DATA)
    cache = tmp_path / "cache"
    def hub_files() -> list[Path]:
        return sorted(p for p in cache.rglob("*") if "validated" not in p.parts) if cache.exists() else []

    before = hub_files()
    result = CliRunner().invoke(app, ["hub", "sync", "--data", str(data)])
    assert result.exit_code == 3
    lines = result.output.strip().splitlines()
    assert lines[0] == "0 of 12 repos of 6 entries synced from http://hub.example.invalid: 12 failed (offline?)."
    assert lines[1:] == ["cannot reach the Hub: 12 repos not synced; the cache is unchanged "
                         "(http://hub.example.invalid: its name does not resolve (Name or service not known))"]
    assert hub_files() == before
