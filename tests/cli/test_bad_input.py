"""Every bad input: a one-line message with file:line:column, exit 2, never a traceback."""

from __future__ import annotations

import re
import time

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()
ENTRY = """  - id: {id}
    name: N
    organization: O
    family: f
    last_reviewed: 2026-01-01
"""


def rate(data, *extra: str):
    return runner.invoke(app, ["rate", "x", "--data", str(data), *extra])


def write(tmp_path, text: str, name: str = "models.yaml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def lines(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.strip()]


def test_malformed_yaml_points_at_line_and_column(tmp_path):
    result = rate(write(tmp_path, "models:\n  - id: [x\n    name: y\n"))
    assert result.exit_code == 2
    assert re.search(r"models\.yaml:\d+:\d+: error: malformed YAML", result.output)
    assert "Traceback" not in result.output


def test_unknown_keys_are_errors_with_position(tmp_path):
    text = "models:\n" + ENTRY.format(id="x") + "    colour: blue\n"
    result = rate(write(tmp_path, text))
    assert result.exit_code == 2
    assert "models.yaml:7:5: error: x: unknown key 'colour'" in result.output


def test_all_schema_errors_are_reported_at_once(tmp_path):
    text = ("models:\n" + ENTRY.format(id="x") + "    artifacts:\n      weights: {status: maybe}\n"
            "      telepathy: {status: open}\n" + "  - id: Bad Id\n    name: N\n")
    result = rate(write(tmp_path, text))
    assert result.exit_code == 2
    out = result.output
    assert "models.yaml:8:25:" in out and "status" in out
    assert "telepathy" in out
    assert "id" in out and "organization" in out
    assert len(lines(result)) >= 4


def test_non_http_evidence_url_is_rejected(tmp_path):
    text = "models:\n" + ENTRY.format(id="x") + "    artifacts:\n      weights: {status: open, url: 'javascript:alert(1)'}\n"
    result = rate(write(tmp_path, text))
    assert result.exit_code == 2 and "url must start with http" in result.output


def test_duplicate_ids_and_aliases(tmp_path):
    text = "models:\n" + ENTRY.format(id="x") + "    aliases: [shared]\n" + ENTRY.format(id="x") + ENTRY.format(id="y") + "    aliases: [SHARED]\n"
    result = rate(write(tmp_path, text))
    assert result.exit_code == 2
    assert "duplicate id 'x'" in result.output
    assert "alias 'SHARED' of 'y' is also a name of 'x'" in result.output  # the one message of domain.names, as validate says it
    assert "models.yaml:8:9: error: duplicate id" in result.output and "models.yaml:18:15:" in result.output


def test_duplicate_across_two_files(tmp_path):
    a = write(tmp_path, "models:\n" + ENTRY.format(id="x"), "a.yaml")
    b = write(tmp_path, "models:\n" + ENTRY.format(id="x"), "b.yaml")
    result = runner.invoke(app, ["rate", "x", "--data", str(a), "--data", str(b)])
    assert result.exit_code == 2 and "b.yaml:2:" in result.output


def test_python_tags_are_rejected(tmp_path):
    result = rate(write(tmp_path, "models: !!python/object/apply:os.system ['echo pwned']\n"))
    assert result.exit_code == 2 and "is not allowed" in result.output


def test_alias_bomb_is_rejected_quickly(tmp_path):
    lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        lol.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    started = time.perf_counter()
    result = rate(write(tmp_path, "\n".join(lol) + "\n"))
    assert time.perf_counter() - started < 1
    assert result.exit_code == 2 and "alias bomb" in result.output


def test_missing_data_file(tmp_path):
    result = rate(tmp_path / "nope.yaml")
    assert result.exit_code == 2 and "cannot read data file" in result.output


def test_not_a_data_file(tmp_path):
    result = rate(write(tmp_path, "- just\n- a list\n"))
    assert result.exit_code == 2 and "list under 'models'" in result.output


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("  - {id: w, name: W, description: d, weight: 1, artifacts: [telepathy]}\n", "telepathy"),
        ("  - {id: w, name: W, description: d, weight: 1, artifacts: [weights], license: cool-license}\n", "cool-license"),
        ("  - {id: w, name: W, description: d, weight: 1, artifacts: [weights]}\n"
         "verdicts:\n  - {id: v, label: v, description: d, when: {criterion: nope, at_least: open}}\n", "unknown criterion 'nope'"),
    ],
)
def test_bad_rubric_is_reported_with_position(tmp_path, fixture_data, body, message):
    path = write(tmp_path, "id: r\nname: R\nversion: '1'\ndescription: d\ncriteria:\n" + body, "rubric.yaml")
    result = runner.invoke(app, ["rate", "acme", "--data", str(fixture_data), "--rubric", str(path)])
    assert result.exit_code == 2
    assert re.search(r"rubric\.yaml:\d+:\d+: error: .*" + re.escape(message), result.output), result.output


def test_unknown_format_is_a_usage_error(fixture_data):
    result = runner.invoke(app, ["rate", "acme", "--data", str(fixture_data), "--format", "pdf"])
    assert result.exit_code == 2
