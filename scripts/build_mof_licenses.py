"""Rewrite the Model Openness Tool's list of open licenses in rubrics/mof.yaml from a checkout of the tool.

    python scripts/build_mof_licenses.py PATH_TO/model_openness_tool

The tool (web/modules/mof/src/LicenseHandler.php, isOpenSourceLicense) counts a license as open when its id
is, exactly, the id of a license its database marks OSI-approved or FSF-libre, or one of its OPEN_DATA_LICENSES,
or one of its OPEN_LICENSES. Its database is loaded (LicenseImporter.php) from licenses.json, the SPDX list,
then mof-licenses.json, whose entries replace those of the same id (a flag it leaves out becomes false).
The list goes between the `# BEGIN mot-open` and `# END mot-open` lines of the rubric, one id per line.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUBRIC = ROOT / "rubrics" / "mof.yaml"
BEGIN, END = "# BEGIN mot-open", "# END mot-open"


def php_list(source: str, constant: str) -> list[str]:
    """The strings of a `const NAME = [ '...', ... ];` in PHP source."""
    match = re.search(rf"const {constant} = \[(.*?)\];", source, re.DOTALL)
    if match is None:
        raise SystemExit(f"{constant} not found in LicenseHandler.php")
    return re.findall(r"'([^']*)'", match.group(1))


def open_ids(checkout: Path) -> list[str]:
    module = checkout / "web" / "modules" / "mof"
    database: dict[str, dict] = {}
    for name in ("licenses.json", "mof-licenses.json"):
        for entry in json.loads((module / name).read_text(encoding="utf-8"))["licenses"]:
            database[entry["licenseId"]] = entry
    handler = (module / "src" / "LicenseHandler.php").read_text(encoding="utf-8")
    found = {i for i, e in database.items() if e.get("isOsiApproved") or e.get("isFsfLibre")}
    found |= set(php_list(handler, "OPEN_DATA_LICENSES")) | set(php_list(handler, "OPEN_LICENSES"))
    return sorted(found, key=str.lower)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    ids = open_ids(Path(sys.argv[1]))
    text = RUBRIC.read_text(encoding="utf-8")
    start, stop = text.index(BEGIN), text.index(END)
    indent = " " * (len(text[: stop].rsplit("\n", 1)[1]))
    block = BEGIN + "\n" + "".join(f"{indent}- {json.dumps(i)}\n" for i in ids) + indent
    partial = RUBRIC.with_name(RUBRIC.name + ".part")
    partial.write_text(text[:start] + block + text[stop:], encoding="utf-8")
    os.replace(partial, RUBRIC)  # whole or not at all
    print(f"{len(ids)} open license ids written to {RUBRIC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
