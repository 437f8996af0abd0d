"""Names users try: `import mot` (the source's name), close rubric names, unknown licenses; --data DIR."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()
FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_import_mot_is_the_mof_importer(tmp_path):
    record = sorted((FIXTURES / "frameworks" / "mof").glob("*.y*ml"))[0]
    by_mof = runner.invoke(app, ["import", "mof", str(record), "--reviewed", "2026-01-01"])
    by_mot = runner.invoke(app, ["import", "mot", str(record), "--reviewed", "2026-01-01"])
    assert by_mof.exit_code == 0 and "models:" in by_mof.stdout, by_mof.output
    assert (by_mot.exit_code, by_mot.stdout) == (by_mof.exit_code, by_mof.stdout), by_mot.output


def test_a_close_rubric_name_is_suggested():
    result = runner.invoke(app, ["rubric", "show", "openscor"])
    assert result.exit_code == 2
    assert "no rubric 'openscor'; did you mean openscore? installed: " in result.stderr


def test_an_unknown_license_points_at_the_list():
    result = runner.invoke(app, ["license", "nosuch-lic"])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("`openscore licenses` lists the ones it knows")


def test_data_directory_reads_its_data_files(tmp_path):
    folder = tmp_path / "facts"
    folder.mkdir()
    shutil.copy(FIXTURES / "models.yaml", folder / "releases.yaml")
    (folder / "notes.yaml").write_text("other: 1\n")  # YAML without `models:` is left alone, as [tool.openscore] data does
    result = runner.invoke(app, ["rate", "acme-open", "--data", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Acme Open 7B" in result.stdout
    assert "not a regular file" not in result.output


def test_a_data_directory_without_data_files_is_one_line(tmp_path):
    result = runner.invoke(app, ["list", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"openscore: error: {tmp_path}: directory holds no data file (*.yaml with a top-level `models:` key)\n"
