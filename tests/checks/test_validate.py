"""`openscore validate`: one fixture per kind of finding, located; exit codes; text, github and json output."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from openscore.checks import runner as check_runner
from openscore.checks.options import Options
from openscore.cli.app import app
from openscore.errors import Problem
from openscore.formats.github import annotation

FIXTURES = Path(__file__).parents[1] / "fixtures" / "validate"
runner = CliRunner()


@pytest.fixture(autouse=True)
def in_fixtures(monkeypatch):
    """Findings name files relative to the working directory, as GitHub annotations need."""
    monkeypatch.chdir(FIXTURES)


def validate(*args: str):
    return runner.invoke(app, ["validate", *args])


def findings(result) -> list[str]:
    return [line for line in result.output.splitlines() if not line.startswith("openscore validate:")]


def test_clean_file_exits_0_with_a_summary():
    result = validate("clean.yaml", "--max-age", "0")
    assert result.exit_code == 0, result.output
    assert result.output == "openscore validate: 1 file checked, no problems\n"


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        ("schema.yaml", [
            "schema.yaml:7:5: error: schema-model: unknown key 'colour'",
            "schema.yaml:9:25: error: schema-model: artifacts.weights.status: 'opne' is not allowed; did you mean 'open'? "
            "(one of: open, partial, closed, unknown)",
            "schema.yaml:10:5: error: no-family: required key 'family' is missing",
        ]),
        ("evidence.yaml", [
            "evidence.yaml:8:16: error: evidence-model: weights is open but has no evidence url",
            "evidence.yaml:10:9: error: evidence-model: training_code is partial but has no evidence url",
        ]),
        ("url.yaml", [
            "url.yaml:8:57: error: url-model: artifacts.weights.url: url must start with http:// or https://",
            "url.yaml:11:14: error: url-model: artifacts.paper.url: url must start with http:// or https://",
        ]),
        ("dates.yaml", [
            "dates.yaml:6:15: error: future-model: released 2999-01-01 is in the future",
            "dates.yaml:7:20: error: future-model: last_reviewed 2999-06-30 is in the future",
            "dates.yaml:12:15: error: malformed-model: released '2024/01/05' is not a date; write YYYY-MM-DD",
            "dates.yaml:13:20: error: malformed-model: last_reviewed 2024-01-05 10:00:00 is not a date; write YYYY-MM-DD",
        ]),
        ("rubric-total.yaml", [
            "rubric-total.yaml:6:8: error: criteria weights add up to 90 (60 + 30), not the declared total 100",
        ]),
        ("rubric-verdicts.yaml", [
            "rubric-verdicts.yaml:5:6: error: url must start with http:// or https://",
            "rubric-verdicts.yaml:18:5: error: verdict 'open-again' can never match: verdict 'open' before it has the same condition",
            "rubric-verdicts.yaml:22:5: error: verdict 'too-high' can never match: its condition is never true",
            "rubric-verdicts.yaml:33:5: error: verdict 'after-rest' can never match: verdict 'rest' before it always matches",
        ]),
    ],
)
def test_each_kind_of_finding_is_located(file, expected):
    result = validate(file, "--max-age", "0")
    assert result.exit_code == 1, result.output
    assert findings(result) == expected
    errors = f"{len(expected)} error{'s' if len(expected) > 1 else ''}"
    assert result.output.splitlines()[-1] == f"openscore validate: {errors}, 0 warnings in 1 file"


def test_unrecognised_licenses_are_located():
    result = validate("license.yaml", "--max-age", "0")
    assert result.exit_code == 1, result.output
    lines = findings(result)
    assert [line.split(": license '")[0] for line in lines] == [
        "license.yaml:6:48: error: license-model",
        "license.yaml:9:40: error: license-model",
    ]
    assert "license-model: license 'Apache-2.1' is not one openscore recognises; close matches: " in lines[0]
    assert "Apache-2.0" in lines[0].split("close matches: ")[1]
    assert "license-model: license 'Not-A-License-At-All' is not one openscore recognises; if it is a license openscore does not know, " \
           "add it to licenses.yaml beside the data file" in lines[1]


def test_names_clash_across_files():
    result = validate("names-a.yaml", "names-b.yaml", "--max-age", "0")
    assert result.exit_code == 1, result.output
    assert findings(result) == [
        "names-a.yaml:11:26: error: alias 'gamma' of 'beta' shadows the id of 'gamma' (names-b.yaml:7)",
        "names-b.yaml:2:9: error: duplicate id 'alpha' (first at names-a.yaml:2)",
        "names-b.yaml:9:15: error: alias 'The-Alpha' of 'gamma' is also a name of 'alpha' (names-a.yaml:4)",
        "names-b.yaml:12:16: error: Hugging Face repo 'ORG/alpha' of 'gamma' is also a name of 'alpha' (names-a.yaml:7)",
    ]


def test_each_file_alone_has_no_name_clash():
    for file in ("names-a.yaml", "names-b.yaml"):
        assert validate(file, "--max-age", "0").exit_code == 0


def test_old_review_is_a_warning_that_fails_only_when_strict():
    result = validate("stale.yaml")
    assert result.exit_code == 0, result.output
    (line,) = findings(result)
    assert line.startswith("stale.yaml:6:20: warning: stale-model: last reviewed 2001-02-03, ")
    assert line.endswith(" days ago (more than 365); check the facts again")
    assert validate("stale.yaml", "--strict").exit_code == 1
    assert findings(validate("stale.yaml", "--max-age", "100000")) == []
    assert findings(validate("stale.yaml", "--max-age", "0")) == []


def test_max_age_counts_whole_days():
    options = Options(dt.date(2001, 2, 13), max_age=10)
    assert check_runner.run([(Path("stale.yaml"), None)], options).findings == ()
    late = check_runner.run([(Path("stale.yaml"), None)], Options(dt.date(2001, 2, 14), max_age=10))
    assert [f.message for f in late.findings] == ["stale-model: last reviewed 2001-02-03, 11 days ago (more than 10); check the facts again"]


def test_malformed_yaml_exits_2_and_other_files_are_still_checked():
    result = validate("malformed.yaml", "evidence.yaml")
    assert result.exit_code == 2
    assert "malformed.yaml:3:9: error: malformed YAML: did not find expected ',' or ']'" in findings(result)
    assert any(line.startswith("evidence.yaml:8:16: error:") for line in findings(result))
    assert "Traceback" not in result.output


def test_missing_file_exits_2(tmp_path):
    result = validate(str(tmp_path / "nowhere.yaml"))
    assert result.exit_code == 2
    assert findings(result) == [f"{tmp_path / 'nowhere.yaml'}: error: cannot read the file: No such file or directory"]


def test_a_yaml_list_is_neither_data_nor_rubric(tmp_path):
    (tmp_path / "list.yaml").write_text("- a\n- b\n")
    result = validate(str(tmp_path / "list.yaml"))
    assert result.exit_code == 2
    assert "a data file or rubric is a mapping" in result.output


def test_github_format_prints_annotations():
    result = validate("evidence.yaml", "stale.yaml", "--format", "github")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[:2] == [
        "::error file=evidence.yaml,line=8,col=16::evidence-model: weights is open but has no evidence url",
        "::error file=evidence.yaml,line=10,col=9::evidence-model: training_code is partial but has no evidence url",
    ]
    assert lines[2].startswith("::warning file=stale.yaml,line=6,col=20::stale-model: last reviewed 2001-02-03")
    assert lines[3] == "openscore validate: 2 errors, 1 warning in 2 files"


def test_github_annotations_escape_what_would_end_them():
    problem = Problem("50% done\nnext", "a,b:c.yaml", 1, 2)
    assert annotation(problem) == "::error file=a%2Cb%3Ac.yaml,line=1,col=2::50%25 done%0Anext"
    assert annotation(Problem("no file", severity="warning")) == "::warning::no file"


def test_json_format_lists_findings():
    result = validate("dates.yaml", "stale.yaml", "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert (document["kind"], document["errors"], document["warnings"]) == ("findings", 4, 1)
    assert document["files"] == ["dates.yaml", "stale.yaml"]
    assert document["findings"][0] == {"file": "dates.yaml", "line": 6, "column": 15, "severity": "error",
                                       "message": "future-model: released 2999-01-01 is in the future"}


def test_bundled_data_and_rubrics_are_clean():
    result = runner.invoke(app, ["validate", "--format", "json"])
    document = json.loads(result.output)
    assert [f for f in document["findings"] if f["severity"] == "error"] == []
    assert result.exit_code == 0
    assert any(name.endswith("models.yaml") for name in document["files"])
    assert sum(name.endswith(".yaml") for name in document["files"]) >= 2
