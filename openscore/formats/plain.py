"""Plain lines: findings as `file:line:column: severity: message`, Hub findings as one line each."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from openscore.formats import interface
from openscore.i18n import _, current, ngettext
from openscore.textsafe import line

if TYPE_CHECKING:
    from openscore.checks.runner import Outcome
    from openscore.errors import Problem
    from openscore.sources.hub.service import HubFindings, SyncSummary


class PlainFormat(interface.RendersFindings, interface.RendersHubFindings):
    def render_findings(self, outcome: Outcome, out: TextIO) -> None:
        for finding in outcome.findings:
            out.write(line(shown(finding)) + "\n")
        out.write(summary(outcome) + "\n")

    def render_hub_findings(self, findings: HubFindings, out: TextIO) -> None:
        from openscore.sources.hub.service import plural

        lines = [sync_line(findings.sync)] if findings.sync else []
        if findings.discrepancies:
            lines.append(f"{plural(len(findings.discrepancies), 'disagreement')} between the Hub and the data file:")
            lines += [f"  {d}" for d in findings.discrepancies]
        if findings.stale:
            lines.append(f"{plural(len(findings.stale), 'repo')} checked against a cached copy:")
            lines += [f"  {warning}" for warning in findings.stale]
        unreachable = [(repo, why) for repo, why in findings.failed if repo in findings.unreachable]
        if unreachable:  # one line, not one per repo: the Hub, not the repos, is the problem
            repo, why = unreachable[0]
            cause = why.split(", as ")[-1].removeprefix(f"{repo}: ").removeprefix("cannot reach the Hub at ")
            done = "synced" if findings.sync else "checked"
            lines.append(f"{repo}: cannot reach the Hub at {cause}" if len(unreachable) == 1 else
                         f"cannot reach the Hub: {plural(len(unreachable), 'repo')} not {done}; the cache is unchanged ({cause})")
        others = [(repo, why) for repo, why in findings.failed if repo not in findings.unreachable]
        if others:
            lines.append(f"{plural(len(others), 'repo')} could not be checked:")
            lines += [f"  {why if why.startswith(repo) else f'{repo}: {why}'}" for repo, why in others]
        out.write("".join(f"{line(text)}\n" for text in lines))


def summary(outcome: Outcome) -> str:
    """'openscore validate: 2 errors, 1 warning in 3 files'."""
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


def sync_line(sync: SyncSummary) -> str:
    from openscore.sources.hub.service import plural

    return (f"Synced {plural(sync.repos, 'repo')} of {plural(sync.entries, 'entry')} from {sync.endpoint}: "
            f"{sync.fetched} fetched, {sync.cached} fresh in the cache, {sync.stale} stale, {sync.failed} failed.")
