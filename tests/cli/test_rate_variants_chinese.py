"""How a family's variants differ, said in Chinese: artifact kinds as words, not ids."""

from __future__ import annotations

from typer.testing import CliRunner

from openscore.cli.app import app


def test_variant_differences_name_artifacts_in_chinese():
    result = CliRunner().invoke(app, ["rate", "qwen2.5-3b", "--lang", "zh"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "qwen2.5（通义千问2.5）的变体：权重、微调权重采用 qwen-research（家族为 Apache-2.0）" in result.stdout
    assert "finetuned_weights" not in result.stdout
