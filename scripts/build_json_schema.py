"""Write docs/schema/scorecards.schema.json (and rubric-comparison.schema.json) from the scorecard dataclasses.

Run after changing openscore/domain/scorecard.py or formats/document.py;
tests/test_json_schema.py fails while the published file is stale.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import TypeAdapter

from openscore.domain.scorecard import Scorecard
from openscore.formats.document import SCHEMA_ID

OUT = Path(__file__).resolve().parent.parent / "docs" / "schema" / "scorecards.schema.json"
COMPARISON_OUT = OUT.with_name("rubric-comparison.schema.json")
COMPARISON_ID = "urn:openscore:schema:rubric-comparison:v1"


@dataclass
class RubricRef:
    id: str
    name: str
    version: str
    max_score: float


@dataclass
class Attribution:
    """The credit a bundled database asks for, present when its facts are shown."""

    source: str
    license: str
    attribution: str


@dataclass
class ScorecardDocument:
    """The document `--format json` prints for rate, compare and list."""

    openscore: Literal["1"]
    kind: Literal["scorecards"]
    view: Literal["rate", "compare", "list"]
    rubric: RubricRef
    scorecards: list[Scorecard]
    attribution: list[Attribution] | None = None


@dataclass
class RubricComparisonDocument:
    """The document `openscore rate MODEL --rubric all --format json` prints: scorecards[i] is under rubrics[i]."""

    openscore: Literal["1"]
    kind: Literal["rubric-comparison"]
    view: Literal["rate-all"]
    rubrics: list[RubricRef]
    scorecards: list[Scorecard]


def schema() -> dict:
    result = TypeAdapter(ScorecardDocument).json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **result}


def comparison_schema() -> dict:
    result = TypeAdapter(RubricComparisonDocument).json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": COMPARISON_ID, **result}


def main() -> None:
    for path, document in ((OUT, schema()), (COMPARISON_OUT, comparison_schema())):
        path.write_text(json.dumps(document, indent=2) + "\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
