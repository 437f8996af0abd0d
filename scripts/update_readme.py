"""Refresh the example outputs in README.md.

A line `<!-- run: openscore ARGS -->` is followed by a fenced block holding `$ openscore ARGS`
and that command's real output (120 columns, no colour); this script rewrites those blocks.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(<!-- run: (?P<command>[^>]+?) -->\n)(```\n.*?\n```\n)?", re.S)


def output(command: str) -> str:
    argv = shlex.split(command)
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb"}
    result = subprocess.run([sys.executable, "-m", "openscore", *argv[1:]], capture_output=True, text=True, env=env, cwd="/tmp")
    return (result.stdout + result.stderr).rstrip()


def main() -> None:
    text = README.read_text()
    updated = BLOCK.sub(lambda m: f"{m.group(1)}```\n$ {m.group('command')}\n{output(m.group('command'))}\n```\n", text)
    README.write_text(updated)
    print(f"{len(BLOCK.findall(text))} outputs refreshed")


if __name__ == "__main__":
    main()
