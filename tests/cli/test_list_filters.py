"""`list` filters: an organization spelled as any source spells it, one line when nothing matches, numbers checked."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.domain.organizations import matcher

runner = CliRunner()


def listed(*args: str) -> set[str]:
    result = runner.invoke(app, ["list", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return {card["model_id"] for card in json.loads(result.stdout)["scorecards"]}


def test_ai2_and_allen_institute_match_every_source_spelling():
    ai2, allen = listed("--org", "ai2"), listed("--org", "allen institute")
    assert ai2 == allen
    assert {"olmo", "olmo-1b-hf", "olmo-3.1-rl-zero-code", "t-lu"} <= ai2  # curated, mot ("Allen Institute for AI"), osai-index ("Ai2")


def test_every_spelling_of_ai2_is_an_alias_of_the_others():
    from pathlib import Path

    import yaml

    import openscore

    table = yaml.safe_load((Path(openscore.__file__).parent / "organizations.yaml").read_text(encoding="utf-8"))
    for spelling in ("ai2", "allenai", "allen ai", "allen institute", "allen institute for ai"):
        assert matcher(spelling, table) >= {"allen institute for ai", "ai2"}


def test_no_match_is_one_line_on_stderr_not_an_empty_table():
    result = runner.invoke(app, ["list", "--org", "nosuchorg"])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith("openscore: no model matches --org 'nosuchorg'; organizations are named like 'Meta'")
    assert len(result.stderr.splitlines()) == 1


def test_no_match_suggests_the_closest_organization_or_family():
    assert "did you mean 'Meta'?" in runner.invoke(app, ["list", "--org", "metaa"]).stderr
    assert "did you mean 'qwen'?" in runner.invoke(app, ["list", "--family", "qwenn"]).stderr
    result = runner.invoke(app, ["list", "--org", "meta", "--min-score", "200"])
    assert result.stderr.strip() == "openscore: no model matches --org 'meta' --min-score 200"


def test_machine_formats_still_write_an_empty_document():
    result = runner.invoke(app, ["list", "--min-score", "200", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["scorecards"] == []
    assert "no model matches" in result.stderr


def test_min_score_that_is_not_a_number_is_said_in_openscores_words(tmp_path):
    result = subprocess.run([sys.executable, "-m", "openscore", "list", "--min-score", "abc", "--lang", "en"], capture_output=True,
                            text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert result.stderr == "openscore: error: invalid value for --min-score: 'abc' is not a number (see `openscore list --help`)\n"
    for value in ("nan", "inf"):
        refused = runner.invoke(app, ["list", "--min-score", value])
        assert refused.exit_code == 2 and "is not a finite number" in refused.stderr
