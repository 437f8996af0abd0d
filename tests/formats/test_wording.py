"""What a new user reads: reasons that say how an artifact was released, ⚑ explained, plain words, prose wrapped
at word boundaries with an indent, and `sources diff` readable at 80 columns."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.domain.scorecard import ArtifactGrade, CriterionResult
from openscore.formats import wording

runner = CliRunner()


def run(*args: str, width: int = 120) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.stdout


def _grade(kind: str, status: str, level: str) -> ArtifactGrade:
    return ArtifactGrade(kind, status, level, "X", None, "artifact", None, f"{kind}: {status}")


@pytest.mark.parametrize(("statuses", "said"), [
    (("partial",), "partly released, no open license"),
    (("open",), "released, no open license"),
    (("open", "partial"), "released, some only partly, no open license"),
])
def test_a_missing_criterion_says_how_its_artifacts_were_released(statuses, said):
    grades = tuple(_grade(f"k{i}", status, "closed") for i, status in enumerate(statuses))
    result = CriterionResult("c", "Card", "closed", 0.0, 1.0, "r", grades)
    assert wording._missing(result) == f"Card ({said})"


def test_mof_reasons_say_partly_released_for_partial_artifacts():
    olmo = run("rate", "olmo", "--rubric", "mof")
    assert "Evaluation data (partly released, no open license)" in olmo
    assert "Evaluation data (released, no open license)" not in olmo
    every = " ".join(run("rate", "llama-3", "--rubric", "mof", width=400).split())
    assert "Data card (partly released, no open license)" in every
    assert "Technical report (partly released, license not established)" in every
    assert "Model architecture (released, no open license)" in every  # released in full: said as before


def test_flags_are_explained_under_the_table_and_only_where_shown():
    for width in (120, 80):
        olmo = " ".join(run("rate", "olmo", "--rubric", "mof", width=width).replace("│", " ").split())  # cells, not layout
        assert "⚑ model_card: Apache-2.0 is a license" in olmo
        assert "⚑ openscore's own note beside the framework's result" in olmo and "it does not change the grade" in olmo
    assert "it does not change the grade" not in run("rate", "llama-3")  # no flag, no legend


def test_the_flag_legend_is_true_a_flagged_license_keeps_its_grade():
    """The wrong-content-type flag sits on an open grade and leaves it open: the scorer flags, it never downgrades."""
    import json

    for model in ("olmo", "pythia", "falcon-40b"):
        card = json.loads(run("rate", model, "--rubric", "mof", "--format", "json"))["scorecards"][0]
        for criterion in card["criteria"]:
            for flag in criterion.get("flags") or ():
                if "is a license for" in flag:
                    assert criterion["level"] == "open" and criterion["points"] == criterion["max_points"], criterion
    flagged = json.loads(run("rate", "olmo", "--rubric", "mof", "--format", "json"))["scorecards"][0]["criteria"]
    assert any(c.get("flags") for c in flagged)


def test_eosai_rows_without_a_judgement_say_so_in_plain_words():
    out = " ".join(run("rate", "llama-3", "--rubric", "eosai", width=200).split())
    assert "the index has not graded this; openscore's reading of the artifacts:" in out
    assert "judgement recorded" not in out and "eosai." not in out


def _prose_block(out: str, start: str) -> list[str]:
    """The line that begins with `start` and its indented continuation lines."""
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if line.lstrip().startswith(start))
    indent = len(lines[first]) - len(lines[first].lstrip())
    block = [lines[first]]
    for line in lines[first + 1:]:
        if not line.strip() or len(line) - len(line.lstrip()) <= indent:
            break
        block.append(line)
    return block


def _wrapped_well(block: list[str], width: int, sentence: str, hanging: int = 2) -> None:
    assert all(len(line) <= width and line == line.rstrip() for line in block), block
    first_indent = len(block[0]) - len(block[0].lstrip())
    assert all(len(line) - len(line.lstrip()) == first_indent + hanging for line in block[1:]), block  # one hanging indent
    assert " ".join(" ".join(block).split()) .startswith(sentence), block  # no word split, nothing lost


@pytest.mark.parametrize("width", [120, 80])
def test_prose_wraps_at_word_boundaries_with_a_hanging_indent(width):
    rate = run("rate", "llama-3", width=width)
    block = _prose_block(rate, "Weights can be downloaded")
    _wrapped_well(block, width, "Weights can be downloaded, but with strings attached: a license that restricts use (user caps, "
                  "use policies, non-commercial terms) or access only after approval. Free to use, not open.")
    listing = run("list", width=width)
    _wrapped_well(_prose_block(listing, "Rows whose Source"), width, "Rows whose Source is not curated (a narrow terminal leaves "
                  "the column out) are a public database's facts, not reviewed by openscore; `openscore sources` credits each.")
    sources = run("sources", width=width)
    block = _prose_block(sources, "license MIT; attribution")
    _wrapped_well(block, width, "license MIT; attribution: Model Openness Tool data", hanging=4)
    assert len(block) > 1 or width == 120


@pytest.mark.parametrize("width", [120, 80])
def test_source_record_lines_wrap_with_an_indent(width):
    for out in (run("rate", "llama-2", "--sources", width=width), run("sources", "diff", width=width)):
        lines = out.splitlines()
        for line in lines:
            assert len(line) <= width or line.strip().startswith("https://"), line  # a URL is kept whole, to stay clickable
            if "record models/Llama-2" in line or line.strip().startswith("models/Llama-2"):
                assert line.startswith("  "), line  # a record line and its continuation are indented, never at column 0


def test_sources_diff_is_summary_first_and_readable_at_80_columns():
    out = run("sources", "diff", width=80)
    lines = out.splitlines()
    assert re.match(r"\d+ linked release\(s\) where the sources disagree, \d+ artifact\(s\)\.", lines[0])
    assert all(len(line) <= 80 for line in lines)
    assert "┃" not in out and "…" not in out  # no table columns to break an id, no artifact name cut
    assert "curated:llama-2" in out and "  ≠ training_code" in out and "  ≠ training_config" in out
    block = out[out.index("Llama 2 (llama-2)"):]
    block = block[:block.index("\n\n")]
    training = block[block.index("≠ training_code"):].split("≠ ")[1]
    assert "partial · llama2: curated:llama-2" in training and "closed: mot:llama-2-13b" in " ".join(training.split())
