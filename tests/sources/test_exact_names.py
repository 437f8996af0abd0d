"""An exact id wins over a loose match in any source, and a name that picks one release of a family says so."""

from __future__ import annotations

import datetime as dt

from fake_source import FakeSource as Fake
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.domain.evidence import ModelEntry
from openscore.sources.catalog import SourceCatalog

runner = CliRunner()


def entry(id: str, **fields: object) -> ModelEntry:
    return ModelEntry.model_validate({"id": id, "name": fields.pop("name", id), "organization": "Org",
                                      "family": fields.pop("family", id.split("-")[0]), "last_reviewed": dt.date(2025, 1, 1), **fields})


def test_a_record_shown_under_an_id_wins_over_a_record_of_that_id_folded_into_another_release():
    # mot holds 'zeta' twice (the second a duplicate of zeta-33b, same repo); osai-index holds its own 'zeta'
    mot = Fake("mot", [entry("zeta-33b", hf_repos=["org/zeta-33b"]), entry("zeta", hf_repos=["org/zeta-33b"])])
    osai = Fake("osai-index", [entry("zeta", hf_repos=["org/zeta-v2"])])
    catalog = SourceCatalog([], database_sources=[mot, osai])
    shown = {catalog.handle(e) for e in catalog.entries}
    assert "zeta" in shown  # `list` shows the osai-index record as plain 'zeta' ...
    found = catalog.find("zeta")
    assert found is osai.entries()[0]  # ... and `rate zeta` rates that record
    assert catalog.find("mot:zeta") is mot.entries()[1]


def test_an_exact_record_id_still_wins_when_it_is_its_own_release():
    mot = Fake("mot", [entry("zeta")])
    osai = Fake("osai-index", [entry("zeta", hf_repos=["org/zeta-v2"])])
    catalog = SourceCatalog([], database_sources=[mot, osai])
    assert catalog.find("zeta") is mot.entries()[0]


def data_file(tmp_path):
    item = "  - {{id: {0}, name: {1}, organization: Z, family: zeta, last_reviewed: 2026-01-01{2}}}\n"
    path = tmp_path / "models.yaml"
    path.write_text("models:\n" + item.format("zeta-1", "Zeta One", ", aliases: [zeta]") + item.format("zeta-2", "Zeta Two", "")
                    + item.format("zeta-3", "Zeta Three", ""))
    return path


def test_a_name_that_is_one_release_and_the_family_says_so_naming_the_others(tmp_path):
    result = runner.invoke(app, ["rate", "zeta", "--data", str(data_file(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "Zeta One (zeta-1)" in result.stdout
    assert result.stderr.splitlines() == ["openscore: 'zeta' is Zeta One (zeta-1), one release of the zeta family; the others: "
                                          "zeta-2, zeta-3 (`openscore list --family zeta`)"]


def test_an_id_of_no_family_name_says_nothing(tmp_path):
    result = runner.invoke(app, ["rate", "zeta-2", "--data", str(data_file(tmp_path))])
    assert result.exit_code == 0 and result.stderr == ""


def test_the_bundled_falcon_and_mistral_say_which_release_they_are():
    assert runner.invoke(app, ["rate", "gemma"]).stderr == ""  # its own id: what `list` shows
    for name, others in (("falcon", "falcon-180b"), ("mistral", "mistral-large-2")):
        result = runner.invoke(app, ["rate", name])
        assert result.exit_code == 0, result.output
        assert f"one release of the {name} family" in result.stderr and others in result.stderr
