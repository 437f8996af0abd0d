"""The current European Open Source AI Index (`eosai`): its record format, the mean, category means,
link lists, system types and the editors' judgements; both formats through one `import eosai`.

Fixtures in tests/fixtures/frameworks/eosai/ are written for these tests; each states its expected figures,
worked out by hand from the index's method (open 1, partial 0.5, closed or empty 0; the mean).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from openscore.domain.evidence import ModelEntry
from openscore.domain.scorer import score
from openscore.formats import render
from openscore.licenses import resolve
from openscore.rubrics import load_rubric
from openscore.sources.datafile import DataFile
from openscore.sources.importers import run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "frameworks"
EXPECTED = {  # file -> (mean, availability, documentation, access)
    "mean.yaml": (0.625, 0.7, 0.5, 1.0),
    "empty-classes.yaml": (0.4167, 0.4, 0.4167, 0.5),
    "link-lists.yaml": (0.375, 0.7, 0.0, 1.0),
    "multi-type.yaml": (0.5, 0.5, 0.5, 0.5),
}


def test_every_fixture_has_an_expected_result():
    assert sorted(p.name for p in (FIXTURES / "eosai").iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_round_trip_gives_the_index_mean_and_category_means(name, tmp_path):
    report = run("eosai", [FIXTURES / "eosai" / name], resolve=resolve)
    assert not [p for p in report.problems if p.severity == "error" or "the index gives" in p.message]
    out = tmp_path / "imported.yaml"
    text = io.StringIO()
    render("yaml", "data-file", report.document(), text)  # what `openscore import` writes
    out.write_text(text.getvalue())
    (entry,) = DataFile(out).entries()
    card = score(entry, load_rubric("eosai"), resolve)
    mean, *categories = EXPECTED[name]
    assert (card.score, card.max_score, card.percent) == (mean, 1.0, round(100 * mean, 1))
    assert [(g.id, g.score) for g in card.groups] == list(zip(("availability", "documentation", "access"), categories, strict=True))


def test_empty_classes_are_not_assessed_and_score_zero():
    (heron,) = run("eosai", [FIXTURES / "eosai" / "empty-classes.yaml"], resolve=resolve).imported
    card = score(heron.entry, load_rubric("eosai"), resolve)
    assert card.criterion("datasources_basemodel").level == "unknown" and card.criterion("datasources_basemodel").points == 0
    assert card.criterion("trainingcode").points == 0  # missing altogether
    assert heron.entry.judgements["eosai.datasheet"].status.value == "unknown"


def test_link_lists_are_kept_whole():
    report = run("eosai", [FIXTURES / "eosai" / "link-lists.yaml"], resolve=resolve)
    entry = report.imported[0].entry
    data = entry.artifacts["pretraining_data"]
    assert (data.url, data.urls) == ("https://example.org/plover/data-a", ("https://example.org/plover/data-b",))
    tuning = entry.artifacts["finetuning_data"]
    assert tuning.urls == ("https://example.org/plover/prefs",) and "link: see the model card" in tuning.notes
    licenses = entry.judgements["eosai.licenses"]
    assert (licenses.url, licenses.urls, licenses.by) == (
        "https://huggingface.co/example/Plover-Chat", ("https://example.org/plover/data-a",), "the European Open Source AI Index")


def test_system_types_and_head_fields_are_kept():
    entry = run("eosai", [FIXTURES / "eosai" / "multi-type.yaml"], resolve=resolve).imported[0].entry
    assert [t.value for t in entry.type] == ["text", "code"]
    assert entry.licenses.distribution == "Apache-2.0"
    for shown in ("Performance class: limited", "Base model: Egret", "End model: Egret Coder", "Released: 2025-01",
                  "doi 10.5281/zenodo.15386042"):
        assert shown in entry.notes


def test_the_index_judgement_is_the_grade_and_openscore_reading_a_flag():
    report = run("eosai", [FIXTURES / "eosai" / "multi-type.yaml"], resolve=resolve)
    card = score(report.imported[0].entry, load_rubric("eosai"), resolve)
    licenses = card.criterion("licenses")
    assert (licenses.level, licenses.points) == ("partial", 0.5)
    assert licenses.reason.startswith("judged partial by the European Open Source AI Index")
    (flag,) = [f for f in licenses.flags if "own reading" in f]
    assert flag.startswith("openscore's own reading from the artifacts gives open")
    assert any(p.severity == "warning" and "licenses: the index judges it partial" in p.message for p in report.problems)


def test_both_formats_are_detected_in_one_import():
    report = run("eosai", [FIXTURES / "eosai" / "mean.yaml", FIXTURES / "eosai-2023" / "mixed.yaml"], resolve=resolve)
    kestrel, starling = (i.entry for i in report.imported)
    assert "eosai.licenses" in kestrel.judgements and "eosai-2023.license" in starling.judgements
    assert score(kestrel, load_rubric("eosai"), resolve).score == 0.625
    assert score(starling, load_rubric("eosai-2023"), resolve).score == 8


def test_a_class_spelled_otherwise_scores_zero_as_on_the_index(tmp_path):
    path = tmp_path / "odd.yaml"
    path.write_text((FIXTURES / "eosai" / "mean.yaml").read_text().replace("licenses:\n    class: open", "licenses:\n    class: Open"))
    report = run("eosai", [path], resolve=resolve)
    card = score(report.imported[0].entry, load_rubric("eosai"), resolve)
    assert card.criterion("licenses").points == 0 and card.score == round(6.5 / 12, 4)
    assert any("licenses.class 'Open' is not open, partial or closed" in p.message for p in report.problems)


def _entry(types: tuple[str, ...] = (), judgements: dict | None = None) -> ModelEntry:
    return ModelEntry.model_validate({
        "id": "t", "name": "T", "organization": "O", "family": "t", "last_reviewed": "2026-01-01", "type": list(types),
        "licenses": {"distribution": "MIT"},
        "artifacts": {"weights": {"status": "open"}, "training_code": {"status": "open"}, "model_card": {"status": "partial"}},
        "judgements": judgements or {},
    })


def test_a_curated_entry_without_judgements_is_graded_from_its_artifacts_and_says_so():
    card = score(_entry(("chat",)), load_rubric("eosai"), resolve)  # a type the index does not know: everything applies
    licenses = card.criterion("licenses")
    assert licenses.level == "open" and licenses.reason.startswith("the index has not graded this; openscore's reading of the artifacts:")
    assert card.criterion("modelcard").level == "partial" and not licenses.flags
    assert card.score == round((1 + 1 + 1 + 0.5) / 12, 4)


def test_a_rubric_may_declare_which_criteria_apply_to_which_types(tmp_path):
    text = (Path(load_rubric.__globals__["locate"]("eosai"))).read_text()
    rubric_path = tmp_path / "typed.yaml"
    rubric_path.write_text(text.replace("    artifacts: [model_card]\n    judgement: eosai.modelcard\n    applies_to: *all-types",
                                        "    artifacts: [model_card]\n    judgement: eosai.modelcard\n    applies_to: [video]"))
    rubric = load_rubric(str(rubric_path))
    text_card = score(_entry(("text",)), rubric, resolve)
    assert text_card.criterion("modelcard").max_points == 0 and "not assessed for text systems" in text_card.criterion("modelcard").reason
    assert text_card.score == round(3 / 11, 4)  # the mean over the 11 that apply
    video_card = score(_entry(("video",)), rubric, resolve)
    assert video_card.score == round(3.5 / 12, 4)
    assert next(g for g in text_card.groups if g.id == "documentation").criteria == ("code", "hardware_architecture", "preprint",
                                                                                      "paper", "datasheet")
