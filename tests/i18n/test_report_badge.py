"""The HTML report and badges in Chinese; both languages side by side with a switch."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()


def test_report_in_every_language_links_the_pages(tmp_path):
    out = tmp_path / "board.html"
    result = runner.invoke(app, ["report", "--html", str(out), "--every-language"])
    assert result.exit_code == 0, result.output
    english, chinese = out.read_text(), (tmp_path / "board.zh.html").read_text()
    assert '<html lang="en">' in english and '<html lang="zh-CN">' in chinese
    assert '<a href="board.zh.html" hreflang="zh-CN">中文</a>' in english and "<b>English</b>" in english
    assert '<a href="board.html" hreflang="en">English</a>' in chinese and "<b>中文</b>" in chinese
    assert "AI 模型到底有多开放？" in chinese and "开放权重" in chinese and "How open are AI models?" not in chinese


def test_report_without_the_option_writes_one_page_without_a_switch(tmp_path):
    out = tmp_path / "board.html"
    assert runner.invoke(app, ["report", "--html", str(out), "--lang", "zh"]).exit_code == 0
    page = out.read_text()
    assert '<html lang="zh-CN">' in page and 'class="lang"' not in page and not (tmp_path / "board.zh.html").exists()


def test_badge_in_chinese():
    svg = runner.invoke(app, ["badge", "qwen2", "--lang", "zh"]).output
    assert 'aria-label="开放度: 56 · 开放权重"' in svg and "<title>通义千问2：开放权重" in svg
    shields = json.loads(runner.invoke(app, ["badge", "qwen2", "--format", "shields", "--lang", "zh"]).output)
    assert shields["label"] == "开放度" and shields["message"] == "56 · 开放权重"
    english = json.loads(runner.invoke(app, ["badge", "qwen2", "--format", "shields", "--lang", "en"]).output)
    assert (english["label"], english["message"]) == ("openness", "56 · open-weights")
