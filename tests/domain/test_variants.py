"""A variant's effective entry: the family's facts with the variant's overrides."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from openscore.domain.artifacts import ArtifactKind as K
from openscore.domain.evidence import ModelEntry, effective

FAMILY = {
    "id": "qwen2", "name": "Qwen2", "organization": "Alibaba Cloud", "organization_zh": "阿里云", "family": "qwen",
    "family_aliases": ["通义千问"], "name_zh": "通义千问2", "released": "2024-06-07", "type": ["base", "instruct"],
    "hf_repos": ["Qwen/Qwen2-7B"], "licenses": {"distribution": "Apache-2.0", "code": "Apache-2.0"},
    "last_reviewed": "2026-11-23", "notes": "family notes",
    "artifacts": {
        "weights": {"status": "open", "license": "Apache-2.0", "url": "https://huggingface.co/Qwen/Qwen2-7B"},
        "finetuned_weights": {"status": "open", "url": "https://huggingface.co/Qwen/Qwen2-7B-Instruct"},
        "training_code": {"status": "closed"},
    },
    "variants": [{
        "id": "qwen2-72b", "name": "Qwen2 72B", "name_zh": "通义千问2 72B", "hf_repos": ["Qwen/Qwen2-72B"],
        "licenses": {"distribution": "tongyi-qianwen"}, "notes": "72B is under the Tongyi Qianwen license",
        "last_reviewed": "2026-12-01",
        "artifacts": {"weights": {"status": "open", "license": "tongyi-qianwen", "url": "https://huggingface.co/Qwen/Qwen2-72B"}},
    }],
}


def test_a_variant_overrides_licenses_field_by_field_and_artifacts_kind_by_kind():
    family = ModelEntry.model_validate(FAMILY)
    variant = family.variant("qwen2-72b")
    assert (variant.id, variant.name, variant.variant_of, variant.family) == ("qwen2-72b", "Qwen2 72B", "qwen2", "qwen")
    assert variant.licenses.distribution == "tongyi-qianwen" and variant.licenses.code == "Apache-2.0"
    assert variant.license_for(K.WEIGHTS) == ("tongyi-qianwen", "artifact")
    # finetuned weights are inherited without a license of their own: the variant's distribution license applies
    assert variant.license_for(K.FINETUNED_WEIGHTS) == ("tongyi-qianwen", "release distribution license")
    assert variant.license_for(K.TRAINING_CODE)[0] == "Apache-2.0"
    assert variant.hf_repos == ("Qwen/Qwen2-72B",) and variant.name_zh == "通义千问2 72B"
    assert variant.organization_zh == "阿里云" and variant.family_aliases == ("通义千问",)
    assert variant.released == dt.date(2024, 6, 7) and variant.last_reviewed == dt.date(2026, 12, 1)
    assert variant.type == family.type and variant.variants == ()
    # the family itself is untouched
    assert family.license_for(K.WEIGHTS) == ("Apache-2.0", "artifact") and family.variant_of is None


def test_a_variant_without_overrides_is_the_family_under_its_own_name():
    data = {**FAMILY, "variants": [{"id": "qwen2-7b", "name": "Qwen2 7B"}]}
    family = ModelEntry.model_validate(data)
    variant = effective(family, family.variants[0])
    assert variant.licenses == family.licenses and variant.artifacts == family.artifacts
    assert variant.last_reviewed == family.last_reviewed and variant.hf_repos == ()


@pytest.mark.parametrize("bad", [
    {"id": "Qwen2 72B", "name": "x"},          # id pattern
    {"name": "no id"},                         # id required
    {"id": "qwen2-72b"},                       # name required
    {"id": "qwen2-72b", "name": "x", "organization": "y"},   # variants do not change the organization
    {"id": "qwen2-72b", "name": "x", "artifacts": {"wieghts": {"status": "open"}}},
])
def test_variants_are_validated_like_entries(bad):
    with pytest.raises(ValidationError):
        ModelEntry.model_validate({**FAMILY, "variants": [bad]})


def test_variant_of_cannot_be_written_in_a_data_file():
    with pytest.raises(ValidationError, match="variant_of is set by openscore"):
        ModelEntry.model_validate({**FAMILY, "variant_of": "qwen"})
