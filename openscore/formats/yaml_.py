"""YAML: the same documents as JSON, for people who read YAML; and entries written as a data file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

import yaml

from openscore.formats import document, interface
from openscore.formats.interface import DataFileDocument, Report

if TYPE_CHECKING:
    from openscore.checks.runner import Outcome
    from openscore.diff.changes import Diff
    from openscore.domain.evidence import Artifact
    from openscore.licenses.record import LicenseRecord
    from openscore.sources.hub.assess import Assessment
    from openscore.sources.hub.service import HubFindings


class YamlFormat(interface.RendersRate, interface.RendersRateAll, interface.RendersCompare, interface.RendersList,
                 interface.RendersRubric, interface.RendersRubrics, interface.RendersFindings, interface.RendersScoreDiff,
                 interface.RendersLicense, interface.RendersLicenses, interface.RendersHubFindings, interface.RendersDraft,
                 interface.RendersDataFile):
    def render_rate(self, report: Report, out: TextIO) -> None:
        _dump(document.build(report), out)

    render_rate_all = render_compare = render_list = render_rubric = render_rubrics = render_rate

    def render_findings(self, outcome: Outcome, out: TextIO) -> None:
        _dump(document.findings(outcome), out)

    def render_score_diff(self, diff: Diff, out: TextIO) -> None:
        _dump(document.score_diff(diff), out)

    def render_license(self, record: LicenseRecord, out: TextIO) -> None:
        _dump(document.license(record), out)

    def render_licenses(self, records: Sequence[LicenseRecord], out: TextIO) -> None:
        _dump(document.licenses(records), out)

    def render_hub_findings(self, findings: HubFindings, out: TextIO) -> None:
        _dump(document.hub_findings(findings), out)

    def render_data_file(self, data: DataFileDocument, out: TextIO) -> None:
        """The entries as a data file: the header as comments, `models:` and one mapping per entry."""
        out.write("".join(f"# {line}\n" for line in data.header.splitlines()))
        yaml.safe_dump({"models": [dict(e) for e in data.entries]}, out, sort_keys=False, allow_unicode=True, width=120)

    def render_draft(self, assessment: Assessment, out: TextIO) -> None:
        """A data file of one model built from Hub evidence, every artifact kind listed, with comments saying what to check."""
        from openscore.domain.artifacts import ArtifactKind

        entry, model = assessment.entry, assessment.model
        head = {"id": entry.id, "name": entry.name, "organization": entry.organization, "family": entry.family}
        lines = [
            f"# Draft from Hugging Face Hub evidence: {assessment.endpoint}/{model.repo_id}"
            + (f" (revision {model.sha[:12]}, modified {model.last_modified[:10]})" if model.sha and model.last_modified else ""),
            "# Check each fact, replace each `unknown` with what you find (and a url), write notes in your own words.",
            "models:",
        ]
        lines += [f"  {'- ' if i == 0 else '  '}{key}: {_flow(value)}" for i, (key, value) in enumerate(head.items())]
        if entry.released:
            lines.append(f"    released: {entry.released.isoformat()}  # the day the Hub repo was created; check the real release date")
        types = [t.value for t in entry.type]
        lines.append(f"    type: {_flow(types)}" + ("" if types else "  # base, instruct, chat, code, reasoning, multimodal, ..."))
        lines.append(f"    hf_repos: {_flow(list(entry.hf_repos))}")
        lines.append(f"    last_reviewed: {entry.last_reviewed.isoformat()}")
        lines.append("    artifacts:")
        for kind in ArtifactKind:
            fact = entry.artifacts.get(kind)
            lines.append(f"      {kind.value}: {_flow(_artifact(fact)) if fact else '{status: unknown}'}")
        out.write("\n".join(lines) + "\n")


def _dump(data: Any, out: TextIO) -> None:
    yaml.safe_dump(data, out, sort_keys=False, allow_unicode=True)


def _artifact(fact: Artifact) -> dict[str, Any]:
    values = {"status": fact.status.value, "license": fact.license, "url": fact.url, "notes": fact.notes, "source": fact.source}
    return {k: v for k, v in values.items() if v is not None}


def _flow(value: Any) -> str:
    """One value in YAML's flow style, on one line."""
    if isinstance(value, dt.date):
        return value.isoformat()
    text: str = yaml.safe_dump(value, default_flow_style=True, sort_keys=False, allow_unicode=True, width=10_000)
    return text.strip().removesuffix("\n...").strip()
