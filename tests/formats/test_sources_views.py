"""The `openscore sources` views: one function per view and format, JSON through the one JSON writer."""

from __future__ import annotations

import io
import json

from openscore.formats import render as draw
from openscore.sources.status import SourceStatus


def status(name: str = "curated", what: str = "openscore data file") -> SourceStatus:
    return SourceStatus(name=name, what=what, license=None, attribution=None, upstream=None, commit=None, date=None,
                        file="data/models.yaml", records=3, converted=3, skipped=(), linked=0)


def render(fmt: str, view: str, subject: object) -> str:
    out = io.StringIO()
    draw(fmt, view, subject, out)
    return out.getvalue()


def test_sources_render_in_every_format_that_offers_the_view():
    data = json.loads(render("json", "sources", [status()]))
    assert data["kind"] == "sources" and data["sources"][0]["name"] == "curated" and data["sources"][0]["records"] == 3
    assert render("markdown", "sources", [status()]).startswith("| Source | What |")
    assert "curated: openscore data file" in render("table", "sources", [status()])


def test_sources_json_escapes_c1_controls_like_every_json_output():
    text = render("json", "sources", [status(what="evil\x9b31m")])
    assert "\\u009b" in text and "\x9b" not in text
    assert json.loads(text)["sources"][0]["what"] == "evil\x9b31m"
