"""JSON: the stable document of formats.document, for other tools."""

from __future__ import annotations

from typing import TextIO

from openscore.formats import document
from openscore.formats.interface import Report


class JsonFormat:
    def render(self, report: Report, out: TextIO) -> None:
        # orjson serialises the scorecard dataclasses directly, some 20 times faster than json.dump with an indent
        # (whose encoder is pure Python); the text is the same: 2-space indent, UTF-8, keys in order.
        import orjson

        from openscore.textsafe import json_bytes

        data = json_bytes(orjson.dumps(document.build(report, card_data=_as_is), option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
        buffer = getattr(out, "buffer", None)
        if buffer is not None and (out.encoding or "").lower().replace("-", "") == "utf8":
            out.flush()  # what was written as text goes first
            buffer.write(data)  # bytes as they are: no decode and re-encode of a large document
            buffer.flush()
        else:
            out.write(data.decode())


def _as_is(card: object) -> object:
    return card
