"""A note counts as Chinese only when it is mostly written in Chinese, not when it names a Chinese model."""

from __future__ import annotations

from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.domain.scorer import chinese_text


def test_an_english_note_naming_a_chinese_model_is_english():
    assert not chinese_text("An 80B-parameter mixture-of-experts model, the 混元 family's smaller sibling.")
    assert chinese_text("Apache-2.0 覆盖 0.5B、1.5B、7B 和 57B-A14B；72B 模型见变体 qwen2-72b。")
    assert not chinese_text("Apache-2.0 only")


def test_chinese_rate_hides_the_english_note_of_hunyuan_a13b():
    result = CliRunner().invoke(app, ["rate", "hunyuan-a13b", "--lang", "zh"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "mixture-of-experts" not in result.output
    assert "mixture-of-experts" in CliRunner().invoke(app, ["rate", "hunyuan-a13b", "--lang", "en"], env={"COLUMNS": "200"}).output
