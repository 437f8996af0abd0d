"""Hub sync benchmark: `openscore hub sync` over 100 repos of a local fake Hub with 100 ms per request.

Run: python bench/hub_sync.py [--repos N] [--latency SECONDS] [--jobs N]
Times three whole processes, counting the requests the fake Hub receives:
one at a time (`--jobs 1`, cold cache), concurrent (default or given `--jobs`, cold cache), and
the concurrent one again (warm cache). Targets: cold concurrent >= 5x faster than one at a time;
warm makes no request at all. huggingface_hub's telemetry is off, so only model requests are made.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fakehub import FakeHub


def data_file(folder: Path, repos: list[str]) -> Path:
    lines = ["models:"]
    for index, repo in enumerate(repos):
        lines += [f"  - id: bench-{index}", f"    name: Bench {index}", "    organization: Bench", "    family: bench",
                  f"    hf_repos: [{repo}]", "    last_reviewed: 2026-01-01", "    artifacts:",
                  f"      weights: {{status: open, license: Apache-2.0, url: 'https://example.org/{index}'}}"]
    path = folder / "models.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def openscore() -> list[str]:
    found = shutil.which("openscore")
    return [found] if found else [sys.executable, "-m", "openscore"]


def timed_sync(hub: FakeHub, data: Path, cache: Path, jobs: int | None, home: Path) -> tuple[float, int]:
    """Seconds for one `openscore hub sync` process, and requests the fake Hub received meanwhile."""
    env = {**os.environ, "HF_ENDPOINT": hub.url, "OPENSCORE_CACHE_DIR": str(cache), "HF_HOME": str(home),
           "HF_HUB_DISABLE_TELEMETRY": "1"}
    env.pop("HF_HUB_OFFLINE", None)
    command = [*openscore(), "hub", "sync", "--data", str(data), *(["--jobs", str(jobs)] if jobs else [])]
    before = len(hub.seen)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"hub sync failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return elapsed, len(hub.seen) - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repos", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for the concurrent runs [default: openscore's default]")
    args = parser.parse_args()
    repos = [f"bench/model-{i}" for i in range(args.repos)]
    with tempfile.TemporaryDirectory() as folder, FakeHub(latency=args.latency) as hub:
        for repo in repos:
            hub.add(repo, license="apache-2.0")
        root = Path(folder)
        data = data_file(root, repos)
        one, one_requests = timed_sync(hub, data, root / "cache-one", 1, root / "hf")
        cold, cold_requests = timed_sync(hub, data, root / "cache", args.jobs, root / "hf")
        warm, warm_requests = timed_sync(hub, data, root / "cache", args.jobs, root / "hf")
    jobs = f"--jobs {args.jobs}" if args.jobs else "default --jobs"
    print(f"{args.repos} repos, {args.latency * 1000:g} ms per request")
    print(f"{'run':<34} {'seconds':>8} {'requests':>9}")
    print(f"{'cold, one at a time (--jobs 1)':<34} {one:>8.2f} {one_requests:>9}")
    print(f"{f'cold, concurrent ({jobs})':<34} {cold:>8.2f} {cold_requests:>9}")
    print(f"{f'warm, concurrent ({jobs})':<34} {warm:>8.2f} {warm_requests:>9}")
    speedup = one / cold
    print(f"speed-up cold concurrent vs one at a time: {speedup:.1f}x (target >= 5x) {'ok' if speedup >= 5 else 'MISSED'}")
    print(f"requests in the warm run: {warm_requests} (target 0) {'ok' if warm_requests == 0 else 'MISSED'}")


if __name__ == "__main__":
    main()
