"""Fixes from the Chinese-reader trial: upright vertical headers, parseable locations, natural sentences."""

from __future__ import annotations

import base64
import hashlib
import re

from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()


def test_chinese_report_keeps_vertical_headers_upright_and_the_csp_hash_matches(tmp_path):
    out = tmp_path / "board.html"
    assert runner.invoke(app, ["report", "--html", str(out), "--lang", "zh"]).exit_code == 0
    page = out.read_text()
    style = re.search(r"<style[^>]*>(.*?)</style>", page, re.S).group(1)
    assert re.search(r":lang\(zh\) th\.crit span \{[^}]*transform: none", style)
    digest = "sha256-" + base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'{digest}'" in page  # the Content-Security-Policy still allows the edited stylesheet


def test_chinese_findings_keep_the_ascii_file_line_column_prefix(tmp_path):
    bad = tmp_path / "models.yaml"
    bad.write_text("models:\n  - id: foo\n    name: Foo\n")
    result = runner.invoke(app, ["validate", str(bad), "--lang", "zh"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith(str(bad))]
    assert lines and all(re.match(re.escape(str(bad)) + r":\d+:\d+: 错误：", line) for line in lines), lines


def test_no_license_and_unrecognised_licenses_read_as_sentences():
    chinese = runner.invoke(app, ["rate", "qwen2", "--lang", "zh", "--format", "markdown"]).output
    english = runner.invoke(app, ["rate", "qwen2", "--lang", "en", "--format", "markdown"]).output
    assert "训练代码：部分发布，但未注明许可证，因此为封闭" in chinese and "但none" not in chinese
    assert "training code: partly released, but no license stated, so closed" in english
    assert "none is unknown" not in english


def test_enum_values_in_chinese_sentences_are_translated(monkeypatch, tmp_path):
    wide = {"COLUMNS": "300"}
    flags = runner.invoke(app, ["rate", "olmo", "--rubric", "mof", "--lang", "zh"], env=wide).output
    assert "模型卡：Apache-2.0 适用于代码/模型，而非文档" in flags and "code/model" not in flags
    assert "model_card: Apache-2.0 is a license for code/model, not document" in runner.invoke(
        app, ["rate", "olmo", "--rubric", "mof"], env=wide).output
    assert re.search(r"适用于：\s+模型、代码", runner.invoke(app, ["license", "llama3", "--lang", "zh"]).output)
    shown = runner.invoke(app, ["rubric", "show", "openscore", "--lang", "zh"], env={"COLUMNS": "200"}).output
    assert "取最高" in shown and "取平均" in shown and " best " not in shown
    assert " best " in runner.invoke(app, ["rubric", "show", "openscore"], env={"COLUMNS": "200"}).output
    monkeypatch.chdir(tmp_path)  # outside the checkout: the bundled data file
    assert "（内置）data/models.yaml" in runner.invoke(app, ["sources", "--lang", "zh"]).output


def test_criterion_points_are_called_fenzhi_not_the_artifacts_quanzhong(tmp_path):
    shown = runner.invoke(app, ["rubric", "show", "openscore", "--lang", "zh"], env={"COLUMNS": "200"}).output
    header = next(line for line in shown.splitlines() if "评估项" in line and "合并方式" in line)
    assert "分值" in header and "权重" not in header
    assert "│ 权重 " in shown  # the weights criterion keeps its name
    out = tmp_path / "board.html"
    assert runner.invoke(app, ["report", "--html", str(out), "--lang", "zh"]).exit_code == 0
    assert "（分值 20）" in out.read_text() and "（权重 20）" not in out.read_text()


def test_the_list_footer_names_the_column_as_its_header_does():
    shown = runner.invoke(app, ["list", "--lang", "zh"], env={"COLUMNS": "200"}).output
    header = next(line for line in shown.splitlines() if "出处" in line and "┃" in line)
    footer = shown.strip().splitlines()[-1]
    assert header and footer.startswith("“出处”") and "来源" not in footer


def test_chinese_help_joins_lines_without_a_space_between_chinese_characters():
    gap = re.compile(r"[\u4e00-\u9fff，。；：、）] +[\u4e00-\u9fff（，]")
    for command in ("rate", "diff", "list", "compare", "report", "sources", "license", "validate", "info", "badge"):
        shown = runner.invoke(app, [command, "--help", "--lang", "zh"], env={"COLUMNS": "100"}).output
        assert not gap.findall(shown), (command, gap.findall(shown))
    assert "Rate one model: verdict, score, and per criterion" in runner.invoke(app, ["rate", "--help"]).output


def test_suggested_wording_is_used():
    result = runner.invoke(app, ["rate", "nosuch", "--lang", "zh"])
    assert result.exit_code == 2 and "找不到模型“nosuch”" in result.output
    shown = runner.invoke(app, ["rate", "llama-3", "--rubric", "eosai", "--lang", "zh"], env={"COLUMNS": "300"}).output
    assert "该指数未评定此项" not in shown
