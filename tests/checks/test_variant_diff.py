"""`openscore diff` compares variants too: a variant added, or its license changed, is a score change."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.rubrics import available

FIXTURE_DATA = Path(__file__).parent.parent / "fixtures" / "models.yaml"
runner = CliRunner()
VARIANT = """    variants:
      - id: acme-open-70b
        name: Acme Open 70B
        artifacts:
          weights: {status: open, license: LICENSE, url: "https://example.org/acme/70b"}
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", *args],
                   cwd=repo, check=True, capture_output=True)


def with_variant(text: str, license: str) -> str:
    anchor = '      preprint: {status: open, url: "https://arxiv.org/abs/0000.00000"}\n'
    assert text.count(anchor) == 1
    return text.replace(anchor, anchor + VARIANT.replace("LICENSE", license))


def test_a_variants_license_change_shows_in_diff(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "rubrics").mkdir()
    original = FIXTURE_DATA.read_text()
    (tmp_path / "data" / "models.yaml").write_text(with_variant(original, "Apache-2.0"))
    shutil.copy(available()["openscore"], tmp_path / "rubrics" / "openscore.yaml")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "data")
    (tmp_path / "data" / "models.yaml").write_text(with_variant(original, "llama3"))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["diff", "data/models.yaml", "rubrics/openscore.yaml", "--base", "HEAD", "--format", "json"])
    assert result.exit_code == 0, result.output
    (change,) = json.loads(result.output)["rubrics"][0]["changes"]
    assert change["model_id"] == "acme-open-70b" and change["change"] == "changed"
    assert change["new"]["score"] < change["old"]["score"]
