"""Every curated Qwen release is found by the organization's Chinese names."""

from __future__ import annotations

import json

import pytest
import yaml
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.resources import bundled


@pytest.mark.parametrize("org", ["阿里巴巴", "阿里云", "阿里"])
def test_list_by_a_chinese_organization_name_finds_every_qwen_entry(org):
    entries = yaml.safe_load((bundled("data") / "models.yaml").read_text())
    entries = entries["models"] if isinstance(entries, dict) else entries
    qwen = {e["id"] for e in entries if e.get("family") == "qwen"}
    result = CliRunner().invoke(app, ["list", "--org", org, "--format", "json"])
    assert result.exit_code == 0, result.output
    found = {card["model_id"] for card in json.loads(result.output)["scorecards"]}
    assert "qwen3-vl" in qwen and qwen <= found, qwen - found
