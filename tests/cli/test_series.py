"""A name of a whole series (通义千问, Qwen, llama) rates every release of it; a name of different things stays an error."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()
QWEN = {"qwen1.5", "qwen2", "qwen2.5", "qwen2.5-coder", "qwen2.5-vl", "qwen3", "qwen3-coder", "qwen3-vl"}


def test_chinese_series_name_rates_every_release_in_chinese():
    result = runner.invoke(app, ["rate", "通义千问", "--lang", "zh"], env={"COLUMNS": "80", "OPENSCORE_LANG": ""})
    assert result.exit_code == 0, result.output
    assert all(member in result.stdout for member in QWEN)
    assert "结论" in result.stdout and "开放权重" in result.stdout
    assert "“通义千问”指整个 qwen 系列（共 8 个版本）" in result.stderr and "openscore rate qwen3-vl" in result.stderr


def test_english_series_name_rates_the_same_releases_and_names_the_index_record():
    result = runner.invoke(app, ["rate", "Qwen", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert {c["model_id"] for c in json.loads(result.stdout)["scorecards"]} == QWEN
    assert "openscore rate osai-index:qwen" in result.stderr
    record = runner.invoke(app, ["rate", "osai-index:qwen", "--format", "json"])
    assert json.loads(record.stdout)["scorecards"][0]["source"]["name"] == "osai-index"


def test_a_series_of_ones_own_data_file(tmp_path):
    entry = "  - {{id: {0}, name: {0}, organization: Z, family: zeta, last_reviewed: 2026-01-01, released: {1}}}\n"
    data = tmp_path / "models.yaml"
    data.write_text("models:\n" + entry.format("zeta-1", "2024-01-01") + entry.format("zeta-2", "2025-01-01"))
    result = runner.invoke(app, ["rate", "Zeta", "--data", str(data), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert [line.split(",")[0] for line in result.stdout.splitlines()[1:]] == ["zeta-1", "zeta-2"]
    assert "`openscore rate zeta-2` (the newest)" in result.stderr


def test_a_name_of_different_things_is_still_an_error(tmp_path):
    entry = "  - {{id: {0}, name: Zeta, organization: Z, family: {1}, last_reviewed: 2026-01-01}}\n"
    data = tmp_path / "models.yaml"
    data.write_text("models:\n" + entry.format("zeta-one", "zeta-a") + entry.format("zeta-two", "zeta-b"))
    result = runner.invoke(app, ["rate", "Zeta", "--data", str(data)])
    assert result.exit_code == 2
    assert "'Zeta' could mean zeta-one, zeta-two; use one of these ids" in result.output


def test_a_series_under_every_rubric():
    result = runner.invoke(app, ["rate", "通义千问", "--rubric", "all", "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    pairs = [(c["model_id"], c["rubric_id"]) for c in document["scorecards"]]
    rubrics = ["openscore", "eosai", "eosai-2023", "mof", "osaid"]
    assert document["kind"] == "rubric-comparison" and pairs == [(m, r) for m in sorted(QWEN) for r in rubrics]
