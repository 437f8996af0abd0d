"""Plain lines: findings as `file:line:column: severity: message`, Hub findings as one line each."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from openscore.formats import interface
from openscore.i18n import N_, _, current, ngettext
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
        lines = [sync_line(findings.sync)] if findings.sync else []
        if findings.discrepancies:
            n = len(findings.discrepancies)
            lines.append(ngettext("{n} disagreement between the Hub and the data file:",
                                  "{n} disagreements between the Hub and the data file:", n).format(n=n))
            lines += [f"  {d}" if current() == "en" else "  " + _("{entry}: {repo}: {topic}: {message}").format(
                entry=d.entry_id, repo=d.repo_id, topic=_(d.topic), message=d.message) for d in findings.discrepancies]
        if findings.stale:
            n = len(findings.stale)
            lines.append(ngettext("{n} repo checked against a cached copy:", "{n} repos checked against a cached copy:", n).format(n=n))
            lines += [f"  {warning}" for warning in findings.stale]
        unreachable = [(repo, why) for repo, why in findings.failed if repo in findings.unreachable]
        if unreachable:  # one line, not one per repo: the Hub, not the repos, is the problem
            lines.append(_unreachable(unreachable, bool(findings.sync)))
        others = [(repo, why) for repo, why in findings.failed if repo not in findings.unreachable]
        if others:
            n = len(others)
            lines.append(ngettext("{n} repo could not be checked:", "{n} repos could not be checked:", n).format(n=n))
            lines += [f"  {why if why.startswith(repo) else f'{repo}: {why}'}" for repo, why in others]
        out.write("".join(f"{line(text)}\n" for text in lines))


# TRANSLATORS: the topics of a disagreement between the Hub and the data file
TOPICS = (N_("renamed"), N_("license"), N_("gated"), N_("weights"))


def _unreachable(unreachable: list[tuple[str, str]], synced: bool) -> str:
    """One line for repos not checked because the Hub could not be reached."""
    from openscore.sources.hub.service import plural

    repo, why = unreachable[0]
    if current() != "en":
        cause = why.removeprefix(f"{repo}: ")
        if len(unreachable) == 1:
            return why if why.startswith(repo) else f"{repo}: {why}"
        n = len(unreachable)
        said = (ngettext("{n} repo not synced", "{n} repos not synced", n) if synced
                else ngettext("{n} repo not checked", "{n} repos not checked", n)).format(n=n)
        return _("cannot reach the Hub: {what}; the cache is unchanged ({cause})").format(what=said, cause=cause)
    cause = why.split(", as ")[-1].removeprefix(f"{repo}: ").removeprefix("cannot reach the Hub at ")
    done = "synced" if synced else "checked"
    return (f"{repo}: cannot reach the Hub at {cause}" if len(unreachable) == 1 else
            f"cannot reach the Hub: {plural(len(unreachable), 'repo')} not {done}; the cache is unchanged ({cause})")


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
    if where:
        return _("{where}: {severity}: {message}").format(where=where, severity=severity, message=finding.message)
    return _("{severity}: {message}").format(severity=severity, message=finding.message)


def sync_line(sync: SyncSummary) -> str:
    from openscore.sources.hub.service import plural

    if current() == "en":
        return (f"Synced {plural(sync.repos, 'repo')} of {plural(sync.entries, 'entry')} from {sync.endpoint}: "
                f"{sync.fetched} fetched, {sync.cached} fresh in the cache, {sync.stale} stale, {sync.failed} failed.")
    return _("Synced {repos} of {entries} from {endpoint}: {fetched} fetched, {cached} fresh in the cache, {stale} stale, "
             "{failed} failed.").format(
        repos=ngettext("{n} repo", "{n} repos", sync.repos).format(n=sync.repos),
        entries=ngettext("{n} entry", "{n} entries", sync.entries).format(n=sync.entries), endpoint=sync.endpoint,
        fetched=sync.fetched, cached=sync.cached, stale=sync.stale, failed=sync.failed)
