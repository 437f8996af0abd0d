"""domain/catalog: an entry found by id, alias or Hugging Face repo, in any case; misses and ambiguity are errors."""

from __future__ import annotations

import datetime as dt

import pytest

from openscore.domain.catalog import AmbiguousModel, Catalog, UnknownModel
from openscore.domain.evidence import ModelEntry


def entry(model_id: str, family: str, aliases: tuple[str, ...] = (), repos: tuple[str, ...] = ()) -> ModelEntry:
    return ModelEntry(id=model_id, name=model_id, organization="o", family=family, aliases=aliases, hf_repos=repos,
                      last_reviewed=dt.date(2026, 1, 1))


CATALOG = Catalog([entry("llama-3", "llama", ("Llama 3",), ("meta-llama/Meta-Llama-3-8B",)), entry("llama-2", "llama"),
                   entry("qwen2", "qwen")])


@pytest.mark.parametrize("query", ["llama-3", "LLAMA-3", " Llama 3 ", "meta-llama/meta-llama-3-8b",
                                   "https://huggingface.co/meta-llama/Meta-Llama-3-8B"])
def test_found_by_any_name_in_any_case(query):
    assert CATALOG.find(query).id == "llama-3"


def test_a_family_name_that_names_several_releases_is_ambiguous():
    with pytest.raises(AmbiguousModel) as raised:
        CATALOG.find("llama")
    assert raised.value.candidates == ["llama-2", "llama-3"]


def test_a_miss_suggests_close_names():
    with pytest.raises(UnknownModel) as raised:
        CATALOG.find("qwne2")
    assert "qwen2" in raised.value.suggestions and "no model 'qwne2'" in str(raised.value)
