"""`openscore validate` covers variants as it covers entries."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()

GOOD = """\
models:
  - id: acme
    name: Acme
    name_zh: 阿克米
    organization: Acme Labs
    organization_zh: 阿克米实验室
    organization_aliases: [Acme, 阿克米]
    family: acme
    family_aliases: [Acme family, 阿克米家族]
    hf_repos: [acme/Acme-7B]
    licenses: {distribution: Apache-2.0}
    last_reviewed: 2026-11-01
    artifacts:
      weights: {status: open, url: "https://example.org/acme-7b"}
      inference_code: {status: open, license: MIT, url: "https://example.org/code"}
    variants:
      - id: acme-70b
        name: Acme 70B
        aliases: [acme-70b-instruct]
        hf_repos: [acme/Acme-70B]
        licenses: {distribution: llama3}
        last_reviewed: 2026-11-02
  - id: acme-2
    name: Acme 2
    organization: Acme Labs
    family: acme
    family_aliases: [Acme family]
    last_reviewed: 2026-11-01
"""


def validate(tmp_path: Path, text: str, monkeypatch) -> list[str]:
    (tmp_path / "models.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", "models.yaml", "--max-age", "0"])
    return [line for line in result.output.splitlines() if not line.startswith("openscore validate:")]


def test_a_clean_file_with_variants_and_chinese_names_has_no_findings(tmp_path, monkeypatch):
    assert validate(tmp_path, GOOD, monkeypatch) == []


def test_variant_names_clash_with_entries_and_other_variants(tmp_path, monkeypatch):
    text = GOOD.replace("aliases: [acme-70b-instruct]", "aliases: [acme-2, acme-70b-instruct]")
    text = text.replace("hf_repos: [acme/Acme-70B]", "hf_repos: [acme/Acme-7B]")
    text += "    variants:\n      - {id: acme-70b, name: Again}\n"
    found = validate(tmp_path, text, monkeypatch)
    assert any("alias 'acme-2' of 'acme-70b' shadows the id of 'acme-2'" in f for f in found), found
    assert any("Hugging Face repo 'acme/Acme-7B' of 'acme-70b' is also a name of 'acme'" in f for f in found), found
    assert any("duplicate id 'acme-70b'" in f for f in found), found


def test_variant_artifacts_need_evidence_and_resolvable_licenses_and_real_dates(tmp_path, monkeypatch):
    text = GOOD.replace("        last_reviewed: 2026-11-02\n", """\
        last_reviewed: 2099-01-01
        artifacts:
          weights: {status: open, license: not-a-license-xyz}
""")
    found = validate(tmp_path, text, monkeypatch)
    assert any("models.yaml:24:" in f and "acme-70b: weights is open but has no evidence url" in f for f in found), found
    assert any("models.yaml:24:" in f and "acme-70b: license 'not-a-license-xyz'" in f for f in found), found
    assert any("models.yaml:22:" in f and "acme-70b: last_reviewed 2099-01-01 is in the future" in f for f in found), found


def test_a_shadowed_variant_license_is_a_warning(tmp_path, monkeypatch):
    text = GOOD.replace('weights: {status: open, url: "https://example.org/acme-7b"}',
                        'weights: {status: open, license: Apache-2.0, url: "https://example.org/acme-7b"}')
    found = validate(tmp_path, text, monkeypatch)
    assert len(found) == 1 and "warning: acme-70b: licenses override 'llama3' does not reach weights" in found[0], found


def test_a_family_alias_names_one_family_and_no_entry(tmp_path, monkeypatch):
    text = GOOD.replace("family_aliases: [Acme family]", "family_aliases: [Acme family, acme-70b-instruct]")
    text = text.replace("family: acme\n    family_aliases: [Acme family, acme-70b", "family: other\n    family_aliases: [Acme family, acme-70b")
    found = validate(tmp_path, text, monkeypatch)
    assert any("family alias 'Acme family' of 'acme-2' (family other) already names family acme" in f for f in found), found
    assert any("family alias 'acme-70b-instruct' of 'acme-2' is also a name of 'acme-70b'" in f for f in found), found


def test_a_released_document_without_a_license_is_a_warning(tmp_path, monkeypatch):
    text = GOOD.replace('      inference_code: {status: open, license: MIT, url: "https://example.org/code"}\n', '''\
      inference_code: {status: open, license: MIT, url: "https://example.org/code"}
      preprint: {status: open, url: "https://arxiv.org/abs/0000.00000"}
      paper: {status: open, license: CC-BY-4.0, url: "https://aclanthology.org/0000"}
      model_card: {status: closed}
''').replace("licenses: {distribution: Apache-2.0}", "licenses: {code: Apache-2.0}").replace(
        'weights: {status: open, url: "https://example.org/acme-7b"}', 'weights: {status: open, license: Apache-2.0, url: "https://example.org/acme-7b"}')
    text = text.replace("licenses: {distribution: llama3}", "artifacts: {weights: {status: open, license: llama3, url: 'https://example.org/70b'}}")
    found = validate(tmp_path, text, monkeypatch)
    assert found == [f for f in found if "warning" in f] and len(found) == 1, found
    assert "acme: no license recorded for released preprint (MOF counts them as not open)" in found[0]
    # a release-wide document license covers it
    covered = text.replace("licenses: {code: Apache-2.0}", "licenses: {code: Apache-2.0, document: CC-BY-4.0}")
    assert validate(tmp_path, covered, monkeypatch) == []
