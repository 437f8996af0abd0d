"""The bundled database sources on the common path: ratios in one run, medians of interleaved runs.

Run: python bench/sources.py [--runs N] [--model ID]
Times, alternately and after two warm-up rounds (OS file cache, bytecode, validated-file cache):
bench/minimal_cli.py (a bare typer command printing a six-row rich table), `openscore rate llama-3`
(a curated release), `openscore rate aquila-7b` (a release only a database snapshot holds) and
`openscore list` over every source. Targets (issue 16): rate llama-3 <= 1.3 x minimal; rate of a
database-only release <= 1.3 x rate llama-3; list over every source <= 2 x rate llama-3.
It also prints how many distinct releases `rate` can answer offline, and from which source.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import child_env, openscore_command, timed_child


def measure(runs: int, model: str) -> tuple[dict[str, float], dict[str, float]]:
    """Median wall-clock and CPU seconds of each command, run in turn in an empty directory."""
    commands = {
        "minimal": [sys.executable, str(Path(__file__).with_name("minimal_cli.py")), "llama-3"],
        "rate llama-3": openscore_command("rate", "llama-3"),
        f"rate {model}": openscore_command("rate", model),
        "list (every source)": openscore_command("list"),
    }
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as cwd:
        env = child_env(OPENSCORE_CACHE_DIR=folder)
        env.pop("OPENSCORE_DATA", None)
        for index in range(runs + 2):
            for name, argv in commands.items():
                seconds, used = timed_child(argv, env, cwd)
                if index >= 2:
                    wall[name].append(seconds)
                    cpu[name].append(used)
    return ({name: statistics.median(found) for name, found in wall.items()},
            {name: statistics.median(found) for name, found in cpu.items()})


def coverage() -> dict[str, int]:
    """Distinct releases `openscore list` holds (each answerable by `rate`), by source."""
    done = subprocess.run([*openscore_command("list", "--format", "json")], check=True, capture_output=True, text=True,
                          env=child_env())
    counts: dict[str, int] = {}
    for card in json.loads(done.stdout)["scorecards"]:
        counts[card["source"]["name"]] = counts.get(card["source"]["name"], 0) + 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--model", default="aquila-7b", help="a release only a database holds")
    args = parser.parse_args()
    for clock, found in zip(("wall-clock", "CPU (user + system)"), measure(args.runs, args.model), strict=True):
        rate = found["rate llama-3"]
        print(f"{f'what ({clock})':<34} {'median ms':>10} {'ratio':>7}  target")
        print(f"{'bench/minimal_cli.py':<34} {found['minimal'] * 1000:>10.1f}")
        print(f"{'openscore rate llama-3':<34} {rate * 1000:>10.1f} {rate / found['minimal']:>7.2f}  <= 1.3 x minimal")
        print(f"{f'openscore rate {args.model}':<34} {found[f'rate {args.model}'] * 1000:>10.1f} "
              f"{found[f'rate {args.model}'] / rate:>7.2f}  <= 1.3 x rate llama-3")
        print(f"{'openscore list (every source)':<34} {found['list (every source)'] * 1000:>10.1f} "
              f"{found['list (every source)'] / rate:>7.2f}  <= 2 x rate llama-3")
    counts = coverage()
    print(f"distinct releases answerable offline: {sum(counts.values())} ({', '.join(f'{k} {v}' for k, v in counts.items())})")


if __name__ == "__main__":
    main()
