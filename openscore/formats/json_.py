"""JSON: the stable document of formats.document, for other tools."""

from __future__ import annotations

import json
from typing import TextIO

from openscore.formats import document
from openscore.formats.interface import Report


class JsonFormat:
    def render(self, report: Report, out: TextIO) -> None:
        json.dump(document.build(report), out, indent=2, ensure_ascii=False)
        out.write("\n")
