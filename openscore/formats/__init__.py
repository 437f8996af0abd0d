"""Every output of every command: one registry of formats, one module per format.

`FORMATS` is the one list of format names: each entry says where the format's class lives and
which views (interface.View) it renders. Commands take their `--format` choices from it
(`names(view)`), and nothing is imported until a format is used: `load(name)` imports only that
format's module and checks its class against the declaration: it subclasses the typed protocol
of every declared view (interface.Renders*) and defines its method, and renders no other view.
So a missing view fails when the format loads, not when the view first runs. `check_all()`
loads every format; the test suite runs it.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from typing import Any, TextIO

from openscore.formats.interface import PROTOCOLS, SCORECARD_VIEWS, View, method_name


@dataclass(frozen=True)
class Format:
    name: str
    target: str  # "module:Class"
    views: frozenset[str]
    about: str


_DOCUMENT_VIEWS = (*SCORECARD_VIEWS, "findings", "score-diff", "license", "licenses", "hub-findings")
_SOURCE_VIEWS = ("sources", "side-by-side", "sources-diff")

FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("table", "openscore.formats.table:TableFormat",
           frozenset({*SCORECARD_VIEWS, "score-diff", "license", "licenses", *_SOURCE_VIEWS}), "rich tables for the terminal"),
    Format("text", "openscore.formats.plain:PlainFormat", frozenset({"findings", "hub-findings"}),
           "plain lines, file:line:column: severity: message"),
    Format("github", "openscore.formats.github:GithubFormat", frozenset({"findings"}), "GitHub Actions annotations"),
    Format("json", "openscore.formats.json_:JsonFormat", frozenset({*_DOCUMENT_VIEWS, *_SOURCE_VIEWS}),
           "the versioned document of docs/JSON.md"),
    Format("yaml", "openscore.formats.yaml_:YamlFormat", frozenset({*_DOCUMENT_VIEWS, "draft", "data-file"}),
           "the JSON document as YAML; data-file entries"),
    Format("csv", "openscore.formats.csv_:CsvFormat", frozenset({*SCORECARD_VIEWS, "findings", "licenses"}), "rows for spreadsheets"),
    Format("markdown", "openscore.formats.markdown:MarkdownFormat",
           frozenset({*SCORECARD_VIEWS, "findings", "score-diff", "license", "licenses", "hub-findings", *_SOURCE_VIEWS}),
           "GitHub-flavoured Markdown for issues and pull requests"),
    Format("svg", "openscore.formats.badge:SvgFormat", frozenset({"badge"}), "a shields.io-style SVG badge"),
    Format("shields", "openscore.formats.badge:ShieldsFormat", frozenset({"badge"}), "shields.io endpoint JSON"),
    Format("html", "openscore.formats.html:HtmlFormat", frozenset({"leaderboard"}), "one self-contained web page"),
)}


def names(*views: View) -> list[str]:
    """The formats that render every one of `views`, in registry order."""
    return [f.name for f in FORMATS.values() if f.views.issuperset(views)]


_loaded: dict[str, Any] = {}


def load(name: str) -> Any:
    """An instance of the format called `name`, its class checked against its declared views."""
    if name not in _loaded:
        spec = FORMATS[name]
        module, _, attr = spec.target.partition(":")
        cls = getattr(importlib.import_module(module), attr)
        problems = _mismatches(spec, cls)
        if problems:
            raise TypeError(f"format {name} ({spec.target}): {'; '.join(problems)}")
        _loaded[name] = cls()
    return _loaded[name]


def render(name: str, view: View, subject: Any, out: TextIO) -> None:
    """Render `subject` as view `view` in format `name` to `out`."""
    if view not in FORMATS[name].views:
        raise ValueError(f"format {name} does not render {view}; formats that do: {', '.join(names(view))}")
    getattr(load(name), method_name(view))(subject, out)


def check_all() -> list[str]:
    """Load every format; what does not match its declaration (empty when all do)."""
    found = []
    for name in FORMATS:
        try:
            load(name)
        except TypeError as exc:
            found.append(str(exc))
    return found


def _mismatches(spec: Format, cls: type) -> list[str]:
    """Where `cls` differs from `spec`: a declared view whose protocol it does not subclass or whose method it lacks (or takes
    other arguments), a view protocol it subclasses without declaring it."""
    found = []
    for view, protocol in PROTOCOLS.items():
        method = method_name(view)
        declared, subclassed = view in spec.views, protocol in cls.__mro__
        if declared and not subclassed:
            found.append(f"declares view {view} but is no {protocol.__name__}")
        elif subclassed and not declared:
            found.append(f"is a {protocol.__name__} but does not declare view {view}")
        elif declared and getattr(cls, method) is getattr(protocol, method):
            found.append(f"declares view {view} but does not define {method}")
        elif declared and _arity(getattr(cls, method)) != _arity(getattr(protocol, method)):
            found.append(f"{method} does not take (subject, out) like {protocol.__name__}.{method}")
    return found


def _arity(function: Any) -> int:
    return len(inspect.signature(function).parameters)
