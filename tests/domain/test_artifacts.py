"""docs/VOCABULARY.md documents every artifact kind, one line each, as the code defines it."""

from __future__ import annotations

from pathlib import Path

from openscore.domain.artifacts import ArtifactKind

DOC = (Path(__file__).resolve().parents[2] / "docs" / "VOCABULARY.md").read_text()


def test_every_kind_has_its_line():
    rows = {line.split("|")[1].strip().strip("`"): line for line in DOC.splitlines() if line.startswith("| `")}
    assert set(rows) == {k.value for k in ArtifactKind}
    for kind in ArtifactKind:
        assert f"| {kind.content_type.value} | {kind.description} |" in rows[kind.value]
