"""validate's findings under --lang zh: schema messages, license and name findings, YAML errors, rubric rules, all in
Chinese with file:line kept; the same files under English say what they always said."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app
from tests.i18n.chinese import leftover_english

runner = CliRunner()
V = "tests/fixtures/validate/"

CASES = [
    (["schema.yaml"], ["schema.yaml:7:5: 错误：schema-model：未知的键“colour”", "不允许 'opne'；是不是“open”？",
                       "no-family：缺少必填的键“family”"]),
    (["url.yaml"], ["url-model：artifacts.weights.url：网址必须以 http:// 或 https:// 开头"]),
    (["license.yaml"], ["openscore 不认识许可证“Apache-2.1”；相近的有：Apache-2.0", "或者写 `unknown` 并加注说明"]),
    (["names-a.yaml", "names-b.yaml"], ["id“alpha”重复（第一次出现在 tests/fixtures/validate/names-a.yaml:2）",
                                        "“beta”的别名“gamma”与“gamma”的 id 重名"]),
    (["rubric-verdicts.yaml"], ["结论“too-high”永远不会被选中：它的条件永远不成立"]),
    (["rubric-total.yaml"], ["各评估项分值之和为 90（60 + 30），与声明的总分 100 不符"]),
    (["malformed.yaml"], ["malformed.yaml:3:9: 错误：YAML 格式错误：缺少应有的 ',' 或 ']'"]),
]
IDS = ("schema-model", "no-family", "url-model", "license-model", "Apache-2.1", "Not-A-License-At-All", "The-Alpha", "ORG/alpha",
       "alpha", "beta", "gamma", "open-again", "too-high", "after-rest", "rest", "colour", "opne", "family",
       "{KEY: {name, url, class, content_types}}")


def words_shown(output: str) -> list[str]:
    """The English words left once file paths (file:line:column) and keys (artifacts.weights.url) are taken out."""
    import re

    return leftover_english(re.sub(r"[\w./-]+\.(?:yaml|md)(?::\d+)*|\bartifacts(?:\.\w+)+", " ", output), *IDS)


@pytest.mark.parametrize(("files", "said"), CASES, ids=lambda v: v[0] if isinstance(v[0], str) and v[0].endswith("yaml") else "")
def test_findings_are_chinese(files, said):
    result = runner.invoke(app, ["validate", *(V + f for f in files), "--lang", "zh"], env={"COLUMNS": "200"})
    assert result.exit_code in (1, 2), result.output
    for text in said:
        assert text in result.output
    assert words_shown(result.output) == []


def test_english_findings_are_unchanged():
    result = runner.invoke(app, ["validate", V + "schema.yaml", V + "license.yaml", "--lang", "en"], env={"COLUMNS": "200"})
    assert "schema.yaml:7:5: error: schema-model: unknown key 'colour'" in result.output
    assert "license-model: license 'Apache-2.1' is not one openscore recognises; close matches: Apache-2.0" in result.output


def test_a_broken_data_file_stops_rate_with_chinese_lines():
    result = runner.invoke(app, ["rate", "x", "--data", V + "schema.yaml", "--lang", "zh"])
    assert result.exit_code == 2
    assert "openscore：tests/fixtures/validate/schema.yaml:7:5: 错误：schema-model：未知的键“colour”" in result.output
    assert "openscore：附注：tests/fixtures/validate/schema.yaml 未通过检查：请运行 `openscore validate` 查看完整列表" in result.output
    assert words_shown(result.output) == []
