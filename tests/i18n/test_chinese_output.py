"""Under --lang zh, what a person reads is Chinese: no English word but identifiers and proper names.

Tables are rendered wide (nothing wraps, so identifiers stay whole for the allow-list) and at 80
columns (double-width characters aligned, no line wider than the terminal).
"""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from openscore.cli.app import app
from tests.i18n.chinese import leftover_english

runner = CliRunner()

COMMANDS = [
    ["rate", "qwen2"],
    ["rate", "llama-3"],
    ["rate", "olmo"],
    ["rate", "glm-4"],
    ["rate", "deepseek-r1"],
    ["rate", "mistral-7b", "--rubric", "osaid"],
    ["compare", "qwen2", "glm-4", "glm-4-9b"],
    ["list"],
    ["list", "--rubric", "osaid"],
    ["rubrics"],
    ["rubric", "show", "openscore"],
    ["rubric", "show", "osaid"],
    ["license", "llama3.1"],
    ["license", "qwen"],
    ["license", "CC-BY-NC-4.0"],
    ["license", "Apache-2.0 AND llama3"],
    ["licenses"],
    ["validate"],
    ["rate", "qwen2", "--rubric", "mof"],
    ["rate", "llama-3", "--rubric", "eosai"],
    ["rate", "qwen2", "--rubric", "all"],
    ["rubric", "show", "mof"],
    ["rubric", "show", "eosai"],
    ["list", "--rubric", "mof"],
]


def run(args: list[str], columns: int, *more: str) -> str:
    result = runner.invoke(app, [*args, *more], env={"COLUMNS": str(columns), "NO_COLOR": "1", "OPENSCORE_LANG": ""})
    assert result.exit_code in (0, 1), result.output
    return result.output


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_chinese_tables_have_no_untranslated_english(args):
    output = run(args, 1000, "--lang", "zh")
    asked = [arg for arg in args[1:] if " AND " in arg]  # an expression the user typed: shown back as typed
    assert leftover_english(output, *asked) == []


@pytest.mark.parametrize("args", [c for c in COMMANDS if c != ["validate"]], ids=" ".join)  # validate: file:line lines, no table
def test_chinese_tables_fit_80_columns(args):
    output = run(args, 80, "--lang", "zh")
    too_wide = [line for line in output.splitlines() if cell_len(line) > 80 and not line.startswith("[")]  # [n] URL lines stay whole
    assert too_wide == []


def test_the_check_finds_english():
    assert leftover_english("权重：released，llama3 属于受限许可") == ["released"]
    assert leftover_english("见 https://example.org/released 和 --rubric") == []


def test_locale_chooses_chinese_and_option_wins():
    chinese = runner.invoke(app, ["compare", "qwen2", "glm-4"], env={"LANG": "zh_CN.UTF-8", "OPENSCORE_LANG": "", "LC_ALL": ""})
    assert "评估项" in chinese.output and "开放权重" in chinese.output
    english = runner.invoke(app, ["compare", "qwen2", "glm-4", "--lang", "en"], env={"LANG": "zh_CN.UTF-8", "LC_ALL": ""})
    assert "Criterion" in english.output and "评估项" not in english.output


def test_help_is_chinese_whatever_the_order():
    for args in (["rate", "--help", "--lang", "zh"], ["rate", "--lang", "zh", "--help"]):
        result = runner.invoke(app, args)
        assert "给一个模型评分" in result.output and "用法：" in result.output and "选项" in result.output


def test_english_reads_no_catalog_and_shows_no_chinese():
    from openscore import i18n

    output = run(["rate", "qwen2"], 1000, "--lang", "en")
    assert i18n.current() == "en" and i18n._translations is None
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in output)
