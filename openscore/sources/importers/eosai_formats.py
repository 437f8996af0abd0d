"""The two record formats of the European Open Source AI Index, as tables: which block names the system,
which dimensions there are, which artifact each reads, and which are the editors' judgements.

- 2023 ("Opening up ChatGPT", github.com/opening-up-chatgpt/opening-up-chatgpt.github.io, projects/*.yaml):
  `project:` and `org:`, then 14 dimensions; the index sums them (rubric `eosai-2023`).
- current (osai-index.eu, github.com/Language-Technology-Assessment/main-database, one YAML per system):
  `system:` and `org:`, then the 12 parameters of its `_parameters.yml`; the site takes the mean (rubric `eosai`).
"""

from __future__ import annotations

from dataclasses import dataclass

from openscore.domain.artifacts import ArtifactKind

_K = ArtifactKind


@dataclass(frozen=True)
class Format:
    rubric: str  # the rubric that scores it, and the prefix of its judgement keys
    label: str
    head: str  # the block that names the system
    head_keys: tuple[str, ...]  # the fields of that block
    license_keys: tuple[str, ...]  # the head's license field (first), and spellings of it seen in the records
    dimensions: dict[str, ArtifactKind | None]  # dimension -> the artifact it reads (None: a judgement only)
    judgements: tuple[str, ...]  # dimensions that are the editors' judgements
    scoring: str  # how the index makes the score: "sum" or "mean"


EOSAI_2023 = Format(
    rubric="eosai-2023",
    label="Opening up ChatGPT (European Open Source AI Index, 2023 format)",
    head="project",
    head_keys=("name", "link", "notes", "llmbase", "rlbase", "license"),
    license_keys=("license",),
    dimensions={
        "opencode": _K.TRAINING_CODE,
        "llmdata": _K.PRETRAINING_DATA,
        "llmweights": _K.WEIGHTS,
        "rldata": _K.FINETUNING_DATA,
        "rlweights": _K.FINETUNED_WEIGHTS,
        "license": None,
        "code": _K.CODE_DOCS,
        "architecture": _K.TECHNICAL_REPORT,
        "preprint": _K.PREPRINT,
        "paper": _K.PAPER,
        "modelcard": _K.MODEL_CARD,
        "datasheet": _K.DATA_CARD,
        "package": _K.PACKAGE,
        "api": _K.API,
    },
    judgements=("license", "code", "architecture", "modelcard", "datasheet"),
    scoring="sum",
)

EOSAI = Format(
    rubric="eosai",
    label="European Open Source AI Index (osai-index.eu)",
    head="system",
    head_keys=("name", "link", "type", "performanceclass", "basemodelname", "endmodelname", "endmodellicense",
               "releasedate", "notes"),
    license_keys=("endmodellicense", "endmodel license", "endmodel_license"),
    dimensions={
        "datasources_basemodel": _K.PRETRAINING_DATA,
        "datasources_endmodel": _K.FINETUNING_DATA,
        "weights_basemodel": _K.WEIGHTS,
        "weights_endmodel": _K.FINETUNED_WEIGHTS,
        "trainingcode": _K.TRAINING_CODE,
        "code": _K.CODE_DOCS,
        "hardware_architecture": _K.TECHNICAL_REPORT,
        "preprint": _K.PREPRINT,
        "paper": _K.PAPER,
        "modelcard": _K.MODEL_CARD,
        "datasheet": _K.DATA_CARD,
        "licenses": None,
    },
    judgements=("licenses", "code", "hardware_architecture", "modelcard", "datasheet"),
    scoring="mean",
)

FORMATS = (EOSAI, EOSAI_2023)
POINTS = {"open": 1.0, "partial": 0.5, "closed": 0.0}  # the index's classes, exactly as it spells them
SYSTEM_TYPES = ("text", "image", "code", "video", "audio")  # the current index's system types


def detect(document: object) -> Format | None:
    """Which format a record is in: the current one has a `system:` block, the 2023 one a `project:` block."""
    if not isinstance(document, dict):
        return None
    return next((f for f in FORMATS if isinstance(document.get(f.head), dict)), None)
