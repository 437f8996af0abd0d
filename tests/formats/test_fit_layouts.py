"""Tables that lose nothing at any width (new-user trial 2, items 2, 3, 4, 8, 14): no line past the width, no word,
id, number or license id split (an id may break only after a hyphen), nothing dropped, wrapped prose indented."""

from __future__ import annotations

import json
import re

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.formats import fit

BOX = re.compile(r"[│┃┏┓┗┛┡┩└┘├┤┼╇╋━─┳┻┬┴╈╂]+")
URL_LINE = re.compile(r"^\s*(\[\d+\] )?https?://\S+$")  # links are printed whole, so that they stay clickable
LAYOUT = {"not", "recorded"}  # words of the stacked layouts themselves ("not recorded" where a table shows "-")
FIVE = ("compare", "glm-4-9b", "mistral-7b", "qwen2", "glm-4", "llama-3")


def shown(width: int, *args: str, lang: str = "en") -> str:
    result = CliRunner().invoke(app, ["--lang", lang, *args], env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout


def words(text: str) -> set[str]:
    return {w.strip(".,:;()\"'") for w in BOX.sub(" ", text).split()} - {""}


def hyphen_piece(token: str, whole: set[str]) -> bool:
    """Whether `token` is a run of an id's hyphen pieces ("llama-", "3-8b"): a break after a hyphen, not a split."""
    for word in whole:
        parts = fit.pieces(word)
        runs = {"".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
        if len(parts) > 1 and token in runs:
            return True
    return False


def assert_fits_and_splits_nothing(width: int, *args: str) -> str:
    narrow, wide = shown(width, *args), shown(400, *args)
    too_wide = [line for line in narrow.splitlines() if cell_len(line) > width and not URL_LINE.match(line)]
    assert not too_wide, f"lines wider than {width}: {too_wide[:3]}"
    assert "…" not in narrow, "nothing cut short"
    whole = words(wide)
    split = sorted(w for w in words(narrow) - whole - LAYOUT if not set(w) <= set("●◐○?") and not hyphen_piece(w, whole))
    assert not split, f"words split at {width} columns: {split[:10]}"
    return narrow


def test_rate_sources_shows_every_source_and_artifact_at_any_width():
    document = json.loads(shown(120, "rate", "llama-3", "--sources", "--format", "json"))
    members = [m["name"] for m in document["members"]]
    kinds = [a["kind"] for a in document["artifacts"]]
    assert len(members) >= 8
    for width in (120, 80, 60):
        text = assert_fits_and_splits_nothing(width, "rate", "llama-3", "--sources")
        found = words(text) | {w.rstrip(",、") for w in words(text)}
        assert set(members) <= found, f"sources missing at {width}: {set(members) - found}"
        assert set(kinds) <= found, f"artifacts missing at {width}: {set(kinds) - found}"
        assert "\n" + " " * 8 + "\n" not in text


def test_rate_sources_keeps_the_table_when_every_source_fits():
    text = shown(160, "rate", "olmo-2", "--sources")
    document = json.loads(shown(160, "rate", "olmo-2", "--sources", "--format", "json"))
    if len(document["members"]) <= 2:
        assert "┃ Artifact" in text
    assert all(cell_len(line) <= 160 for line in text.splitlines() if not URL_LINE.match(line))


@pytest.mark.parametrize("rubric", ["openscore", "mof"])
@pytest.mark.parametrize("width", [60, 80])
def test_list_keeps_rank_score_and_strip_whole(rubric, width):
    text = assert_fits_and_splits_nothing(width, "list", "--rubric", rubric)
    cards = json.loads(shown(width, "list", "--rubric", rubric, "--format", "json"))["scorecards"]
    rows = [BOX.sub("|", line).split("|") for line in text.splitlines() if line.startswith("│")]
    ranked = [cells for cells in rows if cells[1].strip().isdigit()]
    assert [int(cells[1]) for cells in ranked] == list(range(1, len(cards) + 1)), "every rank shown whole"
    strip_length = len(cards[0]["criteria"])
    strips = [cells[-2].strip() for cells in ranked]
    assert all(len(s) == strip_length for s in strips), "the criteria strip is never cut"
    header = [cell.strip() for cell in BOX.sub("|", next(line for line in text.splitlines() if "┃ Model" in line)).split("|")]
    score = header.index("Score")
    assert [float(cells[score]) for cells in ranked] == [round(c["score"], 2) for c in cards], "every score shown whole"
    ids = "".join(cells[2].strip() for cells in rows)
    for card in cards[:40]:
        assert card["model_id"] in ids, f"{card['model_id']} shown whole (wrapped after a hyphen at most)"


def test_rate_fits_a_long_license_id_at_120_columns():
    text = assert_fits_and_splits_nothing(120, "rate", "qwen-72b")
    header = next(line for line in text.splitlines() if "Evidence" in line)
    assert header.rstrip().endswith("┃"), "the Evidence column and the right border are shown"
    assert "tongyi-qianwen-license-agreement" in text or "tongyi-qianwen-" in text


@pytest.mark.parametrize(("width", "args"), [(60, FIVE), (80, FIVE), (80, ("rubric", "show", "mof")), (60, ("rubric", "show", "mof")),
                                             (60, ("rubrics",)), (80, ("rubrics",)), (120, ("licenses",)), (80, ("licenses",)),
                                             (60, ("license", "llama3")), (120, ("rubric", "show", "openscore"))])
def test_narrow_terminals_split_no_word(width, args):
    assert_fits_and_splits_nothing(width, *args)


def test_compare_at_60_columns_gives_every_model_its_results():
    text = shown(60, *FIVE)
    for model in FIVE[1:]:
        assert re.search(rf"^\s+{re.escape(model)}\s+◐ partial 10/20$|^\s+{re.escape(model)}\s", text, re.M)
    assert re.search(r"^\s+glm-4-9b\s+◐ partial 16\.67/20$", text, re.M)
    assert re.search(r"^\s+mistral-7b\s+open weights$", text, re.M)


@pytest.mark.parametrize("args", [FIVE, ("rubrics",), ("licenses",), ("rate", "llama-3", "--sources"), ("list", "--rubric", "mof")])
@pytest.mark.parametrize("width", [60, 120])
def test_chinese_output_stays_within_the_width(args, width):
    text = shown(width, *args, lang="zh")
    assert all(cell_len(line) <= width for line in text.splitlines() if not URL_LINE.match(line))
    assert "…" not in text


def test_wrapped_prose_keeps_its_indent_at_120_columns():
    licence = shown(120, "license", "llama3")
    assert not [line for line in licence.splitlines() if line.startswith("http")], "a restriction's URL is never at column 0"
    assert "\n    https://github.com/meta-llama/llama3/blob/main/LICENSE" in licence
    rubric = shown(120, "rubric", "show", "openscore").splitlines()
    description = rubric[1:rubric.index(next(line for line in rubric if line.startswith("┏")))]
    assert len(description) >= 2 and all(line.startswith("  ") for line in description)


def test_rate_llama3_table_is_unchanged_at_120_columns():
    text = shown(120, "rate", "llama-3")
    assert "┃ Criterion       ┃ Grade     ┃ Points ┃ License     ┃ Reason" in text
    assert "│ Weights         │ ◐ partial │ 10/20  │ llama3      │ base weights: partly released, llama3 is restricted  │ [1]      │" in text


@pytest.mark.parametrize("width", [60, 80])
def test_license_urls_stay_whole_and_indented_on_narrow_terminals(width):
    text = shown(width, "license", "llama3")
    assert not [line for line in text.splitlines() if line and not line[0].isspace() and "://" in line]
    assert "\n    https://github.com/meta-llama/llama3/blob/main/LICENSE\n" in text
    assert "\n  - must show \"Built with Meta Llama 3\"; derived model\n    names" in text or width > 60
