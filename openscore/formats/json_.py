"""JSON: the stable documents of formats.document, for other tools (docs/JSON.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from openscore.formats import document, interface
from openscore.formats.interface import Report

if TYPE_CHECKING:
    from openscore.checks.runner import Outcome
    from openscore.diff.changes import Diff
    from openscore.licenses.record import LicenseRecord
    from openscore.sources.disagreements import SideBySide
    from openscore.sources.hub.service import HubFindings
    from openscore.sources.status import SourceStatus


class JsonFormat(interface.RendersRate, interface.RendersRateAll, interface.RendersCompare, interface.RendersList,
                 interface.RendersRubric, interface.RendersRubrics, interface.RendersFindings, interface.RendersScoreDiff,
                 interface.RendersLicense, interface.RendersLicenses, interface.RendersHubFindings,
                 interface.RendersSources, interface.RendersSideBySide, interface.RendersSourcesDiff):
    def render_rate(self, report: Report, out: TextIO) -> None:
        write(document.build(report, card_data=_as_is), out)

    render_rate_all = render_compare = render_list = render_rubric = render_rubrics = render_rate

    def render_findings(self, outcome: Outcome, out: TextIO) -> None:
        write(document.findings(outcome), out)

    def render_score_diff(self, diff: Diff, out: TextIO) -> None:
        write(document.score_diff(diff), out)

    def render_license(self, record: LicenseRecord, out: TextIO) -> None:
        write(document.license(record), out)

    def render_licenses(self, records: Sequence[LicenseRecord], out: TextIO) -> None:
        write(document.licenses(records), out)

    def render_hub_findings(self, findings: HubFindings, out: TextIO) -> None:
        write(document.hub_findings(findings), out)

    def render_sources(self, rows: Sequence[SourceStatus], out: TextIO) -> None:
        from openscore.formats import sources

        write(sources.sources_document(rows), out)

    def render_side_by_side(self, view: SideBySide, out: TextIO) -> None:
        from openscore.formats import sources

        write(sources.side_by_side_document(view), out)

    def render_sources_diff(self, views: Sequence[SideBySide], out: TextIO) -> None:
        from openscore.formats import sources

        write(sources.diff_document(views), out)



def write(data: Any, out: TextIO) -> None:
    """`data` as JSON: 2-space indent, UTF-8 (non-ASCII as is), keys in order, one trailing newline."""
    # orjson serialises the scorecard dataclasses directly, some 20 times faster than json.dump with an indent
    # (whose encoder is pure Python); the text is the same.
    # DEL and C1 controls, which JSON allows raw in strings, are written as \u escapes (textsafe.json_bytes): same data.
    import orjson

    from openscore.textsafe import json_bytes

    text = json_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
    buffer = getattr(out, "buffer", None)
    if buffer is not None and (out.encoding or "").lower().replace("-", "") == "utf8":
        out.flush()  # what was written as text goes first
        buffer.write(text)  # bytes as they are: no decode and re-encode of a large document
        buffer.flush()
    else:
        out.write(text.decode())


def _as_is(card: object) -> object:
    return card
