"""Arbitrary text through every field into every format: the output parses in its own format and holds no raw
control character (issue 14). Markup, escapes, control characters, formula prefixes, RTL, emoji and Chinese."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from openscore.cli.common import one_line
from openscore.domain.evidence import ModelEntry
from openscore.domain.rubric import Rubric
from openscore.domain.scorecard import Scorecard
from openscore.domain.scorer import score
from openscore.errors import Problem
from openscore.formats.escape import csv_cell
from openscore.licenses import resolve_without_hints as resolve
from openscore.sources.hub.model import HubModel
from openscore.textsafe import line

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "schema" / "scorecards.schema.json").read_text(encoding="utf-8"))
RUBRIC = yaml.safe_load((ROOT / "rubrics" / "openscore.yaml").read_text(encoding="utf-8"))
# Raw controls a terminal or a parser would act on: C0 but tab and newline, DEL, C1.
CONTROL = {chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))} - {"\t", "\n"}
PIECES = ["[/bold]", "[link=file:///etc/passwd]MIT[/link]", "\x1b[2J", "\x1b]0;title\x07", "\x1b]8;;http://e\x1b\\", "\x9b31m",
          "=1+1", "+", "-", "@", "@octocat", "\r", "\n", "\t", "\x00", "\x85", "\u2028", "![x](http://e/i.png)", "<img src=x>",
          "[a](http://e)", "|", "\\", "`", "*", "_", "&amp;", "<", ">", "]]>", "\u202e", "שלום", "مرحبا", "😀", "👩‍💻",
          "开放模型", "通义千问", "{{ x }}", "{% raw %}", ":smile:", "${x}", "$x$", "~~", "'", '"', "---", "...", "# ", "- "]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(st.characters(exclude_categories=("Cs",)), max_size=8)),
                min_size=1, max_size=8).map("".join).filter(lambda s: s.strip() and len(s) <= 200)
PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- how each output is rendered: the only lines that know the output layer's internals -------------

def scorecard_formats() -> list[str]:
    from openscore.formats import names

    return names("rate", "list", "compare")


def render_scorecards(fmt: str, view: str, chosen: Rubric, cards: list[Scorecard]) -> str:
    from openscore.formats import render
    from openscore.formats.interface import Report

    out = io.StringIO()
    render(fmt, view, Report(view, chosen, cards, [chosen] * len(cards)), out)  # type: ignore[arg-type]
    return out.getvalue()


def render_badges(card: Scorecard, chosen: Rubric) -> tuple[str, str]:
    """The SVG badge and the shields.io endpoint JSON."""
    from openscore.formats import badge as badges

    made = badges.badge(card, chosen)
    return badges.svg(made), badges.shields_json(made)


def render_page(card: Scorecard, chosen: Rubric) -> str:
    from openscore.formats.html import Board, page

    return page([Board(chosen, [card])], dt.date(2026, 1, 1))


def render_draft(made: ModelEntry, hub: HubModel) -> str:
    from openscore.formats import render
    from openscore.sources.hub.assess import Assessment

    out = io.StringIO()
    render("yaml", "draft", Assessment(made, hub, "https://huggingface.co", ""), out)
    return out.getvalue()


def render_findings(problem: Problem, fmt: str) -> str:
    from openscore.checks.runner import Outcome
    from openscore.formats import render

    out = io.StringIO()
    render(fmt, "findings", Outcome((str(problem.file),), (problem,), False), out)
    return out.getvalue()


def render_diff(name: str, old: Scorecard, new: Scorecard, chosen: Rubric, label: str, fmt: str) -> str:
    from openscore.diff.changes import CriterionChange, Diff, ModelChange, RubricChanges
    from openscore.formats import render

    change = ModelChange("x", name, "changed", old, new, (CriterionChange("weights", label, "open", "partial", 20, 10),))
    out = io.StringIO()
    render(fmt, "score-diff", Diff(label, "0" * 40, (RubricChanges(chosen, (change,), label),), (label,)), out)
    return out.getvalue()


# -- the properties --------------------------------------------------------------------------------

def entry(name: str, organization: str, license: str, notes: str) -> ModelEntry:
    return ModelEntry.model_validate({
        "id": "x", "name": name, "organization": organization, "family": "x", "last_reviewed": dt.date(2026, 1, 1),
        "artifacts": {"weights": {"status": "open", "license": license, "url": "https://example.org/w", "notes": notes},
                      "training_code": {"status": "partial", "license": license, "url": "https://example.org/c"}}})


def rubric(text: str) -> Rubric:
    data = json.loads(json.dumps(RUBRIC))
    data["name"], data["description"] = text, text
    for criterion in data["criteria"]:
        criterion["name"] = criterion["description"] = text
    for verdict in data["verdicts"]:
        verdict["label"] = verdict["description"] = text
    data["tiers"] = [{"id": "t", "name": text, "description": text, "requires": ["weights"]}]
    return Rubric.model_validate(data)


def assert_no_control(text: str) -> None:
    assert not CONTROL & set(text), sorted({hex(ord(c)) for c in CONTROL & set(text)})


def assert_markdown_inert(text: str) -> None:
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    inline = [child for token in tokens for child in token.children or ()]
    assert not {t.type for t in (*tokens, *inline)} & {"image", "link_open", "html_inline", "html_block"}
    cells, rows = 0, []
    for token in tokens:
        if token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            rows.append(cells)
            cells = 0
    assert rows and len(set(rows)) == 1, rows  # no cell split or merged by the text


@PROPERTY
@given(name=TEXT, organization=TEXT, license=TEXT, notes=TEXT, rubric_text=TEXT)
def test_any_text_in_any_field_parses_in_every_format(name, organization, license, notes, rubric_text):
    chosen = rubric(rubric_text)
    card = score(entry(name, organization, license, notes), chosen, resolve)
    for view in ("rate", "list", "compare"):
        for fmt in scorecard_formats():
            text = render_scorecards(fmt, view, chosen, [card])
            assert_no_control(text)
            if fmt == "json":
                document = json.loads(text)
                jsonschema.validate(document, SCHEMA)
                assert document["scorecards"][0]["model_name"] == card.model_name  # escaped, not changed
            elif fmt == "yaml":
                assert yaml.safe_load(text)["scorecards"][0]["organization"] == card.organization
            elif fmt == "csv":
                rows = list(csv.reader(io.StringIO(text)))
                assert len({len(row) for row in rows}) == 1
                assert all(not cell.lstrip().startswith(("=", "+", "-", "@")) for row in rows for cell in row)
                if view == "list":
                    assert rows[1][1] == csv_cell(card.model_name)
            elif fmt == "markdown":
                assert_markdown_inert(text)
    for view in ("rubric", "rate-all"):
        for fmt in ("table", "markdown", "csv"):
            assert_no_control(render_scorecards(fmt, view, chosen, [card]))


@PROPERTY
@given(name=TEXT, license=TEXT, rubric_text=TEXT)
def test_any_text_makes_a_well_formed_badge_and_page(name, license, rubric_text):
    chosen = rubric(rubric_text)
    card = score(entry(name, "Org", license, "notes"), chosen, resolve)
    svg, shields = render_badges(card, chosen)
    assert_no_control(svg)
    root = ElementTree.fromstring(svg)  # XML well-formed
    assert root.find("{http://www.w3.org/2000/svg}title") is not None
    assert_no_control(shields)
    json.loads(shields)
    html = render_page(card, chosen)
    assert_no_control(html)
    assert "<script" not in html.split("</style>", 1)[1].split("<script", 1)[0]  # the data adds no element of its own


@PROPERTY
@given(name=TEXT, organization=TEXT, license=TEXT)
def test_any_text_from_the_hub_makes_a_draft_that_loads_back(name, organization, license):
    hub = HubModel(repo_id="org/x", sha="0" * 40, last_modified="2025-01-01T00:00:00Z", license=license)
    made = entry(name, organization, license, "n")
    text = render_draft(made, hub)
    assert_no_control(text)
    [model] = yaml.safe_load(text)["models"]
    weights = made.artifacts[next(iter(made.artifacts))]
    assert (model["name"], model["organization"], model["artifacts"]["weights"]["license"]) == (made.name, made.organization, weights.license)


@PROPERTY
@given(message=TEXT, file=TEXT)
def test_any_text_in_a_finding_or_error_stays_on_its_line(message, file):
    problem = Problem(message, file, 3, 4)
    for fmt in ("text", "github", "json"):
        text = render_findings(problem, fmt)
        assert_no_control(text)
        if fmt == "json":
            assert json.loads(text)["findings"][0]["message"] == message
        else:
            assert len(text.splitlines()) == 2  # the finding, the summary
    assert "\n" not in one_line(str(problem)) and not CONTROL & set(line(message))


@PROPERTY
@given(name=TEXT, rubric_text=TEXT, note=TEXT)
def test_any_text_in_a_score_diff_parses_in_every_diff_format(name, rubric_text, note):
    chosen = rubric(rubric_text)
    old = score(entry(name, "Org", "MIT", "n"), chosen, resolve)
    new = score(entry(name, "Org", "CC-BY-NC-4.0", "n"), chosen, resolve)
    for fmt in ("table", "markdown", "json"):
        text = render_diff(name, old, new, chosen, note, fmt)
        assert_no_control(text)
        if fmt == "markdown":
            assert_markdown_inert(text)
        elif fmt == "json":
            assert json.loads(text)["rubrics"][0]["changes"][0]["model_name"] == name
