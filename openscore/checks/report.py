"""Findings as text (`file:line:column: severity: message`), GitHub Actions annotations, or JSON."""

from __future__ import annotations

import json
from typing import TextIO

from openscore.checks.runner import Outcome
from openscore.errors import Problem
from openscore.textsafe import clean, line


def render(outcome: Outcome, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump(_document(outcome), out, indent=2)
        out.write("\n")
        return
    for finding in outcome.findings:
        out.write((annotation(finding) if fmt == "github" else line(str(finding))) + "\n")
    out.write(summary(outcome) + "\n")


def summary(outcome: Outcome) -> str:
    errors, warnings = outcome.count("error"), outcome.count("warning")
    files = f"{len(outcome.files)} file{'s' * (len(outcome.files) != 1)}"
    if not errors and not warnings:
        return f"openscore validate: {files} checked, no problems"
    return f"openscore validate: {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} in {files}"


def annotation(finding: Problem) -> str:
    """A GitHub Actions workflow command: `::error file=F,line=L,col=C::message`."""
    where = ",".join(f"{key}={_escape(str(value), True)}" for key, value in
                     (("file", finding.file), ("line", finding.line), ("col", finding.column)) if value is not None)
    level = "warning" if finding.severity == "warning" else "error"
    return f"::{level}{' ' + where if where else ''}::{_escape(finding.message)}"


def _escape(value: str, property_: bool = False) -> str:
    value = clean(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_ else value


def _document(outcome: Outcome) -> dict[str, object]:
    return {
        "openscore": "1",
        "kind": "findings",
        "files": list(outcome.files),
        "errors": outcome.count("error"),
        "warnings": outcome.count("warning"),
        "findings": [
            {"file": f.file, "line": f.line, "column": f.column, "severity": f.severity, "message": f.message}
            for f in outcome.findings
        ],
    }
