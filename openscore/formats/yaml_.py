"""YAML: the same document as JSON, for people who read YAML."""

from __future__ import annotations

from typing import TextIO

import yaml

from openscore.formats import document
from openscore.formats.interface import Report


class YamlFormat:
    def render(self, report: Report, out: TextIO) -> None:
        yaml.safe_dump(document.build(report), out, sort_keys=False, allow_unicode=True)
