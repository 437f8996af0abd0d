"""The input caps come from what real files need: a data file of entries like the bundled ones, as large as the
byte cap allows, stays within the value cap too."""

from __future__ import annotations

from pathlib import Path

import yaml

from openscore import fileio, yamlio
from openscore.yamlio import SourceMap, _Builder

BUNDLED = Path(__file__).resolve().parent.parent / "data" / "models.yaml"


def values_in(text: bytes) -> int:
    loader = yaml.CSafeLoader(text) if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader(text)
    builder = _Builder(loader, SourceMap("f.yaml"), located=False)
    builder.document()
    return builder.count


def test_a_file_of_realistic_entries_at_the_byte_cap_is_within_the_value_cap():
    text = BUNDLED.read_bytes()
    entries = len(yaml.safe_load(text)["models"])
    per_byte = values_in(text) / len(text)
    assert yamlio.MAX_BYTES == fileio.MAX_INPUT_BYTES
    assert per_byte * yamlio.MAX_BYTES * 1.2 < yamlio.MAX_NODES, f"{per_byte * yamlio.MAX_BYTES:,.0f} values at the cap"
    assert len(text) / entries * 10_000 * 1.5 < yamlio.MAX_BYTES  # 10,000 such entries (the benchmark's file) fit with room
