"""README examples are the tool's real output (issue 18): every `$ openscore` example is regenerated and compared.

On drift, run `python scripts/update_readme.py` and review the diff.
"""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

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


def test_readme_examples_match_the_tool():
    script = _script()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    regenerated = script.regenerate(text)
    drift = "\n".join(difflib.unified_diff(text.splitlines(), regenerated.splitlines(), "README.md", "regenerated", lineterm="", n=1))
    assert regenerated == text, f"README examples drifted; run `python scripts/update_readme.py`:\n{drift[:4000]}"
