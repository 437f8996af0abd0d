"""The jinja2 templates of the HTML report and the SVG badge, and the environment that renders them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

HERE = Path(__file__).resolve().parent


@cache
def environment() -> jinja2.Environment:
    """Every template autoescaped, whatever its extension; undefined names are errors."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def source(name: str) -> str:
    """A file's text as is, for inlining (the report's CSS and JavaScript)."""
    return (HERE / name).read_text(encoding="utf-8")
