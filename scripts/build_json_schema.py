"""Write docs/schema/scorecards.schema.json from the scorecard dataclasses.

Run after changing openscore/domain/scorecard.py or formats/document.py;
tests/test_json_schema.py fails while the published file is stale.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import TypeAdapter

from openscore.domain.scorecard import Scorecard
from openscore.formats.document import SCHEMA_ID

OUT = Path(__file__).resolve().parent.parent / "docs" / "schema" / "scorecards.schema.json"


@dataclass
class RubricRef:
    id: str
    name: str
    version: str
    max_score: float


@dataclass
class ScorecardDocument:
    """The document `--format json` prints for rate, compare and list."""

    openscore: Literal["1"]
    kind: Literal["scorecards"]
    view: Literal["rate", "compare", "list"]
    rubric: RubricRef
    scorecards: list[Scorecard]


def schema() -> dict:
    result = TypeAdapter(ScorecardDocument).json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **result}


def main() -> None:
    OUT.write_text(json.dumps(schema(), indent=2) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
