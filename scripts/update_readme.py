"""Refresh the example outputs in README.md (`--check`: only say which ones drifted, exit 1 if any).

Every example block is preceded by a marker:

- `<!-- run: openscore ARGS -->`: the block is `$ openscore ARGS` and that command's output;
- `<!-- run -->`: the block's `$ ` lines are commands (run one after another, in one scratch directory),
  each followed by its output;
- `<!-- run in SETUP -->`: the same, in a directory prepared by the named setup (see `SETUPS`);
- `<!-- not run: WHY -->`: the block is not regenerated (it needs something a test run does not have).

Commands run as a user runs them after `pip install .`: in a scratch directory that holds a copy of
tests/fixtures (so the relative paths in the examples work) and no data of its own (so the bundled
data is used), 120 columns, no colour, stdout and stderr as they interleave.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MARK = re.compile(r"(?P<marker><!-- (?:run(?: in (?P<setup>[\w-]+))?(?:: (?P<command>[^>]+?))?|not run: [^>]*?) -->\n)"
                  r"(?:```\n(?P<body>.*?)\n```\n)?", re.S)


def clone(directory: Path) -> None:
    """A work tree with this repository's data and rubrics, as a maintainer's clone has them."""
    shutil.copytree(ROOT / "data", directory / "data")
    shutil.copytree(ROOT / "rubrics", directory / "rubrics")


def olmo_partial(directory: Path) -> None:
    """A git work tree with this repository's data and rubrics committed on `main`, then OLMo's
    pretraining data changed from open to partial (not committed)."""
    clone(directory)
    env = {**os.environ, "GIT_AUTHOR_NAME": "openscore", "GIT_AUTHOR_EMAIL": "readme@example.org", "GIT_COMMITTER_NAME": "openscore",
           "GIT_COMMITTER_EMAIL": "readme@example.org", "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z"}
    for args in (["init", "-q", "-b", "main"], ["add", "."], ["commit", "-q", "-m", "data"]):
        subprocess.run(["git", *args], cwd=directory, env=env, check=True, capture_output=True)
    models = directory / "data" / "models.yaml"
    text = models.read_text(encoding="utf-8")
    start = text.index("\n- id: olmo\n")
    end = text.index("\n- id: ", start + 1)
    entry = text[start:end]
    changed = re.sub(r"(\n    pretraining_data:\n      status: )open", r"\1partial", entry, count=1)
    if changed == entry:
        raise SystemExit("update_readme: OLMo's pretraining_data is no longer open: adapt the setup `olmo-partial`")
    models.write_text(text[:start] + changed + text[end:], encoding="utf-8")


SETUPS: dict[str, Callable[[Path], None]] = {"clone": clone, "olmo-partial": olmo_partial}


def run(command: str, cwd: Path, cache: Path) -> str:
    """The command's output as a user sees it (stdout and stderr together)."""
    env = {key: value for key, value in os.environ.items() if key not in ("OPENSCORE_DATA", "FORCE_COLOR")}
    env.update(COLUMNS="120", NO_COLOR="1", TERM="dumb", OPENSCORE_CACHE_DIR=str(cache), HF_HUB_OFFLINE="1")
    script = f'openscore() {{ "{sys.executable}" -m openscore "$@"; }}\n{command}'
    result = subprocess.run(["bash", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=cwd,
                            timeout=120)
    return result.stdout.rstrip()


def block(match: re.Match[str]) -> str:
    """The marker and its block, regenerated."""
    marker, body = match.group("marker"), match.group("body")
    if marker.startswith("<!-- not run"):
        return match.group(0)
    commands = [match.group("command")] if match.group("command") else \
        [line[2:] for line in (body or "").splitlines() if line.startswith("$ ")]
    with tempfile.TemporaryDirectory(prefix="openscore-readme-") as scratch:
        where = Path(scratch) / "work"
        where.mkdir()
        shutil.copytree(ROOT / "tests" / "fixtures", where / "tests" / "fixtures")
        if match.group("setup"):
            SETUPS[match.group("setup")](where)
        parts = []
        for command in commands:
            output = run(command, where, Path(scratch) / "cache")
            parts.append(f"$ {command}" + (f"\n{output}" if output else ""))
    return f"{marker}```\n" + "\n".join(parts) + "\n```\n"


def regenerate(text: str) -> str:
    return MARK.sub(block, text)


def unmarked(text: str) -> list[str]:
    """`$ openscore` lines in fenced blocks that no marker covers (an example nobody checks)."""
    covered = {m.start("body") for m in MARK.finditer(text) if m.group("body") is not None}
    found = []
    for fence in re.finditer(r"```[a-z]*\n(.*?)\n```\n", text, re.S):
        if fence.start(1) not in covered:
            found += [line for line in fence.group(1).splitlines() if line.startswith("$ openscore")]
    return found


def main() -> None:
    text = README.read_text(encoding="utf-8")
    updated = regenerate(text)
    if "--check" in sys.argv[1:]:
        import difflib

        drift = list(difflib.unified_diff(text.splitlines(), updated.splitlines(), "README.md", "regenerated", lineterm="", n=1))
        print("\n".join(drift) or "README.md examples match the tool")
        raise SystemExit(1 if drift else 0)
    README.write_text(updated, encoding="utf-8")
    print(f"{len(MARK.findall(text))} example blocks refreshed")


if __name__ == "__main__":
    main()
