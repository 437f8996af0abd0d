"""Names people type resolve (issue 18, "Names"): display names, spellings, hub URLs, sizes and suffixes."""

from __future__ import annotations

import pytest

from openscore.cli.common import load_catalog
from openscore.domain.catalog import AmbiguousModel, Catalog, UnknownModel, words
from openscore.domain.evidence import ModelEntry


@pytest.fixture(scope="module")
def bundled() -> Catalog:
    return load_catalog(None)


@pytest.mark.parametrize(("query", "expected"), [
    ("Llama 3", "llama-3"),
    ("Meta Llama 3", "llama-3"),             # the name openscore itself prints
    ("Llama 3.1", "llama-3.1"),
    ("LLAMA-3.1", "llama-3.1"),
    ("llama-3-8b", "llama-3"),
    ("Meta-Llama-3-8B", "llama-3"),
    ("meta-llama/Meta-Llama-3-8B", "llama-3"),
    ("Llama-3-70B-Instruct", "llama-3"),
    ("Qwen2-7B", "qwen2"),
    ("hf.co/Qwen/Qwen2-7B", "qwen2"),
    ("https://huggingface.co/Qwen/Qwen2-7B", "qwen2"),
    ("huggingface.co/Qwen/Qwen2-7B/", "qwen2"),
    ("GPT 4o", "gpt-4o"),
    ("Meta Llama 3.1", "llama-3.1"),          # an organization's name in front
    ("Llama 3.1 8B Instruct", "llama-3.1"),
    ("Alibaba Cloud Qwen2", "qwen2"),
    ("olmo_7b", "olmo"),
])
def test_everyday_spellings_resolve_without_a_note(bundled, query, expected):
    match = bundled.resolve(query)
    assert match.entry.id == expected and match.note is None


def test_a_size_the_data_has_no_variant_for_resolves_to_the_family_saying_so(bundled):
    match = bundled.resolve("Qwen2-1.5B-Chat")
    assert match.entry.id == "qwen2"
    assert match.note and "the data records no entry or variant 'Qwen2-1.5B-Chat'" in match.note and "'qwen2'" in match.note


def test_a_variant_inherits_what_it_does_not_override():
    family = ModelEntry.model_validate(ENTRY)
    variant = Catalog([family]).find("qwen2-72b")
    assert (variant.organization_aliases, variant.family_aliases) == (family.organization_aliases, family.family_aliases)
    assert variant.hf_repos == ("Qwen/Qwen2-72B", "Qwen/Qwen2-72B-Instruct") and variant.aliases == ()


def test_a_family_name_lists_its_releases(bundled):
    with pytest.raises(AmbiguousModel) as found:
        bundled.resolve("llama")  # also LLaMA 1's display name: the family comes first
    assert {"llama-1", "llama-2", "llama-3"} <= set(found.value.candidates)


@pytest.mark.parametrize(("query", "wanted", "unwanted"), [
    ("Llama-5-70B-Instruct", "llama", "olmo"),
    ("ChatGLM5", "chatglm", "chatgpt"),
    ("Mistrall-8x9B", "mi", "olmo"),
])
def test_suggestions_rank_the_family_first(bundled, query, wanted, unwanted):
    with pytest.raises(UnknownModel) as found:
        bundled.resolve(query)
    suggestions = found.value.suggestions
    assert suggestions and suggestions[0].startswith(wanted), suggestions
    assert not any(s.startswith(unwanted) for s in suggestions), suggestions


def test_words_ignore_spelling_but_keep_numbers_apart():
    assert words("Llama-3.1") == words("llama 3.1") == words("LLaMA3.1") == "llama 3 1"
    assert words("Llama-3.2-1B") != words("Llama-3.1-2B")
    assert words("书生·浦语") == words("书生浦语") == "书生浦语"
    assert words("hf.co/Qwen/Qwen2-7B") == "qwen qwen 2 7 b"


ENTRY = {
    "id": "qwen2", "name": "Qwen2", "organization": "Alibaba Cloud", "organization_aliases": ["阿里云"],
    "family": "qwen", "family_aliases": ["通义千问", "Tongyi Qianwen"], "name_zh": "通义千问2", "last_reviewed": "2026-11-01",
    "hf_repos": ["Qwen/Qwen2-7B"], "licenses": {"distribution": "Apache-2.0"},
    "variants": [{"id": "qwen2-72b", "name": "Qwen2 72B", "name_zh": "通义千问2 72B",
                  "hf_repos": ["Qwen/Qwen2-72B", "Qwen/Qwen2-72B-Instruct"], "licenses": {"distribution": "tongyi-qianwen"}}],
}
OTHER = {"id": "qwen2.5", "name": "Qwen2.5", "organization": "Alibaba Cloud", "family": "qwen",
         "family_aliases": ["通义千问"], "last_reviewed": "2026-11-01"}


@pytest.fixture
def qwen() -> Catalog:
    return Catalog([ModelEntry.model_validate(ENTRY), ModelEntry.model_validate(OTHER)])


@pytest.mark.parametrize("query", ["qwen2-72b", "Qwen/Qwen2-72B-Instruct", "Qwen2 72B", "qwen2_72b", "Qwen2-72B-Instruct",
                                   "hf.co/Qwen/Qwen2-72B", "通义千问2 72B", "Qwen2-72B-Instruct-GPTQ-Int4"])
def test_a_variants_names_resolve_to_its_effective_entry(qwen, query):
    entry = qwen.find(query)
    assert (entry.id, entry.variant_of, entry.licenses.distribution) == ("qwen2-72b", "qwen2", "tongyi-qianwen")


@pytest.mark.parametrize("query", ["qwen2", "Qwen2-7B", "通义千问2", "Alibaba Cloud Qwen2", "阿里云 Qwen2"])
def test_the_family_entry_keeps_its_own_names(qwen, query):
    assert qwen.find(query).id == "qwen2"


@pytest.mark.parametrize("query", ["通义千问", "tongyi qianwen", "qwen"])
def test_family_aliases_in_any_language_list_the_family(qwen, query):
    with pytest.raises(AmbiguousModel) as found:
        qwen.find(query)
    assert found.value.candidates == ["qwen2", "qwen2.5"]


def test_variants_are_listed_separately(qwen):
    assert [e.id for e in qwen.entries] == ["qwen2", "qwen2.5"]
    assert [(e.id, e.variant_of) for e in qwen.variants] == [("qwen2-72b", "qwen2")]


@pytest.mark.parametrize(("query", "expected"), [
    ("通义千问2", "qwen2"), ("通义千问2 72B", "qwen2-72b"), ("文心一言", "ernie-bot"), ("百川2", "baichuan-2"),
    ("书生·浦语2.0", "internlm2"), ("书生·浦语2.5", "internlm2.5"), ("书生浦语3", "internlm3"), ("零一万物 Yi", "yi"),
])
def test_chinese_names_resolve(bundled, query, expected):
    assert bundled.find(query).id == expected


@pytest.mark.parametrize(("query", "members"), [
    ("通义千问", {"qwen1.5", "qwen2", "qwen2.5"}), ("千问", {"qwen2"}), ("盘古", {"pangu", "pangu-alpha"}),
    ("智谱", {"glm-4", "chatglm-6b"}), ("ChatGLM", {"chatglm2-6b", "glm-4-9b"}), ("深度求索", {"deepseek-r1", "deepseek-v3"}),
    ("百川", {"baichuan-2"}), ("书生·浦语", {"internlm2", "internlm3"}), ("零一万物", {"yi", "yi-1.5"}), ("混元", {"hunyuan-large", "hunyuan-a13b"}),
])
def test_chinese_family_names_list_the_family(bundled, query, members):
    with pytest.raises(AmbiguousModel) as found:
        bundled.find(query)
    assert members <= set(found.value.candidates)
