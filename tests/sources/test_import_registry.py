"""`openscore import` subcommands come from the importer registry: one per format, nothing by hand."""

from __future__ import annotations

from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.sources.importers import FORMATS

runner = CliRunner()


def test_every_registered_importer_is_a_subcommand(monkeypatch):
    result = runner.invoke(app, ["import", "--help"], env={"COLUMNS": "200"})
    for fmt, title in FORMATS.items():
        assert f"  {fmt} " in result.stdout and title.split()[0] in result.stdout


def test_a_new_registry_line_is_a_new_subcommand(monkeypatch):
    import importlib

    import typer

    from openscore.cli import import_cmd

    monkeypatch.setitem(FORMATS, "demo", "Demo Database")
    importlib.reload(import_cmd)
    root = typer.Typer()
    import_cmd.register(root)
    result = runner.invoke(root, ["import", "demo", "--help"])
    assert result.exit_code == 0 and "Demo Database records" in result.stdout
    importlib.reload(import_cmd)
