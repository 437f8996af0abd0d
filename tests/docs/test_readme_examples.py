"""README examples are the tool's real output (issue 18): every `$ openscore` example is regenerated and compared.

On drift, run `python scripts/update_readme.py` and review the diff.
"""

from __future__ import annotations

import difflib
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("update_readme", ROOT / "scripts" / "update_readme.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_example_is_marked_to_run_or_says_why_not():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert _script().unmarked(text) == []


def _examples() -> list[re.Match[str]]:
    """README's example blocks that are run (each its own test, so that they run side by side)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [m for m in _script().MARK.finditer(text) if not m.group("marker").startswith("<!-- not run")]


def _name(match: re.Match[str]) -> str:
    return (match.group("command") or (match.group("body") or "").partition("\n")[0].removeprefix("$ "))[:60]


EXAMPLES = _examples()


def test_the_readme_has_examples_to_check():
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("example", EXAMPLES, ids=[_name(m) for m in EXAMPLES])
def test_readme_example_matches_the_tool(example):
    regenerated = _script().block(example)
    drift = "\n".join(difflib.unified_diff(example.group(0).splitlines(), regenerated.splitlines(), "README.md", "regenerated",
                                           lineterm="", n=1))
    assert regenerated == example.group(0), f"README example drifted; run `python scripts/update_readme.py`:\n{drift[:4000]}"
