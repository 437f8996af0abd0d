"""⚑ flags in the HTML report: marked in their cell, explained in the legend, only where there are any."""

from __future__ import annotations

from pathlib import Path

from test_html import MODELS, make_report, parse, rows, scorecards

from openscore.formats.wording import FLAG_LEGEND

BUNDLED = Path(__file__).parents[2] / "data" / "models.yaml"


def _flagged(rubric: str, data: Path) -> dict[str, list[bool]]:
    return {card["model_id"]: [bool(c["flags"]) for c in card["criteria"]] for card in scorecards(data, rubric)}


def test_a_flagged_grade_shows_the_flag_in_its_cell_and_the_legend_says_what_it_means(tmp_path):
    result, out = make_report(tmp_path, "--rubric", "mof", data=BUNDLED)
    assert result.exit_code == 0, result.output
    flagged = _flagged("mof", BUNDLED)
    assert any(any(row) for row in flagged.values()) and not all(all(row) for row in flagged.values())
    page = parse(out.read_text("utf-8"))
    for row in rows(page, "mof"):
        cells = [c for c in row.cells() if "lv" in (c.attrs.get("class") or "").split()]
        marked = [bool(cell.all("sup", **{"class": "flag"})) for cell in cells]
        assert marked == flagged[row.attrs["data-model"]]
    legend = page.one("section", id="rubric-mof").one("details").text()
    assert FLAG_LEGEND in legend


def test_no_flag_legend_where_no_grade_is_flagged(tmp_path):
    _, out = make_report(tmp_path)
    assert not any(any(row) for row in _flagged("openscore", MODELS).values())  # the fixture's grades carry no flag
    assert "⚑" not in parse(out.read_text("utf-8")).one("section", id="rubric-openscore").one("details").text()
