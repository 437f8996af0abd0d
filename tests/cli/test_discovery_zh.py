"""Project discovery says in Chinese which work-tree files it uses."""

from __future__ import annotations

import os

from tests.cli.test_discovery import openscore, tree  # noqa: F401  (the fixture)


def test_the_work_tree_notice_is_chinese_under_zh(tree):  # noqa: F811
    result = openscore("rate", "newco-7b", "--lang", "zh", cwd=tree)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"openscore：使用 .{os.sep}data 中的数据"]
