"""A Model Openness Tool record lists all 17 components as a template: the status of a listed component comes
from the license the tool applies to it, not from its being listed (openscore.sources.importers.mof)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.domain.artifacts import ArtifactKind
from openscore.domain.scorer import score
from openscore.licenses import resolve
from openscore.rubrics import load_rubric
from openscore.sources.importers import run
from openscore.sources.importers.mof import listed_status

runner = CliRunner()


@pytest.mark.parametrize(("license", "mot_type", "linked", "status"), [
    ("Apache-2.0", "code", False, "open"),
    ("Llama 3 Community License", "data", False, "open"),  # a license openscore does not know is still a license
    (None, "data", False, "unknown"),
    ("unlicensed", "document", False, "unknown"),
    ("", "code", False, "unknown"),
    ("unlicensed", "document", True, "open"),  # the record links it: published, with no license named
    ("Component not included", "data", False, "closed"),
    ("Component not include", "code", False, "closed"),
    ("Component not include.", "code", False, "closed"),
    ("Component Component not included", "data", False, "closed"),
    ("Component Not Include", "code", False, "closed"),
    ("Component not included but listed sources", "data", False, "closed"),
    ("  component   NOT included ", "data", False, "closed"),
    ("Component not included", "data", True, "unknown"),  # not included, yet linked: the record disagrees with itself
    ("Proprietary", "code", False, "closed"),
    ("Proprietary", "data", False, "closed"),
    ("proprietary", "document", False, "open"),  # a published paper or report under its owner's terms
    ("Undisclosed", "data", False, "unknown"),
    ("undisclosed", "document", True, "unknown"),
])
def test_status_of_a_listed_component_per_license_marker(license, mot_type, linked, status):
    got, note = listed_status(license, mot_type, linked)
    assert got == status
    assert (note is None) == (status == "open" and (license or "").lower() not in ("", "unlicensed", "proprietary"))


def _record(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.yml"
    path.write_text(textwrap.dedent(body))
    return path


def _import(path: Path):
    report = run("mof", [path], resolve=resolve)
    assert [p for p in report.problems if p.severity == "error"] == []
    (imported,) = report.imported
    return imported.entry, report


def _components(*rows: tuple[str, str | None]) -> str:
    out = ""
    for name, license in rows:
        out += f"    - name: '{name}'\n      description: d\n"
        if license is not None:
            out += f"      license: '{license}'\n"
    return out


FRAMEWORK = "framework:\n  name: Model Openness Framework\n  version: '1.0'\n  date: '2024-12-15'\n"
ALL_17 = ["Model architecture", "Data preprocessing code", "Training code", "Inference code", "Evaluation code",
          "Supporting libraries and tools", "Model parameters (Final)", "Model parameters (Intermediate)", "Datasets",
          "Evaluation data", "Model metadata", "Sample model outputs", "Model card", "Data card", "Technical report",
          "Research paper", "Evaluation results"]


def test_a_palm_like_record_all_unlicensed_has_no_released_artifact(tmp_path):
    body = FRAMEWORK + ("release:\n  name: Heron\n  date: '2025-01-01'\n  producer: Heron Labs\n  license: {  }\n"
                        "  components:\n" + _components(*[(n, "unlicensed") for n in ALL_17]))
    entry, report = _import(_record(tmp_path, "Heron", body))
    statuses = {kind.value: fact.status.value for kind, fact in entry.artifacts.items()}
    assert len(statuses) == 17 and set(statuses.values()) == {"unknown"}
    assert "unlicensed in the record" in entry.artifacts["weights"].notes
    assert not any("have no link" in p.message for p in report.problems)  # nothing said to be released: no link asked for
    card = score(entry, load_rubric("openscore"), resolve)
    assert card.verdict is not None and card.verdict.id == "closed" and card.score == 0
    assert score(entry, load_rubric("mof"), resolve).tier is None


def test_a_gpt4_like_record_proprietary_and_not_included_gives_closed_weights(tmp_path):
    body = FRAMEWORK + ("release:\n  name: Osprey-4\n  date: '2025-01-01'\n  producer: Osprey AI\n"
                        "  license:\n    distribution:\n      name: Proprietary\n      path: ''\n  components:\n"
                        + _components(("Model architecture", None), ("Model parameters (Final)", None),
                                      ("Model parameters (Intermediate)", "Proprietary"), ("Datasets", "Component Component not included"),
                                      ("Model metadata", "Component not include."), ("Evaluation results", None),
                                      ("Research paper", "arXiv.org perpetual non-exclusive license 1.0")))
    entry, report = _import(_record(tmp_path, "Osprey-4", body))
    facts = entry.artifacts
    weights = facts["weights"]
    assert weights.status.value == "closed" and "proprietary" in weights.notes
    assert entry.license_for(ArtifactKind.WEIGHTS)[0] == "Proprietary"  # the release license is kept
    assert (facts["checkpoints"].status.value, facts["checkpoints"].license) == ("closed", "Proprietary")
    assert facts["architecture_code"].status.value == "closed"
    for kind in ("pretraining_data", "training_config"):  # "not included" is a note, never a license
        assert (facts[kind].status.value, facts[kind].license) == ("closed", None)
        assert "not included" in facts[kind].notes
    assert facts["evaluation_results"].status.value == "open"  # a document: published under its owner's terms
    assert facts["preprint"].status.value == "open"
    assert not any("not one openscore recognises" in p.message and "not include" in p.message for p in report.problems)
    card = score(entry, load_rubric("openscore"), resolve)
    assert card.verdict is not None and card.verdict.id == "closed"


def test_an_olmo_like_record_with_open_licenses_is_unchanged(tmp_path):
    body = FRAMEWORK + ("release:\n  name: Plover-7B\n  date: '2025-01-01'\n  producer: Plover Institute\n"
                        "  repository: https://example.org/plover/code\n  huggingface: https://huggingface.co/plover/Plover-7B\n"
                        "  license:\n    distribution:\n      name: Apache-2.0\n      path: ''\n  components:\n"
                        + _components(("Model architecture", None), ("Training code", None), ("Inference code", None),
                                      ("Model parameters (Final)", None), ("Datasets", "ODC-By-1.0"), ("Model card", None),
                                      ("Research paper", "CC-BY-4.0")))
    entry, _ = _import(_record(tmp_path, "Plover-7B", body))
    listed = {"architecture_code", "training_code", "inference_code", "weights", "pretraining_data", "model_card", "preprint"}
    assert {k.value for k, f in entry.artifacts.items() if f.status.value == "open"} == listed
    assert entry.artifacts["weights"].url == "https://huggingface.co/plover/Plover-7B"
    assert entry.artifacts["pretraining_data"].license == "ODC-By-1.0"
    assert all(entry.artifacts[k].notes is None for k in entry.artifacts if k.value in listed)
    card = score(entry, load_rubric("openscore"), resolve)
    assert card.verdict is not None and card.verdict.id == "open-source"


def test_unlicensed_weights_with_a_hub_page_are_published_with_no_license(tmp_path):
    body = FRAMEWORK + ("release:\n  name: Tern-40B\n  date: '2025-01-01'\n  producer: Tern\n"
                        "  huggingface: https://huggingface.co/tern/Tern-40B\n  license: {  }\n  components:\n"
                        + _components(("Model parameters (Final)", "unlicensed"), ("Model card", "unlicensed")))
    entry, _ = _import(_record(tmp_path, "Tern-40B", body))
    weights = entry.artifacts["weights"]
    assert (weights.status.value, weights.url) == ("open", "https://huggingface.co/tern/Tern-40B")
    assert entry.artifacts["model_card"].status.value == "unknown"  # the Hub page is where the weights are, not the card
    card = score(entry, load_rubric("openscore"), resolve)
    assert card.verdict is not None and card.verdict.id == "restricted-weights"


def test_cli_import_of_a_gpt4_like_record_writes_closed_weights(tmp_path):
    body = FRAMEWORK + ("release:\n  name: Osprey-4\n  date: '2025-01-01'\n  producer: Osprey AI\n"
                        "  license:\n    distribution:\n      name: Proprietary\n      path: ''\n  components:\n"
                        + _components(("Model parameters (Final)", None), ("Model card", "unlicensed")))
    result = runner.invoke(app, ["import", "mof", str(_record(tmp_path, "Osprey-4", body))])
    assert result.exit_code == 0, result.output
    (written,) = yaml.safe_load(result.stdout)["models"]
    assert written["artifacts"]["weights"]["status"] == "closed"
    assert written["artifacts"]["model_card"]["status"] == "unknown"


def test_bundled_snapshot_closed_models_are_not_said_to_release_weights():
    for name in ("palm", "mot:gpt-4", "palm-2", "mot:gpt-3.5", "dou-bao"):
        result = runner.invoke(app, ["rate", name, "--format", "json"])
        assert result.exit_code == 0, result.output
        (card,) = json.loads(result.stdout)["scorecards"]
        assert card["verdict"]["id"] == "closed", name
    palm = json.loads(Path(__file__).parents[2].joinpath("data", "sources", "mot.json").read_text())
    (record,) = [e["entry"] for e in palm["entries"] if e["entry"]["id"] == "palm"]
    assert {a["status"] for a in record["artifacts"].values()} == {"unknown"}
