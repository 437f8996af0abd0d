"""Start-up benchmark: `openscore rate llama-3` as a whole process vs. a bare typer + rich command.

Run: python bench/startup.py [--runs N] [--no-cache] [--breakdown]
Runs the floor (`python -c "import typer, pydantic, yaml"`), `openscore rate llama-3` and
bench/minimal_cli.py (one typer command printing a six-row rich table) in turn, N times each
after two warm-up rounds, and prints the medians and openscore's ratio to the minimal command
(target: ratio <= 1.3). Children run as after a normal install: bytecode caching on (a
PYTHONDONTWRITEBYTECODE in the environment is dropped) and a private OPENSCORE_CACHE_DIR,
filled by the warm-up; `--no-cache` measures openscore with its validated-file cache off;
`--breakdown` first times the phases of `openscore rate llama-3` inside one process.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

FLOOR = [sys.executable, "-c", "import typer, pydantic, yaml"]
TARGET = 1.3


def openscore_command(*args: str) -> list[str]:
    """The installed `openscore` entry point (else `python -m openscore`) with `args`."""
    found = shutil.which("openscore", path=os.path.dirname(sys.executable)) or shutil.which("openscore")
    return [found, *args] if found else [sys.executable, "-m", "openscore", *args]


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a measured child: like a user's shell after `pip install`."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def one_core() -> None:
    """Pin the calling process to one CPU (Linux), so that figures are per core."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


@dataclass(frozen=True)
class Startup:
    """Medians over the runs, in seconds: wall-clock time, and CPU time (user + system) of each child."""

    floor: float
    openscore: float
    runs: int
    minimal: float  # bench/minimal_cli.py: one typer command printing a rich table
    chinese: float = 0.0  # `openscore rate qwen2 --lang zh`: the Chinese catalog read as well
    cpu: dict[str, float] | None = None  # the same four by CPU time: steadier than wall time on a busy machine

    @property
    def ratio(self) -> float:
        """openscore's start-up over the minimal typer + rich command's: the target."""
        return self.openscore / self.minimal

    @property
    def chinese_ratio(self) -> float:
        """`openscore rate qwen2 --lang zh` over the minimal command's: the same target."""
        return self.chinese / self.minimal

    @property
    def floor_ratio(self) -> float:
        return self.openscore / self.floor

    @property
    def minimal_ratio(self) -> float:
        return self.minimal / self.floor


def timed_child(argv: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one child run to its end; output discarded."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{' '.join(argv)} failed (wait status {status})")
    return wall, usage.ru_utime + usage.ru_stime


def measure(runs: int, cache: bool = True) -> Startup:
    """Medians of the floor, `openscore rate llama-3`, the minimal command and the Chinese rate, interleaved
    run by run. Children run in an empty directory, as a user's would (no openscore work tree to find)."""
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as cwd:
        env = child_env(OPENSCORE_CACHE_DIR=folder, **({} if cache else {"OPENSCORE_NO_CACHE": "1"}))
        commands = {
            "floor": FLOOR,
            "openscore": openscore_command("rate", "llama-3"),
            "minimal": [sys.executable, str(Path(__file__).with_name("minimal_cli.py")), "llama-3"],
            "chinese": openscore_command("rate", "qwen2", "--lang", "zh"),
        }
        wall: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for index in range(runs + 2):  # two warm-up rounds: OS file cache, bytecode, validated-file cache
            for name, argv in commands.items():
                seconds, used = timed_child(argv, env, cwd)
                if index >= 2:
                    wall[name].append(seconds)
                    cpu[name].append(used)
    median = {name: statistics.median(times) for name, times in wall.items()}
    return Startup(median["floor"], median["openscore"], runs, median["minimal"], median["chinese"],
                   {name: statistics.median(times) for name, times in cpu.items()})


# Runs `openscore rate llama-3` in a child with clocks around its phases; prints {phase: seconds} as JSON.
_PHASES = """
import json, sys, time
clock = time.perf_counter
marks = [("start", clock())]
def mark(name):
    marks.append((name, clock()))
import typer, pydantic, yaml
mark("floor: import typer, pydantic, yaml")
import openscore.domain.evidence, openscore.domain.rubric
mark("pydantic BaseModel and openscore's model classes")
import openscore.cli.app as app
from openscore.cli import common
mark("the rest of openscore's modules (all commands)")
def timed(owner, name, label, first=None):
    original = getattr(owner, name)
    def wrapper(*args, **kwargs):
        if first:
            mark(first)
        try:
            return original(*args, **kwargs)
        finally:
            mark(label)
    setattr(owner, name, wrapper)
timed(common, "load_catalog", "load the data file (validated-file cache)", first="typer: build the command, parse and coerce options")
timed(common, "find", "find the model")
timed(common, "load_rubric", "load the rubric (validated-file cache)")
timed(common, "score_all", "score (and import the license index)")
timed(common, "emit", "render the table")
sys.argv = ["openscore", "rate", "llama-3"]
from openscore.cli import launch
launch.end = lambda code: None  # stay alive to report
launch.main()
mark("end")
print(json.dumps([[name, end - begin] for (_, begin), (name, end) in zip(marks, marks[1:])]), file=sys.stderr)
"""


def breakdown(runs: int) -> list[tuple[str, float]]:
    """Median seconds per phase of `openscore rate llama-3` (cache warm), over `runs` children."""
    import json

    with tempfile.TemporaryDirectory() as folder:
        env = child_env(OPENSCORE_CACHE_DIR=folder)
        found: dict[str, list[float]] = {}
        for index in range(runs + 2):
            done = subprocess.run([sys.executable, "-c", _PHASES], check=True, capture_output=True, text=True, env=env,
                                  cwd=tempfile.gettempdir())
            if index >= 2:
                for name, seconds in json.loads(done.stderr.strip().splitlines()[-1]):
                    found.setdefault(name, []).append(seconds)
    return [(name, statistics.median(times)) for name, times in found.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-cache", action="store_true", help="run openscore with OPENSCORE_NO_CACHE=1")
    parser.add_argument("--breakdown", action="store_true", help="also time the phases of `openscore rate llama-3` in one process")
    args = parser.parse_args()
    if args.breakdown:
        print(f"{'phase of openscore rate llama-3 (in process, medians)':<56} {'ms':>7}")
        for name, seconds in breakdown(args.runs):
            print(f"{name:<56} {seconds * 1000:>7.1f}")
        print()
    found = measure(args.runs, cache=not args.no_cache)
    print(f"{'what':<46} {'median ms':>10}")
    print(f"{'python -c import typer, pydantic, yaml':<46} {found.floor * 1000:>10.1f}")
    print(f"{'bench/minimal_cli.py (typer + rich alone)':<46} {found.minimal * 1000:>10.1f}")
    print(f"{'openscore rate llama-3':<46} {found.openscore * 1000:>10.1f}")
    print(f"{f'ratio to bench/minimal_cli.py (target <= {TARGET})':<46} {found.ratio:>10.2f}")
    print(f"{'ratio to the import floor':<46} {found.floor_ratio:>10.2f}")
    print(f"{'openscore rate qwen2 --lang zh':<46} {found.chinese * 1000:>10.1f}")
    print(f"{f'its ratio to bench/minimal_cli.py (<= {TARGET})':<46} {found.chinese_ratio:>10.2f}")
    if found.cpu:
        cpu = found.cpu
        print(f"{'by CPU time (user + system), ratio of rate':<46} {cpu['openscore'] / cpu['minimal']:>10.2f}")
        print(f"{'by CPU time, ratio of rate --lang zh':<46} {cpu['chinese'] / cpu['minimal']:>10.2f}")


if __name__ == "__main__":
    main()
