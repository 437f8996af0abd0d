"""Findings as text (`file:line:column: severity: message`), GitHub Actions annotations, or JSON."""

from __future__ import annotations

import json
from typing import TextIO

from openscore.checks.runner import Outcome
from openscore.errors import Problem
from openscore.i18n import _, current, ngettext
from openscore.textsafe import clean, line


def render(outcome: Outcome, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        json.dump(_document(outcome), out, indent=2)
        out.write("\n")
        return
    for finding in outcome.findings:
        out.write((annotation(finding) if fmt == "github" else line(shown(finding))) + "\n")
    out.write(summary(outcome) + "\n")


def summary(outcome: Outcome) -> str:
    errors, warnings = outcome.count("error"), outcome.count("warning")
    files = ngettext("{n} file", "{n} files", len(outcome.files)).format(n=len(outcome.files))
    if not errors and not warnings:
        return _("openscore validate: {files} checked, no problems").format(files=files)
    return _("openscore validate: {errors}, {warnings} in {files}").format(
        errors=ngettext("{n} error", "{n} errors", errors).format(n=errors),
        warnings=ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings), files=files)


def shown(finding: Problem) -> str:
    """`file:line:column: severity: message`, the severity in the run's language."""
    if current() == "en":
        return str(finding)
    where = ":".join(str(p) for p in (finding.file, finding.line, finding.column) if p is not None)
    severity = _("warning") if finding.severity == "warning" else _("error")
    return f"{where}: {severity}: {finding.message}" if where else f"{severity}: {finding.message}"


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
