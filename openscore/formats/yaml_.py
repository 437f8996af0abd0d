"""YAML: the same document as JSON, for people who read YAML."""

from __future__ import annotations

from typing import TextIO

from openscore.formats import document
from openscore.formats.interface import Report


class YamlFormat:
    def render(self, report: Report, out: TextIO) -> None:
        from openscore.yamlio import dump

        dump(document.build(report), out, width=80)
