"""openscore's benchmark suite: start-up, scale, scoring throughput and Hub sync, as one table with targets.

Run: python bench/run.py [--runs N] [--entries N] [--repeat N] [--skip-hub]

- start-up: `openscore rate llama-3` vs bench/minimal_cli.py (a bare typer command printing a
  six-row rich table; target: ratio <= 1.3), medians of --runs interleaved runs (bench/startup.py),
  with the validated-file cache warm and off;
- scale: a realistic data file of --entries entries (bench/gendata.py: copies of the bundled
  entries, unique names; 10,000 are about 36 MB): `openscore validate FILE` and `openscore list
  --data FILE --format json` (cache off, then warm) as ratios to the time libyaml takes only to
  scan the file into events (targets 1.5 and 2.0); every command a whole process pinned to one
  core (Linux), all run in turn --repeat times, medians, and the child's peak memory;
- scoring: entry x rubric scorecards per second for the default rubric, in this process;
- Hub: bench/hub_sync.py (cold and warm sync against a local fake Hub), when it exists.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gendata  # noqa: E402
import startup  # noqa: E402


@dataclass(frozen=True)
class Row:
    name: str
    measured: str
    target: str = ""
    met: bool | None = None

    def line(self, widths: tuple[int, int, int]) -> str:
        verdict = {True: "ok", False: "MISSED", None: ""}[self.met]
        return f"{self.name:<{widths[0]}}  {self.measured:<{widths[1]}}  {self.target:<{widths[2]}}  {verdict}".rstrip()


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu: float  # user + system seconds of the child
    peak_mib: float
    exit_code: int


def run_child(argv: list[str], env: dict[str, str]) -> Run:
    """Run one whole process on one core; its wall time, CPU time and peak RSS (os.wait4)."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=startup.one_core)
    assert child.stderr is not None
    errors = child.stderr.read()  # drained before waiting, so a chatty child cannot block
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        sys.exit(f"{' '.join(argv)} failed with exit code {child.returncode}:\n{errors.decode(errors='replace')[-2000:]}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * scale / 2**20, child.returncode)


def median_run(argv: list[str], env: dict[str, str], repeat: int) -> Run:
    runs = [run_child(argv, env) for _ in range(repeat)]
    middle = sorted(runs, key=lambda r: r.seconds)[len(runs) // 2]
    return Run(middle.seconds, middle.cpu, max(r.peak_mib for r in runs), middle.exit_code)


def startup_rows(runs: int) -> list[Row]:
    warm = startup.measure(runs, cache=True)
    cold = startup.measure(runs, cache=False)
    return [
        Row("start-up: bench/minimal_cli.py (typer + a six-row rich table)", f"{warm.minimal * 1000:.0f} ms (median of {runs})"),
        Row("start-up: openscore rate llama-3", f"{warm.openscore * 1000:.0f} ms (median of {runs})"),
        Row("start-up ratio to the minimal command", f"{warm.ratio:.2f}", f"<= {startup.TARGET}", warm.ratio <= startup.TARGET),
        Row("start-up ratio, validated-file cache off", f"{cold.ratio:.2f} ({cold.openscore * 1000:.0f} ms)"),
        Row('start-up ratio to python -c "import typer, pydantic, yaml"', f"{warm.floor_ratio:.2f} ({warm.floor * 1000:.0f} ms)"),
    ]


SCAN = "import sys, yaml\nwith open(sys.argv[1], 'rb') as f:\n    for _ in yaml.parse(f, Loader=yaml.CSafeLoader):\n        pass"
TARGETS = {"validate FILE": 1.5, "list --data FILE --format json (cache off)": 2.0}


def scale_rows(entries: int, repeat: int) -> list[Row]:
    """validate and list --format json on a realistic file, as ratios to libyaml scanning it into events (yaml.parse),
    every command a whole process on one core, run in turn `repeat` times; medians."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "models.yaml"
        data.write_text(gendata.realistic(entries), encoding="utf-8")
        size = f"{entries:,} entries, {data.stat().st_size / 1e6:.0f} MB"
        cache = Path(folder) / "cache"
        env = startup.child_env(OPENSCORE_CACHE_DIR=str(cache))
        jobs = {
            "libyaml scan (yaml.parse, CSafeLoader)": ([sys.executable, "-c", SCAN, str(data)], env),
            "validate FILE": (startup.openscore_command("validate", str(data)), env),
            "list --data FILE --format json (cache off)":
                (startup.openscore_command("list", "--format", "json", "--data", str(data)), {**env, "OPENSCORE_NO_CACHE": "1"}),
            "list --data FILE --format json (cache warm)": (startup.openscore_command("list", "--format", "json", "--data", str(data)), env),
        }
        run_child(*jobs["list --data FILE --format json (cache warm)"])  # fills the cache
        found: dict[str, list[Run]] = {label: [] for label in jobs}
        for _ in range(repeat):
            for label, (argv, child_env) in jobs.items():
                found[label].append(run_child(argv, child_env))
        medians = {label: sorted(runs, key=lambda r: r.seconds)[len(runs) // 2] for label, runs in found.items()}
        scan_label = "libyaml scan (yaml.parse, CSafeLoader)"
        scan = medians[scan_label].seconds  # CPU time ratios too: on a shared machine they vary less than wall time
        rows = []
        for label, run in medians.items():
            peak = max(r.peak_mib for r in found[label])
            measured = f"{run.seconds:.2f} s, {peak:.0f} MiB peak"
            if label.startswith("libyaml"):
                rows.append(Row(f"scale: {label} ({size})", f"{measured} (median of {repeat})"))
                continue
            ratio = run.seconds / scan
            cpu = statistics.median(r.cpu for r in found[label]) / statistics.median(r.cpu for r in found[scan_label])
            target = TARGETS.get(label)
            rows.append(Row(f"scale: {label}, ratio to the scan", f"{ratio:.2f} ({measured}; CPU time ratio {cpu:.2f})",
                            f"<= {target}" if target else "", ratio <= target if target else None))
        return rows


def scoring_rows(seconds: float = 1.0) -> list[Row]:
    from openscore.cli import common
    from openscore.domain.scorer import Scorer
    from openscore.licenses import resolve

    entries = common.load_catalog(None).entries
    grade = Scorer(common.load_rubric("openscore"), resolve)  # as `list` and `report` do: the rubric prepared once
    rates = []
    for _ in range(5):  # the median of five runs: this machine's speed drifts
        done, started = 0, time.perf_counter()
        while time.perf_counter() - started < seconds:
            for entry in entries:
                grade(entry)
            done += len(entries)
        rates.append(done / (time.perf_counter() - started))
    rate = sorted(rates)[2]
    rows = [Row(f"scoring: entry x default rubric, in process ({len(entries)} bundled entries)", f"{rate:,.0f} per second",
                 ">= 20,000 per second", rate >= 20_000)]
    with tempfile.TemporaryDirectory() as folder:  # entries never seen before, each scored once
        data = Path(folder) / "models.yaml"
        data.write_text(gendata.generate(10_000), encoding="utf-8")
        os.environ["OPENSCORE_NO_CACHE"] = "1"  # not into the user's cache
        try:
            generated = common.load_catalog([data]).entries
        finally:
            del os.environ["OPENSCORE_NO_CACHE"]
        started = time.perf_counter()
        common.score_all(generated, common.load_rubric("openscore"))
        once = len(generated) / (time.perf_counter() - started)
    rows.append(Row(f"scoring: {len(generated):,} generated entries, each once (score_all)", f"{once:,.0f} per second"))
    return rows


def hub_rows() -> tuple[list[Row], str]:
    script = HERE / "hub_sync.py"
    if not script.exists():
        return [Row("hub: cold and warm sync", "pending (bench/hub_sync.py not present)")], ""
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=startup.child_env())
    if done.returncode != 0:
        return [Row("hub: cold and warm sync", f"failed (exit {done.returncode})")], done.stdout + done.stderr
    return [Row("hub: cold and warm sync (bench/hub_sync.py, below)", "see below")], done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="start-up runs of each command (>= 10)")
    parser.add_argument("--entries", type=int, default=10_000, help="entries in the generated data file")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each scale command, in turn; the median is shown")
    parser.add_argument("--skip-hub", action="store_true")
    args = parser.parse_args()
    rows = startup_rows(args.runs) + scale_rows(args.entries, args.repeat) + scoring_rows()
    hub, details = ([], "") if args.skip_hub else hub_rows()
    rows += hub
    widths = (max(len(r.name) for r in rows), max(len(r.measured) for r in rows), max(len(r.target) for r in rows))
    print(f"openscore benchmarks - Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs")
    print(Row("benchmark", "measured", "target").line(widths))
    print(Row("-" * widths[0], "-" * widths[1], "-" * widths[2]).line(widths))
    for row in rows:
        print(row.line(widths))
    if details:
        print("\nHub sync (bench/hub_sync.py):\n" + details.rstrip())
    if any(r.met is False for r in rows):
        print("\nSome targets were missed; see README 'Performance' for where the time goes.")


if __name__ == "__main__":
    main()
