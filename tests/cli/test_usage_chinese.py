"""Bad options and arguments under --lang zh: one line in Chinese, exit 2, the help named; English stays as it was."""

from __future__ import annotations

import pytest

from openscore.cli.app import for_arguments
from openscore.cli.lastresort import run
from tests.i18n.chinese import leftover_english


def main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """What `openscore ARGS` exits with and prints (in this process: as the command-line entry point runs it)."""
    code = run(for_arguments(args), args)
    out = capsys.readouterr()
    return code, out.out + out.err

CASES = [
    (["rate", "qwen2", "--bogus"], "没有这个选项：--bogus"),
    (["rate"], "缺少参数 MODEL"),
    (["import", "mof"], "缺少参数 FILE_OR_DIR"),
    (["report"], "缺少选项 --html"),
    (["rate", "qwen2", "--format", "nope"], "--format 的值无效：'nope' 不在可选值"),
    (["validate", "--max-age", "-1"], "--max-age 的值无效：应不小于 0"),
    (["validate", "--max-age", "abc"], "--max-age 的值无效：应为整数"),
    (["hub", "sync", "--jobs", "100"], "--jobs 的值无效：应不大于 64"),
    (["list", "--min-score", "x"], "--min-score 的值无效：应为数字"),
    (["rate", "a", "b"], "多出了参数：b"),
    (["nosuchcmd"], "没有“nosuchcmd”这个命令"),
    (["rate", "--rubric"], "选项 --rubric 需要一个值"),
    (["validate", "--strict=yes"], "选项 --strict 不接受值"),
]


@pytest.mark.parametrize(("args", "said"), CASES, ids=lambda a: " ".join(a) if isinstance(a, list) else "")
def test_usage_errors_are_chinese(args, said, capsys):
    code, output = main(["--lang", "zh", *args], capsys)
    assert code == 2
    line = output.strip()
    assert line.startswith("openscore：错误：") and said in line and "\n" not in line
    assert leftover_english(line, "FILE_OR_DIR", "MODEL", "nosuchcmd", "nope", "abc") == []


def test_usage_errors_under_a_chinese_locale_name_the_help(capsys, monkeypatch):
    for name, value in (("LANG", "zh_CN.UTF-8"), ("OPENSCORE_LANG", ""), ("LC_ALL", ""), ("LC_MESSAGES", "")):
        monkeypatch.setenv(name, value)
    code, output = main(["rate", "qwen2", "--bogus"], capsys)
    assert code == 2
    assert output.strip() == "openscore：错误：没有这个选项：--bogus（见 `openscore rate --help`）"


def test_english_usage_errors_read_no_catalog(capsys):
    from openscore import i18n

    code, output = main(["rate", "qwen2", "--bogus", "--lang", "en"], capsys)
    assert (code, output.strip()) == (2, "openscore: error: no such option: --bogus (see `openscore rate --help`)")
    assert i18n._translations is None
