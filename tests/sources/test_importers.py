"""`openscore import mof|eosai`: records of the two public databases in, openscore data out.

The expected results below are worked out by hand from each framework's published method (they are
also written at the top of each fixture); none is produced by openscore itself.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.domain.artifacts import ArtifactKind
from openscore.domain.scorer import score
from openscore.errors import OpenscoreError
from openscore.formats import render
from openscore.rubrics import load_rubric
from openscore.sources.datafile import DataFile
from openscore.sources.importers import ImportedSource, run

FIXTURES = Path(__file__).parents[1] / "fixtures" / "frameworks"
runner = CliRunner()


def resolve(text: str):
    from openscore.licenses import resolve as real

    return real(text)


def round_trip(fmt: str, path: Path, tmp_path: Path):
    """Import one record, write the data file, read it back with the data loader."""
    report = run(fmt, [path], resolve=resolve)
    assert [p for p in report.problems if p.severity == "error"] == []
    out = tmp_path / "imported.yaml"
    text = io.StringIO()
    render("yaml", "data-file", report.document(), text)
    out.write_text(text.getvalue())
    (entry,) = DataFile(out).entries()
    return entry, report


MOF_EXPECTED = {  # file -> (class reached, progress III, II, I) as the Model Openness Tool computes them
    "class-i-global.yml": ("class-i", 1.0, 1.0, 1.0),
    "class-i-paper-for-report.yml": ("class-i", 1.0, 1.0, 1.0),
    "class-i-one-short.yml": ("class-ii", 1.0, 1.0, 13 / 14),
    "class-ii-boundary.yml": ("class-ii", 1.0, 1.0, 10 / 14),
    "per-type-licenses.yml": ("class-ii", 1.0, 1.0, 10 / 14),
    "class-ii-one-short.yml": ("class-iii", 1.0, 0.9, 0.0),
    "class-iii-boundary.yml": ("class-iii", 1.0, 0.6, 0.0),
    "per-component-licenses.yml": (None, 5 / 6, 0.0, 0.0),
    "paper-not-open.yml": (None, 5 / 6, 0.0, 0.0),
    "unlicensed.yml": (None, 4 / 6, 0.0, 0.0),
    "missing-producer.yml": (None, 0.0, 0.0, 0.0),
    "loose-spelling.yml": (None, 0.0, 0.0, 0.0),
    "empty.yml": (None, 0.0, 0.0, 0.0),
    "wrong-type.yml": ("class-i", 1.0, 1.0, 1.0),
}


def test_every_mof_fixture_has_an_expected_result():
    assert sorted(p.name for p in (FIXTURES / "mof").iterdir()) == sorted(MOF_EXPECTED)


@pytest.mark.parametrize("name", sorted(MOF_EXPECTED))
def test_mof_round_trip_gives_the_tools_class_and_progress(name, tmp_path):
    entry, _ = round_trip("mof", FIXTURES / "mof" / name, tmp_path)
    card = score(entry, load_rubric("mof"), resolve)
    tier, *progress = MOF_EXPECTED[name]
    assert card.tier == tier
    assert [t.progress for t in card.tiers] == [round(p, 4) for p in progress]


EOSAI_EXPECTED = {"all-open.yaml": 14, "mixed.yaml": 8, "restricted.yaml": 4.5, "closed.yaml": 0, "odd-values.yaml": 11,
                  "no-org.yaml": 1}


def test_every_eosai_fixture_has_an_expected_result():
    assert sorted(p.name for p in (FIXTURES / "eosai-2023").iterdir()) == sorted(EOSAI_EXPECTED)


@pytest.mark.parametrize("name", sorted(EOSAI_EXPECTED))
def test_eosai_round_trip_gives_the_index_sum(name, tmp_path):
    entry, report = round_trip("eosai", FIXTURES / "eosai-2023" / name, tmp_path)
    card = score(entry, load_rubric("eosai-2023"), resolve)
    assert card.score == EOSAI_EXPECTED[name]
    assert card.percent == round(100 * EOSAI_EXPECTED[name] / 14, 1)
    assert not [p for p in report.problems if "the index gives" in p.message]


def test_mof_keeps_every_license_and_link_and_where_it_came_from():
    (wren,) = run("mof", [FIXTURES / "mof" / "per-component-licenses.yml"], resolve=resolve).imported
    arch = wren.entry.artifacts["architecture_code"]
    assert arch.license == "MIT" and arch.status.value == "open"
    assert "https://example.org/wren/LICENSE" in arch.notes
    assert arch.url == "https://example.org/wren-2b/code"  # the release repository, for code with no path of its own
    assert wren.entry.artifacts["weights"].license == "Llama 3.1 Community License Agreement"
    assert wren.entry.hf_repos == ("example/Wren-2B",)
    assert arch.source.startswith("Model Openness Tool record per-component-licenses.yml:") and "'Model architecture'" in arch.source
    assert wren.entry.artifacts["pretraining_data"].status.value == "closed"  # not listed: not included


def test_mof_global_licenses_are_kept_and_the_tools_type_rule_is_written_out():
    (finch,) = run("mof", [FIXTURES / "mof" / "per-type-licenses.yml"], resolve=resolve).imported
    assert finch.entry.licenses.model_dump() == {"distribution": "Llama 3.1 Community License Agreement", "code": "MIT",
                                                 "data": "CDLA-Permissive-2.0", "document": "CC-BY-4.0"}
    # the tool files parameters under data: the data license applies, not the distribution license
    assert finch.entry.artifacts["weights"].license == "CDLA-Permissive-2.0"
    assert finch.entry.license_for(ArtifactKind.TRAINING_CODE) == ("MIT", "release code license")
    assert finch.entry.artifacts["model_card"].license is None  # same answer either way: left to the release license


def test_mof_unlicensed_components_do_not_inherit():
    (lark,) = run("mof", [FIXTURES / "mof" / "unlicensed.yml"], resolve=resolve).imported
    for kind in ("model_card", "data_card"):  # empty in the record means the same as unlicensed
        fact = lark.entry.artifacts[kind]
        assert (fact.status.value, fact.license) == ("unknown", "unlicensed")  # no license, no link: not said to be published
    card = score(lark.entry, load_rubric("mof"), resolve)
    assert card.criterion("model_card").level == "unknown" and card.criterion("data_card").level == "unknown"


def test_mof_unlicensed_without_release_licenses_is_simply_unlicensed(tmp_path):
    record = (FIXTURES / "mof" / "class-iii-boundary.yml").read_text()
    record = record.replace("  license:\n    distribution:\n      name: MIT\n      path: ''\n", "")
    record = record.replace("description: Intended use and limits", "description: Intended use and limits\n    license: unlicensed")
    (tmp_path / "robin.yml").write_text(record)
    report = run("mof", [tmp_path / "robin.yml"], resolve=resolve)
    card_fact = report.imported[0].entry.artifacts["model_card"]
    assert card_fact.license is None and "unlicensed" in card_fact.notes and card_fact.status.value == "unknown"
    assert not any("have no link" in p.message for p in report.problems)  # nothing is said to be released: nothing to link


def test_mof_unlicensed_release_license_for_a_type_does_not_fall_back_to_distribution(tmp_path):
    record = (FIXTURES / "mof" / "class-iii-boundary.yml").read_text().replace(
        "  license:\n    distribution:", "  license:\n    code:\n      name: unlicensed\n    distribution:")
    (tmp_path / "robin.yml").write_text(record)
    (robin,) = run("mof", [tmp_path / "robin.yml"], resolve=resolve).imported
    assert robin.entry.licenses.code == "unlicensed"
    card = score(robin.entry, load_rubric("mof"), resolve)
    assert card.criterion("model_architecture").level == "unknown" and card.tier is None


def test_mof_fine_tuned_release_records_final_parameters_as_finetuned_weights():
    (gull,) = run("mof", [FIXTURES / "mof" / "wrong-type.yml"], resolve=resolve).imported
    assert "finetuned_weights" in {k.value for k in gull.entry.artifacts} and "weights" not in {k.value for k in gull.entry.artifacts}
    assert "instruct" in {t.value for t in gull.entry.type}
    card = score(gull.entry, load_rubric("mof"), resolve)
    assert any("pretraining_data: MIT" in f for f in card.criterion("datasets").flags)


def test_eosai_keeps_links_notes_and_the_license_judgement():
    (starling,) = run("eosai", [FIXTURES / "eosai-2023" / "mixed.yaml"], resolve=resolve).imported
    entry = starling.entry
    assert entry.artifacts["training_code"].status.value == "partial"
    assert entry.artifacts["training_code"].url == "https://example.org/evidence/code"
    assert entry.artifacts["training_code"].notes == "Inference and fine-tuning code only"
    assert entry.artifacts["data_card"].status.value == "unknown"  # empty class: not assessed
    assert entry.licenses.distribution == "MIT"
    judged = entry.judgements["eosai-2023.license"]
    assert (judged.status.value, judged.by, judged.url) == ("open", "the European Open Source AI Index", "https://example.org/evidence/lic")
    assert judged.notes == "MIT throughout"
    assert entry.hf_repos == ("example/Starling-7B-Instruct",)
    assert "dimension 'opencode'" in entry.artifacts["training_code"].source


def test_eosai_odd_values_score_zero_with_a_warning_each():
    report = run("eosai", [FIXTURES / "eosai-2023" / "odd-values.yaml"], resolve=resolve)
    messages = [p.message for p in report.problems]
    assert len(report.imported) == 1 and all(p.severity == "warning" for p in report.problems)
    assert any("'opne' is not open, partial or closed" in m for m in messages)
    assert any("'paper' is missing" in m for m in messages)


def test_eosai_keeps_the_index_license_grade_and_warns_where_openscore_reads_it_differently(tmp_path):
    record = (FIXTURES / "eosai-2023" / "restricted.yaml").read_text().replace("class: closed\n    link: https://example.org/evidence/lic",
                                                                          "class: open\n    link: https://example.org/evidence/lic")
    path = tmp_path / "judged-open.yaml"
    path.write_text(record)
    report = run("eosai", [path], resolve=resolve)
    assert len(report.imported) == 1
    assert not any("the index gives" in p.message for p in report.problems)  # the index's grade is the grade
    (own,) = [p.message for p in report.problems if "own reading" in p.message]
    assert own.startswith("license: the index judges it open; openscore's own reading from the artifacts gives closed")
    (imported,) = report.imported
    card = score(imported.entry, load_rubric("eosai-2023"), resolve)
    assert card.score == 5.5 and card.criterion("license").level == "open"
    assert any("own reading from the artifacts gives closed" in f for f in card.criterion("license").flags)


def test_bad_records_get_one_located_message_each_and_the_rest_import():
    report = run("mof", [FIXTURES / "mof-bad", FIXTURES / "mof" / "class-iii-boundary.yml"], resolve=resolve)
    assert [i.entry.id for i in report.imported] == ["robin-13b"]
    errors = {Path(p.file).name: str(p) for p in report.problems if p.severity == "error"}
    assert set(errors) == {"malformed.yml", "unknown-component.yml", "not-a-record.yml"}
    assert "unknown-component.yml:19:13: error: unknown MOF component 'Model weights'" in errors["unknown-component.yml"]
    assert "Model parameters (Final)" in errors["unknown-component.yml"]  # the known names are listed
    assert "malformed YAML" in errors["malformed.yml"] and ":9:" in errors["malformed.yml"]
    assert "not a Model Openness Tool record" in errors["not-a-record.yml"]


def test_a_record_without_producer_imports_with_the_organization_unknown():
    report = run("mof", [FIXTURES / "mof" / "missing-producer.yml"], resolve=resolve)
    (orphan,) = report.imported
    assert orphan.entry.organization == "unknown"
    (warning,) = [str(p) for p in report.problems if "producer" in p.message]
    assert "missing-producer.yml:" in warning and "warning: release.producer is missing or empty" in warning


def test_eosai_bad_records(tmp_path):
    report = run("eosai", [FIXTURES / "eosai-bad", FIXTURES / "eosai-2023" / "closed.yaml", FIXTURES / "eosai-2023" / "no-org.yaml"],
                 resolve=resolve)
    assert [i.entry.id for i in report.imported] == ["vault-chat", "stray-model"]
    assert report.imported[1].entry.organization == "unknown"
    errors = {Path(p.file).name: p.message for p in report.problems if p.severity == "error"}
    assert errors.keys() == {"malformed.yaml", "no-project.yaml"}
    assert any("org.name is missing" in p.message and p.severity == "warning" for p in report.problems)


def test_two_records_with_one_name_both_import_the_second_under_its_file_name(tmp_path):
    for name in ("a.yml", "b.yml", "moth-0.5b.yml"):
        (tmp_path / name).write_text((FIXTURES / "mof" / "empty.yml").read_text())
    report = run("mof", [tmp_path], resolve=resolve)
    assert [i.entry.id for i in report.imported] == ["moth-0.5b", "b", "moth-0.5b-2"]
    assert any("id 'moth-0.5b' is already taken by the record in" in p.message and "imported as 'b'" in p.message
               for p in report.problems)


def test_cli_writes_data_the_loader_accepts_and_exits_2_on_bad_records(tmp_path):
    out = tmp_path / "models.yaml"
    result = runner.invoke(app, ["import", "mof", str(FIXTURES / "mof"), str(FIXTURES / "mof-bad" / "malformed.yml"), "--out", str(out)])
    assert result.exit_code == 2
    assert "malformed.yml:9:" in result.output and "imported 14 of 15 record(s)" in result.output
    assert "Traceback" not in result.output
    assert len(DataFile(out).entries()) == 14
    rated = runner.invoke(app, ["rate", "robin-13b", "--rubric", "all", "--data", str(out)], env={"COLUMNS": "250"})
    assert rated.exit_code == 0, rated.output
    assert "Class III - Open Model" in rated.output and "open weights" in rated.output


def test_cli_to_stdout_with_a_review_date(tmp_path):
    result = runner.invoke(app, ["import", "eosai", str(FIXTURES / "eosai-2023" / "all-open.yaml"), "--reviewed", "2026-01-31"])
    assert result.exit_code == 0, result.output
    document = yaml.safe_load(result.stdout)
    assert document["models"][0]["last_reviewed"] == dt.date(2026, 1, 31)
    assert document["models"][0]["id"] == "sparrow-chat"


def test_cli_missing_path_is_bad_input():
    result = runner.invoke(app, ["import", "eosai", "no/such/dir"])
    assert result.exit_code == 2
    assert "no/such/dir: error: no such file or directory" in result.output


def test_imported_records_are_an_entry_source():
    source = ImportedSource("eosai", [FIXTURES / "eosai-2023" / "closed.yaml"])
    assert [e.id for e in source.entries()] == ["vault-chat"]
    with pytest.raises(OpenscoreError, match="no 'system' \\(current\\) or 'project' \\(2023\\) mapping"):
        ImportedSource("eosai", [FIXTURES / "eosai-bad" / "no-project.yaml"]).entries()
