"""Write the JSON Schema of every JSON document openscore prints to docs/schema/<kind>.schema.json.

The scorecard documents come from the scorecard dataclasses, the others from the shapes below.
Run after changing openscore/domain/scorecard.py, formats/document.py or a shape here;
tests/formats/test_json_schemas.py fails while a published file is stale.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Optional, Union

from pydantic import ConfigDict, TypeAdapter, with_config
from typing_extensions import TypedDict

from openscore.diff.changes import CriterionChange
from openscore.domain.licensing import LicenseClass
from openscore.domain.rubric import Rubric
from openscore.domain.scorecard import Scorecard
from openscore.formats.document import SCHEMA_ID, SCHEMA_VERSION
from openscore.sources.hub.disagreements import Discrepancy
from openscore.sources.hub.service import SyncSummary

OUT = Path(__file__).resolve().parent.parent / "docs" / "schema"
Version = Literal["1"]
assert SCHEMA_VERSION == "1", "a new schema version: update Version and the $id of every schema"
STRICT = ConfigDict(extra="forbid")


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

    openscore: Version
    lang: Literal["en", "zh"]  # the language of the human-readable fields; keys, ids and enum values never change
    kind: Literal["scorecards"]
    view: Literal["rate", "compare", "list"]
    rubric: RubricRef
    scorecards: list[Scorecard]
    attribution: list[Attribution] | None = None


@dataclass
class RubricComparisonDocument:
    """The document `openscore rate MODEL --rubric all --format json` prints: scorecards[i] is under rubrics[i]."""

    openscore: Version
    lang: Literal["en", "zh"]  # the language of the human-readable fields; keys, ids and enum values never change
    kind: Literal["rubric-comparison"]
    view: Literal["rate-all"]
    rubrics: list[RubricRef]
    scorecards: list[Scorecard]


@with_config(STRICT)
class RubricsDocument(TypedDict):
    """`openscore rubrics` and `openscore rubric show NAME`: each rubric file's content, normalised."""

    openscore: Version
    lang: Literal["en", "zh"]  # the language of the human-readable fields; keys, ids and enum values never change
    kind: Literal["rubrics"]
    rubrics: list[Rubric]


@with_config(STRICT)
class Finding(TypedDict):
    file: Optional[str]  # noqa: UP045 - pydantic evaluates these on Python 3.10
    line: Optional[int]  # noqa: UP045
    column: Optional[int]  # noqa: UP045
    severity: Literal["error", "warning"]
    message: str


@with_config(STRICT)
class FindingsDocument(TypedDict):
    """`openscore validate --format json`."""

    openscore: Version
    lang: Literal["en", "zh"]  # the language of the human-readable fields; keys, ids and enum values never change
    kind: Literal["findings"]
    files: list[str]
    errors: int
    warnings: int
    findings: list[Finding]


@with_config(STRICT)
class Side(TypedDict):
    score: float
    max_score: float
    verdict: Optional[str]  # noqa: UP045
    tier: Optional[str]  # noqa: UP045


@with_config(STRICT)
class ModelChange(TypedDict):
    model_id: str
    model_name: str
    change: Literal["added", "removed", "changed"]
    old: Optional[Side]  # noqa: UP045
    new: Optional[Side]  # noqa: UP045
    criteria: list[CriterionChange]


@with_config(STRICT)
class RubricChanges(TypedDict):
    id: str
    name: str
    version: str
    note: Optional[str]  # noqa: UP045
    changes: list[ModelChange]


@with_config(STRICT)
class ScoreDiffDocument(TypedDict):
    """`openscore diff --format json`."""

    openscore: Version
    lang: Literal["en", "zh"]  # the language of the human-readable fields; keys, ids and enum values never change
    kind: Literal["score-diff"]
    base: str
    base_commit: str
    notes: list[str]
    rubrics: list[RubricChanges]


@with_config(STRICT)
class LicenseProperty(TypedDict):
    name: str
    value: Union[bool, str]  # noqa: UP007
    source: str
    restriction: Optional[str]  # noqa: UP045
    note: Optional[str]  # noqa: UP045


License = with_config(STRICT)(TypedDict("License", {
    "query": str, "key": str, "name": str, "class": LicenseClass, "recognised": bool, "spdx": Optional[str],  # noqa: UP045
    "osi_approved": bool, "fsf_libre": bool, "content_types": list[str], "restrictions": list[str],
    "properties": list[LicenseProperty], "url": Optional[str], "sources": list[str],  # noqa: UP045
    "scancode_category": Optional[str], "notes": Optional[str], "suggestions": list[str], "warning": Optional[str],  # noqa: UP045
}))


@with_config(STRICT)
class LicenseDocument(TypedDict):
    """`openscore license ID --format json`."""

    openscore: Version
    lang: Literal["en", "zh"]  # the language of the human-readable fields; keys, ids and enum values never change
    kind: Literal["license"]
    license: License  # type: ignore[valid-type]


@with_config(STRICT)
class LicensesDocument(TypedDict):
    """`openscore licenses --format json`."""

    openscore: Version
    lang: Literal["en", "zh"]  # the language of the human-readable fields; keys, ids and enum values never change
    kind: Literal["licenses"]
    licenses: list[License]  # type: ignore[valid-type]


@with_config(STRICT)
class FailedRepo(TypedDict):
    repo: str
    message: str
    unreachable: bool  # the Hub could not be reached at all (no connection, timeout, offline), not a fault of the repo


@with_config(STRICT)
class HubFindingsDocument(TypedDict):
    """`openscore hub sync --format json`."""

    openscore: Version
    lang: Literal["en", "zh"]  # the language of the human-readable fields; keys, ids and enum values never change
    kind: Literal["hub-findings"]
    sync: Optional[SyncSummary]  # noqa: UP045
    discrepancies: list[Discrepancy]
    stale: list[str]
    failed: list[FailedRepo]


SHAPES: dict[str, Any] = {
    "scorecards": ScorecardDocument, "rubric-comparison": RubricComparisonDocument, "rubrics": RubricsDocument,
    "findings": FindingsDocument, "score-diff": ScoreDiffDocument, "license": LicenseDocument, "licenses": LicensesDocument,
    "hub-findings": HubFindingsDocument,
}


def schema(kind: str = "scorecards") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the document of `kind`."""
    found = TypeAdapter(SHAPES[kind]).json_schema(mode="serialization", by_alias=True)
    ident = SCHEMA_ID if kind == "scorecards" else f"urn:openscore:schema:{kind}:v{SCHEMA_VERSION}"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": ident, **found}


def comparison_schema() -> dict[str, Any]:
    return schema("rubric-comparison")


def path(kind: str) -> Path:
    return OUT / f"{kind}.schema.json"


def main() -> None:
    for kind in SHAPES:
        path(kind).write_text(json.dumps(schema(kind), indent=2) + "\n")
        print(f"wrote {path(kind)}")


if __name__ == "__main__":
    main()
