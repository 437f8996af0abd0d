"""`same_as:` on curated entries: validated against the snapshots, with file:line."""

from __future__ import annotations

from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()
DATA = """models:
- id: acme-3
  name: Acme 3
  organization: Acme
  family: acme
  last_reviewed: 2026-01-01
  same_as: [mot:gpt-oss-120b, mot:no-such-record, nodb:x]
  artifacts:
    weights: {status: open, license: MIT, url: 'https://example.org/w'}
- id: acme-4
  name: Acme 4
  organization: Acme
  family: acme
  last_reviewed: 2026-01-01
  same_as: [mot:gpt-oss-120b]
"""


def test_same_as_to_a_missing_record_or_database_is_a_located_error(tmp_path):
    path = tmp_path / "models.yaml"
    path.write_text(DATA)
    result = runner.invoke(app, ["validate", str(path), "--max-age", "0"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{path}:7:31: error: same_as 'mot:no-such-record': the mot snapshot has no record 'no-such-record'" in lines[0]
    assert "no database 'nodb'" in lines[1] and ":7:" in lines[1]
    assert "same_as 'mot:gpt-oss-120b' is already claimed by 'acme-3'" in lines[2] and ":15:" in lines[2]


def test_same_as_links_the_record_to_the_curated_entry(tmp_path):
    path = tmp_path / "models.yaml"
    path.write_text(DATA.split("- id: acme-4")[0].replace(", mot:no-such-record, nodb:x", ""))
    result = runner.invoke(app, ["rate", "gpt-oss-120b", "--data", str(path), "-s", "curated", "-s", "mot", "--sources", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert '"name": "mot:gpt-oss-120b"' in result.stdout and '"linked_by": "same_as"' in result.stdout
    assert '"release": "acme-3"' in result.stdout  # the record answers as the curated entry that claims it


def test_the_bundled_data_file_validates_with_its_links():
    result = runner.invoke(app, ["validate", "--max-age", "0"])
    assert "same_as" not in result.stdout, result.stdout
