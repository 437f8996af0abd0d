"""`hub sync`, `draft`, `rate org/name` and `import` under --lang zh: summaries, findings and instructions in Chinese."""

from __future__ import annotations

from fakehub import hub_fixture, isolate  # noqa: F401 (the `hub` fixture)
from typer.testing import CliRunner

isolate()  # before huggingface_hub is imported anywhere in this process

from openscore.cli.app import app  # noqa: E402
from tests.i18n.chinese import leftover_english  # noqa: E402

DATA = """models:
  - id: acme-7b
    name: Acme 7B
    organization: Acme
    family: acme
    hf_repos: [acme/Acme-7B, acme/gone]
    last_reviewed: 2026-11-01
    licenses: {distribution: Apache-2.0}
    artifacts:
      weights: {status: open, url: "https://huggingface.co/acme/Acme-7B"}
"""


def run(*args: str):
    return CliRunner().invoke(app, [*args, "--lang", "zh"], env={"COLUMNS": "200"})


def test_hub_sync_says_its_summary_and_findings_in_chinese(hub, tmp_path):
    hub.add("acme/Acme-7B", license="mit")
    data = tmp_path / "models.yaml"
    data.write_text(DATA)
    result = run("hub", "sync", "--data", str(data))
    assert result.exit_code == 3, result.output
    said = result.output.replace(hub.url, " ")
    assert "已从" in said and "同步 1 个条目的 2 个仓库：新获取 1 个" in said
    assert "1 个仓库无法检查：" in said and "acme/gone：Hub 上没有这个模型仓库" in said
    assert "Hub 与数据文件有 1 处不一致：" in said and "acme-7b：acme/Acme-7B：许可证：Hub 上的许可证标签是“mit”" in said
    assert leftover_english(said, "acme/gone", "acme/Acme-7B", "acme-7b", "HTTP 404", "Apache-2.0", "mit") == []


def test_draft_instructions_are_chinese_and_the_entry_is_data(hub):
    hub.add("acme/Acme-7B", license="mit")
    result = run("draft", "acme/Acme-7B")
    assert result.exit_code == 0, result.output
    comments = [line for line in result.stdout.splitlines() if line.startswith("#")]
    assert any("根据 Hugging Face Hub 上的证据起草" in c for c in comments)
    assert any("请逐条核对事实" in c for c in comments)
    assert "  - id: acme-7b" in result.stdout and "weights: {status: open, license: MIT" in result.stdout


def test_an_automatic_rating_says_where_its_evidence_came_from_in_chinese(hub):
    hub.add("acme/Acme-7B", license="mit")
    result = run("rate", "acme/Acme-7B")
    assert result.exit_code == 0, result.output
    assert "Hub 证据：" in result.stdout and "未经人工审核" in result.stdout and "Hub 上没有相关信息，记为未知" in result.stdout
    assert "来自 Hub：权重文件 model.safetensors，许可证标签 mit" in result.stdout and "weight files" not in result.stdout


def test_import_reports_in_chinese():
    result = run("import", "mof", "tests/fixtures/frameworks/mof/missing-producer.yml")
    assert result.exit_code == 0, result.output
    assert "release.producer 缺失或为空；机构记为“unknown”" in result.output
    assert "openscore：1 条记录中导入了 1 条" in result.output
    assert "# 由 `openscore import mof` 从 Model Openness Tool 的 1 条记录导入。" in result.output
