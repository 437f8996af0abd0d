"""License findings with a way forward (issue 18, case 5): unknown licenses say how to add one, `unlicensed`
and `none` mean no license (never the Unlicense), and an open artifact without a license is a warning
that says the grade the scorer gives it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.licenses import resolve
from openscore.licenses.custom import CLASSES

runner = CliRunner()

ENTRY = """models:
  - id: lone
    name: Lone Model
    organization: Lone Labs
    family: lone
    last_reviewed: 2026-11-01
    artifacts:
      weights: {{status: open, url: "https://example.org/w"{license}}}
"""


def write(tmp_path: Path, license: str | None) -> Path:
    path = tmp_path / "models.yaml"
    path.write_text(ENTRY.format(license=f", license: {license}" if license else ""))
    return path


def validate(path: Path) -> tuple[int, list[str]]:
    result = runner.invoke(app, ["validate", str(path)])
    return result.exit_code, [line.split(": ", 1)[-1] for line in result.stdout.splitlines()[:-1]]


def test_an_unknown_license_says_how_to_add_one(tmp_path):
    code, lines = validate(write(tmp_path, "acme-model-license-9"))
    assert code == 1
    assert len(lines) == 1
    assert "license 'acme-model-license-9' is not one openscore recognises" in lines[0]
    assert "add it to licenses.yaml beside the data file (licenses: {KEY: {name, url, class, content_types}}" in lines[0]


OWN = """licenses:
  acme-model-license-9:
    name: Acme Model License 9
    url: https://example.org/acme/LICENSE
    class: restricted
    content_types: [model]
    aliases: [Acme ML 9]
    restrictions: [no use by competitors]
"""


def test_a_license_of_the_work_trees_own_is_recognised_and_graded_by_its_class(tmp_path):
    path = write(tmp_path, "'Acme ML 9'")
    (tmp_path / "licenses.yaml").write_text(OWN)
    code, lines = validate(path)
    assert (code, lines) == (0, [])
    card = json.loads(runner.invoke(app, ["rate", "lone", "-f", "json", "--data", str(path)]).stdout)["scorecards"][0]
    weights = next(c for c in card["criteria"] if c["name"] == "Weights")
    assert weights["level"] == "partial" and "restricted" in weights["reason"] and "no use by competitors" in weights["reason"]


def test_the_licenses_file_is_checked(tmp_path):
    (tmp_path / "licenses.yaml").write_text(OWN.replace("class: restricted", "class: restrictd").replace("https://", "ftp://"))
    result = runner.invoke(app, ["validate", str(tmp_path / "licenses.yaml")])
    assert result.exit_code == 1
    errors = [line.split(": error: ")[1] for line in result.stdout.splitlines() if ": error: " in line]
    assert errors == ["license 'acme-model-license-9': url must start with http:// or https://",
                      f"license 'acme-model-license-9': class 'restrictd' is not one of {', '.join(CLASSES)}"]
    assert {"osi-approved", "restricted", "non-commercial", "proprietary"} <= set(CLASSES) and "unknown" not in CLASSES


@pytest.mark.parametrize("text", ["unlicensed", "none", "None", "no license"])
def test_unlicensed_and_none_mean_no_license_never_the_unlicense(tmp_path, text):
    record = resolve(text)
    assert record.recognised and record.key != "Unlicense" and record.license_class.value == "unknown"
    assert "Unlicense" not in record.suggestions
    code, lines = validate(write(tmp_path, f"'{text}'"))
    assert code == 0, lines
    assert "Unlicense" not in " ".join(lines)
    assert lines == [f"warning: lone: weights is open but its license is '{text}', that is none: graded as partial for Weights, "
                     "closed for License by the openscore rubric; give the artifact a license (or the entry one under licenses:)"]


def test_open_without_a_license_is_a_warning_that_matches_the_grade(tmp_path):
    path = write(tmp_path, None)
    code, lines = validate(path)
    assert code == 0, "a warning alone passes"
    assert lines == ["warning: lone: weights is open but no license is stated: graded as partial for Weights, closed for License "
                     "by the openscore rubric; give the artifact a license (or the entry one under licenses:)"]
    assert runner.invoke(app, ["validate", "--strict", str(path)]).exit_code == 1
    card = json.loads(runner.invoke(app, ["rate", "lone", "-f", "json", "--data", str(path)]).stdout)["scorecards"][0]
    levels = {c["name"]: c["level"] for c in card["criteria"]}
    assert (levels["Weights"], levels["License"]) == ("partial", "closed"), "the warning says what the scorer does"


def test_a_variants_own_artifact_without_a_license_is_a_warning_on_the_variant(tmp_path):
    path = tmp_path / "models.yaml"
    path.write_text(ENTRY.format(license=", license: MIT") + """    variants:
      - id: lone-big
        name: Lone Model Big
        artifacts:
          weights: {status: open, url: "https://example.org/big"}
""")
    code, lines = validate(path)
    assert code == 0, lines
    assert lines == ["warning: lone-big: weights is open but no license is stated: graded as partial for Weights, closed for License "
                     "by the openscore rubric; give the artifact a license (or the entry one under licenses:)"]
