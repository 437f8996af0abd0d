"""YAML: the same documents as JSON, for people who read YAML; and entries written as a data file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from openscore.formats import document, interface
from openscore.formats.interface import DataFileDocument, Report
from openscore.i18n import _

if TYPE_CHECKING:
    from openscore.checks.runner import Outcome
    from openscore.diff.changes import Diff
    from openscore.domain.evidence import Artifact
    from openscore.licenses.record import LicenseRecord
    from openscore.sources.hub.assess import Assessment
    from openscore.sources.hub.service import HubFindings
    from openscore.yamlio import Flow


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
        from openscore.textsafe import line
        from openscore.yamlio import dump

        out.write("".join(f"# {line(text)}\n" for text in data.header.splitlines()))
        dump({"models": [dict(e) for e in data.entries]}, out)

    def render_draft(self, assessment: Assessment, out: TextIO) -> None:
        """A data file of one model built from Hub evidence, every artifact kind listed, with comments saying what to check.
        The YAML comes from the emitter; the comments hold Hub text only on one line, control characters as placeholders."""
        from openscore.domain.artifacts import ArtifactKind
        from openscore.textsafe import line
        from openscore.yamlio import FlowList, dump

        entry, model = assessment.entry, assessment.model
        revision = (_(" (revision {sha}, modified {date})").format(sha=model.sha[:12], date=model.last_modified[:10])
                    if model.sha and model.last_modified else "")
        comments = [
            _("Draft from Hugging Face Hub evidence: {url}{revision}").format(url=f"{assessment.endpoint}/{model.repo_id}", revision=revision),
            _("Check each fact, replace each `unknown` with what you find (and a url), write notes in your own words."),
        ]
        item: dict[str, Any] = {"id": entry.id, "name": entry.name, "organization": entry.organization, "family": entry.family}
        if entry.released:
            item["released"] = entry.released
            comments.append(_("released: the day the Hub repo was created; check the real release date."))
        item["type"] = FlowList(t.value for t in entry.type)
        if not entry.type:
            comments.append(_("type: base, instruct, chat, code, reasoning, multimodal, ..."))
        item["hf_repos"] = FlowList(entry.hf_repos)
        item["last_reviewed"] = entry.last_reviewed
        item["artifacts"] = {kind.value: _artifact(entry.artifacts.get(kind)) for kind in ArtifactKind}
        out.write("".join(f"# {line(c)}\n" for c in comments))
        dump({"models": [item]}, out, width=10_000, indent_lists=True)


def _dump(data: Any, out: TextIO) -> None:
    from openscore.yamlio import dump

    dump(data, out, width=80)


def _artifact(fact: Artifact | None) -> Flow:
    from openscore.yamlio import Flow

    if fact is None:
        return Flow(status="unknown")
    values = {"status": fact.status.value, "license": fact.license, "url": fact.url, "notes": fact.notes, "source": fact.source}
    return Flow((k, v) for k, v in values.items() if v is not None)
