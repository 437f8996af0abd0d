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

from openscore.checks.runner import Outcome
from openscore.cli.common import one_line
from openscore.domain.evidence import ModelEntry
from openscore.domain.rubric import Rubric
from openscore.domain.scorer import score
from openscore.errors import Problem
from openscore.formats import badge as badges
from openscore.formats import names, render
from openscore.formats.escape import csv_cell
from openscore.formats.html import Board, page
from openscore.formats.interface import Report
from openscore.licenses import resolve_without_hints as resolve
from openscore.sources.hub.assess import Assessment
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


def rendered(fmt: str, report: Report) -> str:
    out = io.StringIO()
    render(fmt, report.view, report, out)
    return out.getvalue()


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
        report = Report(view, chosen, [card])  # type: ignore[arg-type]
        for fmt in names(view):
            text = rendered(fmt, report)
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
        report = Report(view, chosen, [card], [chosen])  # type: ignore[arg-type]
        for fmt in ("table", "markdown", "csv"):
            assert_no_control(rendered(fmt, report))


@PROPERTY
@given(name=TEXT, license=TEXT, rubric_text=TEXT)
def test_any_text_makes_a_well_formed_badge_and_page(name, license, rubric_text):
    chosen = rubric(rubric_text)
    card = score(entry(name, "Org", license, "notes"), chosen, resolve)
    made = badges.badge(card, chosen)
    svg = badges.svg(made)
    assert_no_control(svg)
    root = ElementTree.fromstring(svg)  # XML well-formed
    assert root.find("{http://www.w3.org/2000/svg}title") is not None
    shields = badges.shields_json(made)
    assert_no_control(shields)
    json.loads(shields)
    html = page([Board(chosen, [card])], dt.date(2026, 1, 1))
    assert_no_control(html)
    assert "<script" not in html.split("</style>", 1)[1].split("<script", 1)[0]  # the data adds no element of its own


@PROPERTY
@given(name=TEXT, organization=TEXT, license=TEXT)
def test_any_text_from_the_hub_makes_a_draft_that_loads_back(name, organization, license):
    hub = HubModel(repo_id="org/x", sha="0" * 40, last_modified="2025-01-01T00:00:00Z", license=license)
    made = entry(name, organization, license, "n")
    out = io.StringIO()
    render("yaml", "draft", Assessment(made, hub, "https://huggingface.co", ""), out)
    text = out.getvalue()
    assert_no_control(text)
    [model] = yaml.safe_load(text)["models"]
    weights = made.artifacts[next(iter(made.artifacts))]
    assert (model["name"], model["organization"], model["artifacts"]["weights"]["license"]) == (made.name, made.organization, weights.license)


@PROPERTY
@given(message=TEXT, file=TEXT)
def test_any_text_in_a_finding_or_error_stays_on_its_line(message, file):
    problem = Problem(message, file, 3, 4)
    for fmt in names("findings"):
        out = io.StringIO()
        render(fmt, "findings", Outcome((file,), (problem,), False), out)
        assert_no_control(out.getvalue())
        if fmt not in ("text", "github", "json"):
            continue
        if fmt == "json":
            assert json.loads(out.getvalue())["findings"][0]["message"] == message
        else:
            assert len(out.getvalue().splitlines()) == 2  # the finding, the summary
    assert "\n" not in one_line(str(problem)) and not CONTROL & set(line(message))
