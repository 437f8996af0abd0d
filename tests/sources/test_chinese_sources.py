"""`openscore sources` and the side-by-side views under --lang zh: the prose in Chinese, credits' names, licenses and
citations as they are."""

from __future__ import annotations

from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.sources.registry import database

runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, [*args, "--lang", "zh"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    return result.output


def test_sources_credit_each_database_in_chinese_keeping_names_licenses_and_citations():
    shown = run("sources")
    assert "curated：openscore 人工整理的数据文件，经维护者审核" not in shown  # the heading keeps `name: what`
    assert "openscore 人工整理的数据文件，经维护者审核" in shown
    for name in ("mot", "osai-index"):
        spec = database(name)
        assert spec.attribution_zh and spec.attribution_zh in shown and spec.attribution not in shown
    assert "doi:10.5281/zenodo.15386042" in shown and "Liesenfeld, Blankvoort, Kalra, Dingemanse" in shown
    assert "CC BY 4.0" in shown and "MIT License" in shown and "The Model Openness Tool Authors" in shown


def test_english_credit_is_the_databases_own_words():
    shown = runner.invoke(app, ["sources"], env={"COLUMNS": "250"}).output
    assert database("osai-index").attribution in shown


def test_side_by_side_in_chinese():
    shown = run("rate", "qwen2", "--sources")
    assert "制品" in shown and "没有其他来源记录这个发布。" in shown and "≠ 表示各来源说法不一的制品" in shown
    assert "openscore 数据文件，记录 models[" in shown and "模型结构代码" in shown
    assert "Artifact" not in shown and "architecture_code" not in shown


def test_sources_diff_in_chinese():
    shown = run("sources", "diff")
    assert shown.startswith("有 ") and "个关联的发布各来源说法不一" in shown
    assert "部分 · " in shown and "≠ " in shown and "Each release" not in shown
