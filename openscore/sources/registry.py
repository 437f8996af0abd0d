"""The sources the CLI reads, in precedence order, and the importers it offers.

Adding a public database: write `openscore/sources/databases/NAME.py` defining `DATABASE` and add one line
to `DATABASES`. Adding an importer: write `openscore/sources/importers/FMT.py` and add one line to
`openscore.sources.importers.FORMATS` (the `import` subcommands are generated from it).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openscore.sources.databases import Database

CURATED = "curated"  # the bundled data file, or the user's --data files; always first, and it wins
DATABASES = {  # source name -> module defining DATABASE; the order is the precedence among databases
    "mot": "openscore.sources.databases.mot",
    "osai-index": "openscore.sources.databases.osai_index",
}


def names() -> tuple[str, ...]:
    """Every source name, curated first."""
    return (CURATED, *DATABASES)


def database(name: str) -> Database:
    """The database spec of a source name; OpenscoreError for an unknown one."""
    if name not in DATABASES:
        from openscore.errors import OpenscoreError
        from openscore.i18n import _

        raise OpenscoreError(_("no database source '{name}'; known: {known}").format(name=name, known=", ".join(DATABASES)))
    module = importlib.import_module(DATABASES[name])
    found: Database = module.DATABASE
    return found
