"""What openscore keeps of a Hub model repo: the facts that bear on openness, as plain data."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from pathlib import PurePosixPath
from typing import Any

from openscore.domain.evidence import REPO_ID

WEIGHT_SUFFIXES = frozenset({".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".gguf", ".ggml", ".h5", ".keras", ".msgpack",
                             ".onnx", ".tflite", ".npz", ".nemo", ".mlmodel", ".joblib"})
NOT_WEIGHTS = re.compile(r"^(training_args|optimizer|scheduler|rng_state|trainer_state)", re.IGNORECASE)
ARCHITECTURE_CODE = re.compile(r"^modeling_.*\.py$")
MAX_REPO_PART = 96  # the Hub's limit on a repo name (and more than any namespace has)
SHA = re.compile(r"^[0-9a-f]{40,64}$")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[0-9T:.+Z-]{0,30}$")
# Longest string and most items kept of each field; an answer or cache file beyond them is malformed.
TEXT_LIMITS = {"license": 200, "license_name": 200, "library_name": 100, "pipeline_tag": 100, "gated": 10}
LIST_LIMITS = {"datasets": (1_000, 200), "arxiv": (1_000, 50), "base_models": (1_000, 200), "files": (200_000, 1_000)}


def is_repo_id(text: str) -> bool:
    """`org/name` as the Hub allows it: the shape of evidence.RepoId, each part at most 96 characters, no `..`."""
    return bool(REPO_ID.match(text)) and ".." not in text and all(len(part) <= MAX_REPO_PART for part in text.split("/"))

_CHECKS = {
    "str": lambda v: isinstance(v, str),
    "str | None": lambda v: v is None or isinstance(v, str),
    "bool": lambda v: isinstance(v, bool),
    "tuple[str, ...]": lambda v: isinstance(v, tuple) and all(isinstance(x, str) for x in v),
}


@dataclass(frozen=True)
class HubModel:
    """A model repo as the Hub describes it (see `from_api`)."""

    repo_id: str
    sha: str | None = None
    last_modified: str | None = None  # ISO 8601, as the Hub gives it
    created_at: str | None = None
    gated: str | None = None  # None, "auto" or "manual"
    private: bool = False
    license: str | None = None  # the Hub's license id, e.g. "apache-2.0" or "other"
    license_name: str | None = None  # the name given with license "other"
    datasets: tuple[str, ...] = ()
    arxiv: tuple[str, ...] = ()
    base_models: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    library_name: str | None = None
    pipeline_tag: str | None = None
    evaluation_results: bool = False  # the card carries a model-index

    @property
    def license_text(self) -> str | None:
        """The license as a string to resolve: the custom name behind "other" when given."""
        if self.license == "other" and self.license_name:
            return self.license_name
        return self.license

    @property
    def weight_files(self) -> tuple[str, ...]:
        return tuple(f for f in self.files if PurePosixPath(f).suffix.lower() in WEIGHT_SUFFIXES
                     and not NOT_WEIGHTS.match(PurePosixPath(f).name))

    @property
    def code_files(self) -> tuple[str, ...]:
        return tuple(f for f in self.files if ARCHITECTURE_CODE.match(PurePosixPath(f).name))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> HubModel:
        """Rebuild from `to_json`; raise ValueError on anything else (a corrupt cache file)."""
        if not isinstance(data, dict) or set(data) != {f.name for f in fields(cls)}:
            raise ValueError("not a cached Hub model")
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        for f in fields(cls):
            if not _CHECKS[str(f.type)](values[f.name]):
                raise ValueError(f"bad value for {f.name}")
        return checked(cls(**values))


def checked(model: HubModel) -> HubModel:
    """`model` when every field is within the data model's limits (repo id shape, lengths, counts); else ValueError."""
    if not is_repo_id(model.repo_id):
        raise ValueError("the repo id is not org/name of at most 96 characters each")
    if model.sha is not None and not SHA.match(model.sha):
        raise ValueError("sha is not a commit id")
    for name in ("last_modified", "created_at"):
        value = getattr(model, name)
        if value is not None and not TIMESTAMP.match(value):
            raise ValueError(f"{name} is not a date")
    if model.gated not in (None, "auto", "manual"):
        raise ValueError("gated is neither auto nor manual")
    for name, limit in TEXT_LIMITS.items():
        value = getattr(model, name)
        if value is not None and len(value) > limit:
            raise ValueError(f"{name} is longer than {limit} characters")
    for name, (most, longest) in LIST_LIMITS.items():
        items = getattr(model, name)
        if len(items) > most or any(len(item) > longest for item in items):
            raise ValueError(f"{name}: more than {most} items or one longer than {longest} characters")
    return model


def from_api(info: Any) -> HubModel:
    """Normalise a `huggingface_hub.ModelInfo`; raise ValueError when it is not shaped like one."""
    if not isinstance(getattr(info, "id", None), str) or not REPO_ID.match(info.id):
        raise ValueError("the answer names no repo id")
    return checked(_model(info))


def _model(info: Any) -> HubModel:
    card = info.card_data.to_dict() if hasattr(info.card_data, "to_dict") else info.card_data or {}
    if not isinstance(card, dict):
        raise ValueError("cardData is not a mapping")
    tags = _strings(info.tags)
    tagged = _tagged(tags)
    bases = [*_strings(card.get("base_model")), *(b.split(":")[-1] for b in tagged.get("base_model", ()))]
    gated = info.gated if isinstance(info.gated, str) else ("manual" if info.gated is True else None)
    files = _strings([getattr(s, "rfilename", None) for s in info.siblings or ()])
    return HubModel(
        repo_id=info.id,
        sha=_text(info.sha),
        last_modified=_iso(info.last_modified),
        created_at=_iso(info.created_at),
        gated=gated,
        private=info.private is True,
        license=(_strings(card.get("license")) or tagged.get("license") or (None,))[0],
        license_name=_text(card.get("license_name")),
        datasets=_unique([*_strings(card.get("datasets")), *tagged.get("dataset", ())]),
        arxiv=_unique(tagged.get("arxiv", ())),
        base_models=_unique(bases),
        files=files,
        library_name=_text(info.library_name),
        pipeline_tag=_text(info.pipeline_tag),
        evaluation_results=bool(card.get("model-index") or card.get("eval_results")),
    )


def _tagged(tags: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """`license:mit`, `dataset:c4`, `arxiv:2307.09288`, `base_model:finetune:org/x` by prefix."""
    found: dict[str, list[str]] = {}
    for tag in tags:
        prefix, sep, value = tag.partition(":")
        if sep and value:
            found.setdefault(prefix, []).append(value)
    return {k: tuple(v) for k, v in found.items()}


def _strings(value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value if isinstance(value, (list, tuple)) else ()
    return tuple(s.strip() for s in items if isinstance(s, str) and s.strip())


def _unique(items: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _iso(value: Any) -> str | None:
    if hasattr(value, "isoformat"):
        return value.isoformat().replace("+00:00", "Z")
    return _text(value)
