"""`openscore report --html`: the page's content, checked against the JSON scorecards, and its safety."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()
FIXTURES = Path(__file__).parents[1] / "fixtures"
REPORT = FIXTURES / "report"
MODELS = REPORT / "models.yaml"
SYMBOLS = {"open": "●", "partial": "◐", "closed": "○", "unknown": "?"}


@dataclasses.dataclass
class Node:
    """A parsed HTML element: enough DOM to query a page in tests."""

    tag: str
    attrs: dict[str, str | None]
    children: list[Node | str] = dataclasses.field(default_factory=list)

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def all(self, tag: str | None = None, **attrs: str) -> list[Node]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and all(n.attrs.get(k) == v for k, v in attrs.items())]

    def one(self, tag: str | None = None, **attrs: str) -> Node:
        found = self.all(tag, **attrs)
        assert len(found) == 1, (tag, attrs, len(found))
        return found[0]

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def cells(self) -> list[Node]:
        return [c for c in self.children if isinstance(c, Node) and c.tag in ("td", "th")]


class _Builder(HTMLParser):
    VOID = frozenset({"meta", "input", "br", "img", "link", "hr", "col", "source", "area", "base", "embed", "param", "track", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in self.VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        open_tags = [n.tag for n in self.stack]
        if tag in open_tags[1:]:
            del self.stack[len(open_tags) - 1 - open_tags[::-1].index(tag):]

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def rows(page: Node, rubric: str = "openscore") -> list[Node]:
    section = page.one("section", id=f"rubric-{rubric}")
    return section.one("table", **{"class": "board"}).one("tbody").all("tr")


def make_report(tmp_path: Path, *args: str, data: Path = MODELS) -> tuple[object, Path]:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--html", str(out), "--data", str(data), *args])
    return result, out


def scorecards(data: Path = MODELS, rubric: str = "openscore") -> list[dict]:
    result = runner.invoke(app, ["list", "-f", "json", "--rubric", rubric, "--data", str(data)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["scorecards"]


def test_one_row_per_model_best_first_with_score_and_verdict(tmp_path):
    result, out = make_report(tmp_path)
    assert result.exit_code == 0, result.output
    cards = {c["model_id"]: c for c in scorecards()}
    table = rows(parse(out.read_text("utf-8")))
    assert [r.attrs["data-model"] for r in table] == sorted(cards, key=lambda m: (-cards[m]["percent"], m))
    for row in table:
        card = cards[row.attrs["data-model"]]
        text = row.text()
        assert card["model_name"] in text and card["organization"] in text
        assert f"{card['score']:g}/{card['max_score']:g}" in text
        assert card["verdict"]["label"] in text


def test_a_cell_per_criterion_with_symbol_reason_and_evidence_link(tmp_path):
    _, out = make_report(tmp_path)
    cards = {c["model_id"]: c for c in scorecards()}
    links = 0
    for row in rows(parse(out.read_text("utf-8"))):
        card = cards[row.attrs["data-model"]]
        cells = [c for c in row.cells() if "lv" in (c.attrs.get("class") or "").split()]
        assert len(cells) == len(card["criteria"])
        for cell, criterion in zip(cells, card["criteria"], strict=True):
            level = criterion["level"]
            assert f"lv-{level}" in cell.attrs["class"]
            assert SYMBOLS[level] in cell.text() and level in cell.text()  # readable without colour
            hover = next(n for n in cell.iter() if n.attrs.get("title"))
            assert criterion["reason"] in hover.attrs["title"]
            urls = {a["url"] for a in criterion["artifacts"] if a["url"]}
            anchors = cell.all("a")
            assert len(anchors) == (1 if urls else 0)
            if anchors:
                assert anchors[0].attrs["href"] in urls
                links += 1
    assert links > 0


def test_legend_explains_levels_criteria_and_verdicts(tmp_path):
    _, out = make_report(tmp_path)
    page = parse(out.read_text("utf-8"))
    rubric = yaml.safe_load((Path(__file__).parents[2] / "rubrics" / "openscore.yaml").read_text("utf-8"))
    legend = page.one("section", id="rubric-openscore").one("details").text()
    for criterion in rubric["criteria"]:
        assert criterion["name"] in legend and criterion["description"] in legend
    for verdict in rubric["verdicts"]:
        assert verdict["label"] in legend and verdict["description"] in legend
    key = page.one("ul", **{"aria-label": "Grades"}).text()
    assert all(f"{symbol}{level}" in key.replace(" ", "") for level, symbol in SYMBOLS.items())


def test_states_the_newest_review_date(tmp_path):
    _, out = make_report(tmp_path)
    dates = [m["last_reviewed"] for m in yaml.safe_load(MODELS.read_text("utf-8"))["models"]]
    newest = max(dates)
    assert len(set(dates)) > 1  # the fixture has several dates, so "newest" is a real choice
    assert parse(out.read_text("utf-8")).one("time").attrs["datetime"] == newest.isoformat()


def test_works_without_javascript(tmp_path):
    """Controls that need JavaScript start hidden; the script only adds to a complete static table."""
    _, out = make_report(tmp_path)
    page = parse(out.read_text("utf-8"))
    assert "hidden" in page.one(id="controls").attrs
    assert not page.all("button")  # sort buttons are made by the script


def test_self_contained_and_locked_down(tmp_path):
    _, out = make_report(tmp_path)
    page = parse(out.read_text("utf-8"))
    assert not [n for n in page.iter() if n.tag in ("link", "img", "iframe") or n.attrs.get("src")]
    csp = page.one("meta", **{"http-equiv": "Content-Security-Policy"}).attrs["content"]
    assert "default-src 'none'" in csp
    assert "unsafe-inline" not in csp


def test_rubric_all_has_a_section_per_installed_rubric(tmp_path, monkeypatch):
    from openscore import rubrics

    installed = rubrics.available()
    monkeypatch.setattr(rubrics, "available", lambda: {**installed, "fixture-two": REPORT / "rubric.yaml"})
    result, out = make_report(tmp_path, "--rubric", "all")
    assert result.exit_code == 0, result.output
    page = parse(out.read_text("utf-8"))
    sections = [s.attrs["id"] for s in page.all("section")]
    expected = {f"rubric-{rubrics.load_rubric(str(path)).id}" for path in [*installed.values(), REPORT / "rubric.yaml"]}
    assert set(sections) == expected and sections[0] == "rubric-openscore"
    assert {a.attrs["href"] for a in page.one("nav").all("a")} == {f"#{s}" for s in sections}
    models = {m["id"] for m in yaml.safe_load(MODELS.read_text("utf-8"))["models"]}
    for section in sections:
        assert {r.attrs["data-model"] for r in rows(page, section.removeprefix("rubric-"))} == models


def test_repeated_rubric_adds_sections_in_order(tmp_path):
    result, out = make_report(tmp_path, "--rubric", "openscore", "--rubric", str(REPORT / "rubric.yaml"), "--rubric", "openscore")
    assert result.exit_code == 0, result.output
    page = parse(out.read_text("utf-8"))
    assert [s.attrs["id"] for s in page.all("section")] == ["rubric-openscore", "rubric-fixture-two"]
    cards = {c["model_id"]: c for c in scorecards(rubric=str(REPORT / "rubric.yaml"))}
    for row in rows(page, "fixture-two"):
        assert cards[row.attrs["data-model"]]["verdict"]["label"] in row.text()


def test_empty_data_gives_a_page_that_says_so(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("models: []\n")
    result, out = make_report(tmp_path, data=empty)
    assert result.exit_code == 0, result.output
    page = parse(out.read_text("utf-8"))
    assert rows(page) == [] and "No models" in page.text()


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--rubric", "nope"], "no rubric 'nope'"), (["--html", "/nonexistent-dir/x.html"], "cannot write /nonexistent-dir/x.html")],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    result = runner.invoke(app, ["report", "--html", str(tmp_path / "r.html"), "--data", str(MODELS), *args])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


# Security: data and rubric files are untrusted.

ALLOWED_TAGS = {"#document", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "small", "time", "nav",
                "a", "div", "ul", "li", "span", "b", "label", "input", "output", "main", "section", "table", "thead", "tbody", "tr",
                "th", "td", "details", "summary", "footer", "script"}


def assert_inert(html: str) -> None:
    """No element, attribute or link came from the payloads: only the page's own markup and http(s) links."""
    page = parse(html)
    assert {n.tag for n in page.iter()} <= ALLOWED_TAGS
    scripts = page.all("script")
    assert len(scripts) == 1 and "alert" not in scripts[0].text()
    for node in page.iter():
        assert not [name for name in node.attrs if name.startswith("on")], node
        href = node.attrs.get("href")
        if href is not None:
            assert href.startswith(("https://", "http://", "#")), href
    assert "<script>alert" not in html and "<img" not in html  # escaped text is fine: &lt;img


def test_payloads_in_every_field_stay_text(tmp_path):
    rubric = str(REPORT / "payload-rubric.yaml")
    result, out = make_report(tmp_path, "--rubric", "openscore", "--rubric", rubric, data=REPORT / "payloads.yaml")
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    assert_inert(html)
    page = parse(html)
    # shown as text, not dropped: the name, organization, license and notes all reach the reader
    row = rows(page)[0]
    assert "<script>alert('name')</script>" in row.text()
    assert "onerror=alert('org')" in row.text()
    titles = " ".join(n.attrs.get("title") or "" for n in row.iter())
    assert "<script>alert('license')</script>" in titles and "onerror=alert('partial-notes')" in titles
    assert "<script>alert('rubric')</script>" in page.text()
    assert "javascript:" not in " ".join(n.attrs.get("href") or "" for n in page.iter())


def test_renderer_drops_links_that_are_not_http(tmp_path):
    """The schema rejects such URLs, but the renderer must not rely on it."""
    from openscore.formats.html import Board, page
    from openscore.rubrics import load_rubric

    rubric = load_rubric("openscore")
    card = scorecard_with_urls(rubric, ["javascript:alert(1)", " JavaScript:alert(2)", "data:text/html,<script>alert(3)</script>",
                                        "vbscript:msgbox(4)", "//evil.example/x", "https:alert(5)"])
    html = page([Board(rubric, [card])], dt.date(2026, 1, 1))
    assert_inert(html)
    for bad in ("javascript:", "JavaScript:", "data:text", "vbscript:", "evil.example", "alert(5)"):
        assert bad not in html
    assert not parse(html).one("table", **{"class": "board"}).all("a")


def scorecard_with_urls(rubric, urls: list[str]):
    from openscore.domain.evidence import ModelEntry
    from openscore.domain.scorer import score
    from openscore.licenses import resolve

    entry = ModelEntry.model_validate(yaml.safe_load(MODELS.read_text("utf-8"))["models"][0])
    card = score(entry, rubric, resolve)
    bad = iter(urls * 10)
    criteria = tuple(
        dataclasses.replace(c, artifacts=tuple(dataclasses.replace(a, url=next(bad)) for a in c.artifacts)) for c in card.criteria
    )
    return dataclasses.replace(card, criteria=criteria)
