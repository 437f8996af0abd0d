"""Start-up benchmark: `openscore rate llama-3` as a whole process vs. the import floor.

Run: python bench/startup.py [--runs N]
Prints the median of N runs of each and their ratio (target: ratio <= 1.3).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time

FLOOR = [sys.executable, "-c", "import typer, pydantic, yaml"]


def openscore_command() -> list[str]:
    found = shutil.which("openscore")
    return [found, "rate", "llama-3"] if found else [sys.executable, "-m", "openscore", "rate", "llama-3"]


def median_seconds(command: list[str], runs: int) -> float:
    subprocess.run(command, check=True, capture_output=True)  # warm the OS file cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    command = openscore_command()
    floor = median_seconds(FLOOR, runs)
    rate = median_seconds(command, runs)
    print(f"{'what':<40} {'median ms':>10}")
    print(f"{'python -c import typer, pydantic, yaml':<40} {floor * 1000:>10.1f}")
    print(f"{' '.join(command[-3:]):<40} {rate * 1000:>10.1f}")
    print(f"{'ratio (target <= 1.3)':<40} {rate / floor:>10.2f}")


if __name__ == "__main__":
    main()
