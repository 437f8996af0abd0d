"""Free software licenses the OSI has not approved (Apache-1.0, BSD-4-Clause) have a class of their own,
`free-software`, and no rubric grades them like a use-restricted model license such as Llama's."""

from __future__ import annotations

import pytest

from openscore.domain.evidence import ModelEntry
from openscore.domain.scorer import score
from openscore.licenses import resolve
from openscore.rubrics import available, load_rubric

RANK = {"open": 2, "partial": 1, "closed": 0, "unknown": 0}


def _entry(license_id: str) -> ModelEntry:
    kinds = ("architecture_code", "training_code", "inference_code", "weights", "preprocessing_code", "model_card")
    return ModelEntry.model_validate({"id": "x", "name": "X", "organization": "O", "family": "x", "last_reviewed": "2026-01-01",
                                      "licenses": {"distribution": license_id},
                                      "artifacts": {k: {"status": "open"} for k in kinds}})


@pytest.mark.parametrize("license_id", ["Apache-1.0", "BSD-4-Clause"])
def test_free_software_is_its_own_class_without_restrictions(license_id):
    record = resolve(license_id)
    assert record.license_class.value == "free-software" and record.restrictions == ()


@pytest.mark.parametrize("rubric_id", sorted(available()))
def test_no_rubric_grades_free_software_like_llamas_license(rubric_id):
    rubric = load_rubric(rubric_id)
    free, llama = score(_entry("Apache-1.0"), rubric, resolve), score(_entry("llama3"), rubric, resolve)
    ruled = [c.id for c in rubric.criteria if c.license is not None]
    assert ruled
    for criterion in ruled:
        assert RANK[free.criterion(criterion).level] >= RANK[llama.criterion(criterion).level]
        assert "restricted" not in free.criterion(criterion).reason
    if rubric_id == "osaid":  # OSAID asks for OSI-approved licenses by name; the reason says what the license is
        assert any("free-software" in free.criterion(c).reason for c in ruled)
    else:
        assert free.score > llama.score
