"""A loopback stand-in for the Hugging Face Hub model API, for tests and bench/hub_sync.py.

Serves `GET /api/models/{repo_id}` (and `/revision/{rev}`) with the fields the real API
returns, honours `expand`, answers 404 like the Hub for unknown repos, 401 for private repos
without the right token, and plays faults on demand. Counts every request it receives.
"""

from __future__ import annotations

import json
import os
import socket
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest


@dataclass
class Reply:
    """A canned answer: status, headers, body. `body=None` with `stall` > 0 never answers in time;
    `trickle` > 0 sends the body one byte at a time, that many seconds apart."""

    status: int = 200
    body: bytes | str | dict[str, Any] | list[Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    stall: float = 0.0
    trickle: float = 0.0


@dataclass(frozen=True)
class Seen:
    path: str
    query: dict[str, list[str]]
    authorization: str | None


def model_payload(repo_id: str, *, license: str | None = "apache-2.0", license_name: str | None = None,
                  gated: bool | str = False, private: bool = False, files: tuple[str, ...] = ("config.json", "model.safetensors", "README.md"),
                  datasets: tuple[str, ...] = (), arxiv: tuple[str, ...] = (), base_model: str | None = None,
                  library_name: str | None = "transformers", pipeline_tag: str | None = "text-generation",
                  last_modified: str = "2025-03-01T10:00:00.000Z", created_at: str = "2024-04-18T16:00:00.000Z",
                  sha: str = "0123456789abcdef0123456789abcdef01234567") -> dict[str, Any]:
    """A model the way `GET /api/models/{repo_id}` describes it."""
    tags = [t for t in (library_name, "safetensors", pipeline_tag) if t]
    tags += [f"dataset:{d}" for d in datasets] + [f"arxiv:{a}" for a in arxiv]
    if base_model:
        tags += [f"base_model:{base_model}", f"base_model:finetune:{base_model}"]
    if license:
        tags.append(f"license:{license}")
    tags += ["endpoints_compatible", "region:us"]
    card: dict[str, Any] = {"language": ["en"]}
    if license:
        card["license"] = license
    if license_name:
        card["license_name"] = license_name
    if datasets:
        card["datasets"] = list(datasets)
    if base_model:
        card["base_model"] = base_model
    return {
        "_id": f"66{abs(hash(repo_id)) % 10**22:022d}", "id": repo_id, "author": repo_id.split("/")[0], "sha": sha,
        "lastModified": last_modified, "createdAt": created_at, "private": private, "disabled": False, "gated": gated,
        "downloads": 1234, "likes": 56, "library_name": library_name, "pipeline_tag": pipeline_tag, "tags": tags,
        "cardData": card, "siblings": [{"rfilename": f} for f in files], "spaces": [], "usedStorage": 16_000_000_000,
    }


class FakeHub:
    """Start with `with FakeHub() as hub:`; `hub.url` goes into HF_ENDPOINT."""

    def __init__(self, latency: float = 0.0, port: int = 0):
        self.latency, self.port = latency, port
        self.models: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, str] = {}  # repo id -> the token that may read it
        self.seen: list[Seen] = []
        self._faults: dict[str, list[list[Any]]] = {}  # repo id -> [[reply, times left or None], ...]
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def add(self, repo_id: str, token: str | None = None, **fields: Any) -> dict[str, Any]:
        """Publish a model; with `token`, it is private and only that token may read it."""
        payload = model_payload(repo_id, private=token is not None, **fields)
        self.models[repo_id.lower()] = payload
        if token:
            self.tokens[repo_id.lower()] = token
        return payload

    def fail(self, repo_id: str, reply: Reply, times: int | None = None) -> None:
        """Answer requests for `repo_id` with `reply`, `times` times (None: always) before serving it."""
        with self._lock:
            self._faults.setdefault(repo_id.lower(), []).append([reply, times])

    def requests_for(self, repo_id: str) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if s.path.lower().startswith(f"/api/models/{repo_id.lower()}")]

    @property
    def url(self) -> str:
        assert self._server is not None, "start the fake Hub first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeHub:
        hub = self

        class Handler(_Handler):
            owner = hub

        self._server = _Server(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _answer(self, path: str, query: dict[str, list[str]], authorization: str | None) -> Reply:
        with self._lock:
            self.seen.append(Seen(path, query, authorization))
        repo_id = _repo_of(path)
        if repo_id is None:
            return Reply(404, {"error": "Not Found"})
        key = repo_id.lower()
        with self._lock:
            queue = self._faults.get(key, [])
            if queue:
                reply, times = queue[0]
                if times is not None:
                    queue[0][1] -= 1
                    if queue[0][1] <= 0:
                        queue.pop(0)
                return reply
        payload = self.models.get(key)
        token = self.tokens.get(key)
        if payload is None or (token and authorization != f"Bearer {token}"):
            status = 401 if token and not authorization else 404
            message = "Invalid username or password." if status == 401 else "Repository not found"
            return Reply(status, {"error": message}, {"X-Error-Code": "RepoNotFound", "X-Error-Message": message})
        expand = query.get("expand") or query.get("expand[]")
        if expand:
            payload = {k: v for k, v in payload.items() if k in ("_id", "id") or k in expand}
        return Reply(200, payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128  # many clients connect at once: a short backlog drops SYNs, costing a second each


def _repo_of(path: str) -> str | None:
    parts = [unquote(p) for p in path.split("/") if p]
    if len(parts) >= 4 and parts[:2] == ["api", "models"] and (len(parts) == 4 or parts[4] == "revision"):
        return f"{parts[2]}/{parts[3]}"
    return None


class _Handler(BaseHTTPRequestHandler):
    owner: FakeHub
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall

    def do_GET(self) -> None:
        split = urlsplit(self.path)
        if self.owner.latency:
            time.sleep(self.owner.latency)
        reply = self.owner._answer(split.path, parse_qs(split.query), self.headers.get("Authorization"))
        if reply.stall:
            time.sleep(reply.stall)
        body = reply.body
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
        data = (body or "").encode() if not isinstance(body, bytes) else body
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.headers.get("Content-Type", "application/json; charset=utf-8"))
            self.send_header("Content-Length", str(len(data)))
            for name, value in reply.headers.items():
                if name != "Content-Type":
                    self.send_header(name, value)
            self.end_headers()
            if reply.trickle:
                for index in range(len(data)):
                    self.wfile.write(data[index:index + 1])
                    self.wfile.flush()
                    time.sleep(reply.trickle)
            else:
                self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
            pass

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


def closed_port_url() -> str:
    """The URL of a loopback port nothing listens on: connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def isolate() -> None:
    """Keep huggingface_hub away from real hosts and the user's files in this process.

    huggingface_hub reads HF_ENDPOINT, HF_HOME and telemetry settings once, at import, and
    its telemetry fetches `{HF_ENDPOINT}/api/agent-harnesses`: call this before it is imported.
    """
    os.environ["HF_ENDPOINT"] = closed_port_url()
    os.environ["HF_HOME"] = tempfile.mkdtemp(prefix="openscore-test-hf-home-")
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    os.environ["OPENSCORE_CACHE_DIR"] = tempfile.mkdtemp(prefix="openscore-test-cache-")  # never the user's cache
    for name in ("HF_HUB_OFFLINE", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"):
        os.environ.pop(name, None)


def environment(hub_url: str, cache_dir: object) -> dict[str, str]:
    """Variables pointing openscore at a fake Hub and a test cache, with tiny retry waits."""
    return {"HF_ENDPOINT": hub_url, "OPENSCORE_CACHE_DIR": str(cache_dir), "OPENSCORE_HUB_BACKOFF": "0",
            "OPENSCORE_HUB_TIMEOUT": "2", "HF_HUB_DISABLE_TELEMETRY": "1"}


@pytest.fixture(name="hub")
def hub_fixture(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> Any:
    """A running fake Hub, with this process's environment pointed at it (import it into a test module)."""
    with FakeHub() as fake:
        for name, value in environment(fake.url, tmp_path / "cache").items():
            monkeypatch.setenv(name, value)
        yield fake
