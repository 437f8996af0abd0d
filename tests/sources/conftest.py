"""A small Model Openness Tool checkout (synthetic records, our own words) for update and link tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

RECORD = """framework:
  name: 'Model Openness Framework'
  version: '1.0'
release:
  name: {name}
  date: '2025-03-01'
  license:
    distribution: {{name: Apache-2.0}}
  producer: {producer}
  huggingface: 'https://huggingface.co/{repo}'
  components:
    - name: 'Model parameters (Final)'
      component_path: 'https://huggingface.co/{repo}'
    - name: 'Model card'
      component_path: 'https://huggingface.co/{repo}/blob/main/README.md'
"""


@pytest.fixture
def mot_checkout(tmp_path: Path) -> Path:
    """A git checkout holding three MOT records: two good, one whose release is no mapping (skipped, located)."""
    root = tmp_path / "mot"
    (root / "models").mkdir(parents=True)
    (root / "models" / "Acme-7B.yml").write_text(RECORD.format(name="Acme-7B", producer="Acme Labs", repo="acme/Acme-7B"))
    (root / "models" / "Falcon-40B.yml").write_text(RECORD.format(name="Falcon-40B", producer="TII", repo="tiiuae/falcon-40b"))
    (root / "models" / "Broken.yml").write_text("framework:\n  name: 'Model Openness Framework'\nrelease: [not, a, mapping]\n")
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git[:3], "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "records", "--date", "2025-04-01T00:00:00Z"], check=True,
                   env={"GIT_COMMITTER_DATE": "2025-04-01T00:00:00Z", "PATH": "/usr/bin:/bin"})
    return root


@pytest.fixture
def snapshot_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty user snapshot directory: the bundled snapshots are used until something is written here."""
    folder = tmp_path / "snapshots"
    folder.mkdir()
    monkeypatch.setenv("OPENSCORE_SNAPSHOT_DIR", str(folder))
    monkeypatch.delenv("OPENSCORE_DATA", raising=False)
    return folder
