"""Findings as GitHub Actions workflow commands, which GitHub shows beside the lines of a pull request."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from openscore.formats import interface
from openscore.formats.plain import summary
from openscore.textsafe import clean

if TYPE_CHECKING:
    from openscore.checks.runner import Outcome
    from openscore.errors import Problem


class GithubFormat(interface.RendersFindings):
    def render_findings(self, outcome: Outcome, out: TextIO) -> None:
        for finding in outcome.findings:
            out.write(annotation(finding) + "\n")
        out.write(summary(outcome) + "\n")


def annotation(finding: Problem) -> str:
    """A GitHub Actions workflow command: `::error file=F,line=L,col=C::message`."""
    where = ",".join(f"{key}={_escape(str(value), True)}" for key, value in
                     (("file", finding.file), ("line", finding.line), ("col", finding.column)) if value is not None)
    level = "warning" if finding.severity == "warning" else "error"
    return f"::{level}{' ' + where if where else ''}::{_escape(finding.message)}"


def _escape(value: str, property_: bool = False) -> str:
    value = clean(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_ else value
