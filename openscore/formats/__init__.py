"""Output formats, one module each, behind `interface.Formatter`."""

from __future__ import annotations

import importlib

from openscore.formats.interface import Formatter

FORMATS = {
    "table": "openscore.formats.table:TableFormat",
    "json": "openscore.formats.json_:JsonFormat",
    "yaml": "openscore.formats.yaml_:YamlFormat",
    "csv": "openscore.formats.csv_:CsvFormat",
    "markdown": "openscore.formats.markdown:MarkdownFormat",
}


def formatter(name: str) -> Formatter:
    """The formatter called `name`; only its module is imported."""
    module, _, attr = FORMATS[name].partition(":")
    return getattr(importlib.import_module(module), attr)()
