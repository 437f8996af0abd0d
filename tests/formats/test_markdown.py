"""formats/markdown: tables for issues and pull requests; findings and licenses too; untrusted text escaped."""

from __future__ import annotations

import datetime as dt
import io

from openscore.checks.runner import Outcome
from openscore.domain.evidence import ModelEntry
from openscore.domain.scorer import score
from openscore.errors import Problem
from openscore.formats import render
from openscore.formats.interface import Report
from openscore.licenses import known_model_licenses, resolve
from openscore.rubrics import load_rubric
from openscore.sources.hub.disagreements import Discrepancy
from openscore.sources.hub.service import HubFindings, SyncSummary


def markdown(view: str, subject: object) -> str:
    out = io.StringIO()
    render("markdown", view, subject, out)
    return out.getvalue()


def test_rate_is_a_heading_and_a_table_with_pipes_escaped():
    entry = ModelEntry(id="m", name="A | B", organization="o", family="m", last_reviewed=dt.date(2026, 1, 1))
    rubric = load_rubric("openscore")
    text = markdown("rate", Report("rate", rubric, [score(entry, rubric, resolve)]))
    assert text.startswith("### A \\| B (`m`)\n")
    assert "| Criterion | Grade | Points | License | Reason | Evidence |" in text
    assert all(line.count(" | ") == 5 for line in text.splitlines() if line.startswith("| ") and "---" not in line)


def test_findings_as_a_pull_request_summary():
    outcome = Outcome(("a.yaml",), (Problem("x: weights is open but has no evidence url", "a.yaml", 3, 5),), False)
    text = markdown("findings", outcome)
    assert text.startswith("### openscore validate: 1 error, 0 warnings in 1 file\n")
    assert "| `a.yaml` | 3:5 | error | x: weights is open but has no evidence url |" in text
    assert markdown("findings", Outcome(("a.yaml",), (), False)) == "### openscore validate: 1 file checked, no problems\n"


def test_licenses_table_with_a_row_per_license():
    text = markdown("licenses", known_model_licenses())
    assert "| License | Name | Class | Commercial use |" in text and "| `llama3` |" in text


def test_hub_findings_mentions_nobody_and_links_nothing():
    found = HubFindings((Discrepancy("m", "org/m", "license", "the Hub says [x](http://evil) @someone"),),
                        sync=SyncSummary("https://huggingface.co", 1, 1, 1, 0, 0, 0))
    text = markdown("hub-findings", found)
    assert text.startswith("### Synced 1 repo of 1 entry from https://huggingface.co: 1 fetched")
    assert "[x](http" not in text and "\\[x\\](http" in text and "@someone" not in text
