"""The format registry: every format matches its declaration, commands offer what the registry says."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from openscore import formats
from openscore.cli.app import app
from openscore.formats import interface


def test_every_format_renders_exactly_the_views_it_declares():
    assert formats.check_all() == []


def test_a_format_missing_a_declared_view_fails_when_it_loads(monkeypatch):
    class Half(interface.RendersRate):  # declares `rate` and `list`, renders only `rate`
        def render_rate(self, report, out):
            out.write("rate")

    module = type(sys)("half_format")
    module.Half = Half  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "half_format", module)
    monkeypatch.setitem(formats.FORMATS, "half", formats.Format("half", "half_format:Half", frozenset({"rate", "list"}), ""))
    with pytest.raises(TypeError, match="declares view list but is no RendersList"):
        formats.load("half")
    monkeypatch.setitem(formats.FORMATS, "half", formats.Format("half", "half_format:Half", frozenset(), ""))
    formats._loaded.pop("half", None)
    with pytest.raises(TypeError, match="is a RendersRate but does not declare view rate"):
        formats.load("half")


def test_a_view_a_format_does_not_declare_is_refused():
    with pytest.raises(ValueError, match="does not render findings"):
        formats.render("table", "findings", None, io.StringIO())


@pytest.mark.parametrize(("command", "views"), [
    (["rate", "x"], ("rate", "rate-all")), (["compare", "a", "b"], ("compare",)), (["list"], ("list",)),
    (["rubrics"], ("rubrics",)), (["rubric", "show", "x"], ("rubric",)), (["validate"], ("findings",)),
    (["diff"], ("score-diff",)), (["license", "x"], ("license",)), (["licenses"], ("licenses",)),
    (["hub", "sync"], ("hub-findings",)), (["badge", "x"], ("badge",)), (["sources"], ("sources",)), (["sources", "diff"], ("sources-diff",)),
])
def test_each_command_offers_the_registrys_formats_for_its_view(command, views):
    choices = formats.names(*views)
    assert choices
    result = CliRunner().invoke(app, [*command, "--format", "no-such-format"])
    assert result.exit_code == 2
    assert ", ".join(map(repr, choices)) in result.output


def test_machine_and_human_formats_for_every_view_that_makes_sense():
    assert {"table", "json", "yaml", "csv", "markdown"} <= set(formats.names("licenses"))
    assert {"text", "github", "json", "markdown"} <= set(formats.names("findings"))
    assert {"table", "json", "markdown"} <= set(formats.names("score-diff"))


def test_the_registry_imports_no_format_until_one_is_used():
    code = ("import sys, openscore.formats as f; f.names('rate'); "
            "print(sorted(m for m in sys.modules if m.startswith('openscore.formats.') and m != 'openscore.formats.interface'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
