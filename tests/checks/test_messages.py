"""`openscore validate` messages in words (issue 18, cases 3 and 4): the entry named, patterns explained,
misspellings answered with the likely key, every problem of a file reported in one run."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()

ENTRY = """models:
  - id: {id}
    name: MiniCPM 2B
    {org_key}: OpenBMB
    family: minicpm
    last_reviewed: 2026-11-01
    artifacts:
{artifacts}
"""


def validate(tmp_path: Path, text: str, name: str = "models.yaml") -> tuple[int, list[str]]:
    path = tmp_path / name
    path.write_text(text)
    result = runner.invoke(app, ["validate", str(path)])
    return result.exit_code, [line.split(": error: ", 1)[-1] for line in result.stdout.splitlines() if ": error: " in line]


def entry(id: str = "minicpm-2b", org_key: str = "organization", artifacts: str = "      weights: {status: closed}") -> str:
    return ENTRY.format(id=id, org_key=org_key, artifacts=artifacts)


def test_pattern_mismatch_names_the_entry_and_says_what_is_allowed(tmp_path):
    code, errors = validate(tmp_path, entry(id="minicpm-2B"))
    assert code == 1
    assert errors == ["minicpm-2B: id: 'minicpm-2B' is not allowed: use lower-case letters, digits, '.', '_' and '-', "
                      "starting with a letter or digit; did you mean 'minicpm-2b'?"]
    assert "models.0" not in errors[0] and "^[a-z0-9]" not in errors[0]


def test_misspelt_artifact_kind_gets_the_likely_kind_not_a_list(tmp_path):
    _, errors = validate(tmp_path, entry(artifacts="      trainig_code: {status: open, url: 'https://example.org/c'}"))
    assert errors == ["minicpm-2b: artifacts: unknown key 'trainig_code'; did you mean 'training_code'?"]


def test_misspelt_key_is_one_message_with_the_suggestion(tmp_path):
    _, errors = validate(tmp_path, entry(org_key="organisation"))
    assert errors == ["minicpm-2b: unknown key 'organisation'; did you mean 'organization'?"], "not also 'organization is missing'"


def test_misspelt_nested_key_and_status(tmp_path):
    _, errors = validate(tmp_path, entry(artifacts="      weights: {status: opne, licence: MIT, url: 'https://example.org/w'}"))
    assert errors == ["minicpm-2b: artifacts.weights.status: 'opne' is not allowed; did you mean 'open'? (one of: open, partial, closed, unknown)",
                      "minicpm-2b: artifacts.weights: unknown key 'licence'; did you mean 'license'?"]


def test_tab_in_indentation_is_said_so(tmp_path):
    code, errors = validate(tmp_path, "models:\n  - id: x\n\tname: y\n")
    assert code == 2
    assert errors == ["malformed YAML: tabs are not allowed for indentation in YAML; indent with spaces"]


def test_top_level_model_instead_of_models(tmp_path):
    code, errors = validate(tmp_path, entry().replace("models:", "model:", 1))
    assert code == 2
    assert errors == ["top-level key 'model' should be 'models': a data file lists its entries under 'models:'"]
    result = runner.invoke(app, ["rate", "minicpm-2b", "--data", str(tmp_path / "models.yaml")])
    assert result.exit_code == 2 and "top-level key 'model' should be 'models'" in result.output


def test_every_problem_in_one_run(tmp_path):
    artifacts = ("      weights: {status: open, url: 'ftp://example.org/w'}\n"
                 "      training_code: {status: open}\n")
    text = entry(artifacts=artifacts).replace("    family: minicpm\n", "    family: minicpm\n    released: 2026-11-31\n")
    text += entry(id="second").replace("models:\n", "") + "      paper: {status: partial}\n"
    code, errors = validate(tmp_path, text)
    assert code == 1
    assert errors == [
        "minicpm-2b: released '2026-11-31' (no such day) is not a date; write YYYY-MM-DD",
        "minicpm-2b: artifacts.weights.url: url must start with http:// or https://",
        "minicpm-2b: training_code is open but has no evidence url",
        "second: paper is partial but has no evidence url",
    ]
