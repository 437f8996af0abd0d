"""formats/plain (`--format text`): findings and Hub findings as lines, control characters shown."""

from __future__ import annotations

import io

from openscore.checks.runner import Outcome
from openscore.errors import Problem
from openscore.formats import render
from openscore.sources.hub.disagreements import Discrepancy
from openscore.sources.hub.service import HubFindings


def text(view: str, subject: object) -> str:
    out = io.StringIO()
    render("text", view, subject, out)
    return out.getvalue()


def test_findings_then_the_summary():
    outcome = Outcome(("a.yaml", "b.yaml"), (Problem("bad", "a.yaml", 1, 2), Problem("old", "b.yaml", 3, 4, "warning")), False)
    assert text("findings", outcome).splitlines() == [
        "a.yaml:1:2: error: bad", "b.yaml:3:4: warning: old", "openscore validate: 1 error, 1 warning in 2 files"]


def test_hub_findings_one_line_each_with_terminal_escapes_neutralised():
    found = HubFindings((Discrepancy("m", "org/m", "license", "evil \x1b]8;;http://x\x07link"),), ("org/s: stale",),
                        (("org/gone", "no such model repo on the Hub"),))
    lines = text("hub-findings", found).splitlines()
    assert lines[0] == "1 disagreement between the Hub and the data file:"
    assert "\x1b" not in lines[1] and lines[1].startswith("  m: org/m: license: evil ␛]8")
    assert lines[2:] == ["1 repo checked against a cached copy:", "  org/s: stale", "1 repo could not be checked:",
                         "  org/gone: no such model repo on the Hub"]
