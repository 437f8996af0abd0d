"""The jinja2 templates of the HTML report and the SVG badge, and the environment that renders them."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from openscore.textsafe import clean

HERE = Path(__file__).resolve().parent


@cache
def environment() -> jinja2.Environment:
    """Every template autoescaped, whatever its extension, and every value shown made safe (`safe_text`);
    undefined names are errors."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, finalize=safe_text)


_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def safe_text(value: object) -> object:
    """A value about to be shown in HTML or SVG: control characters as placeholders (`textsafe.clean`) and the
    characters XML forbids dropped, so the page and the badge stay well-formed. Markup we wrote passes as is."""
    if not isinstance(value, str) or isinstance(value, Markup):
        return value
    text = clean(value)
    return _NOT_XML.sub("", text) if not text.isprintable() else text


def source(name: str) -> str:
    """A file's text as is, for inlining (the report's CSS and JavaScript)."""
    return (HERE / name).read_text(encoding="utf-8")
