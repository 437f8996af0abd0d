"""README.zh-CN.md's examples are the tool's real output under --lang zh (100 columns), like README.md's."""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_chinese_readme_examples_match_the_tool():
    spec = importlib.util.spec_from_file_location("update_readme", ROOT / "scripts" / "update_readme.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    text = script.README_ZH.read_text(encoding="utf-8")
    assert "--lang zh" in text and "[English](README.md)" in text
    regenerated = script.regenerate(text, script.WIDTHS[script.README_ZH])
    drift = "\n".join(difflib.unified_diff(text.splitlines(), regenerated.splitlines(), "README.zh-CN.md", "regenerated", lineterm="", n=1))
    assert regenerated == text, f"examples drifted; run `python scripts/update_readme.py`:\n{drift[:3000]}"


def test_english_readme_links_the_chinese_one():
    assert "[中文](README.zh-CN.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
