"""An entry built from Hub evidence alone, for repos the data file does not cover.

Weights are open when weight files are in the repo (partial when gated or private), the
license is the Hub's license tag, training data is partial when datasets are declared, a
preprint is open when an arXiv id is tagged, a model card when README.md is there, and so
on. Everything else is left out, which the scorer treats as unknown. Each artifact records
its source.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from openscore import i18n
from openscore.domain.artifacts import ArtifactKind as K
from openscore.domain.evidence import Artifact, ModelEntry, ModelType, Status
from openscore.domain.licensing import LicenseResolver
from openscore.domain.scorecard import Scorecard
from openscore.i18n import N_, _
from openscore.sources.hub.model import HubModel
from openscore.sources.naming import family_of, slug

PIPELINE_TYPES = {
    "feature-extraction": ModelType.EMBEDDING, "sentence-similarity": ModelType.EMBEDDING, "fill-mask": ModelType.ENCODER,
    "automatic-speech-recognition": ModelType.SPEECH, "text-to-speech": ModelType.SPEECH, "text-to-audio": ModelType.SPEECH,
    "text-to-image": ModelType.IMAGE, "image-text-to-text": ModelType.MULTIMODAL, "any-to-any": ModelType.MULTIMODAL,
}
NAME_TYPES = {"instruct": ModelType.INSTRUCT, "chat": ModelType.CHAT, "coder": ModelType.CODE}


def license_key(model: HubModel, resolve: LicenseResolver) -> str | None:
    """The Hub's license as openscore writes it: the knowledge base's key when it knows the license."""
    text = model.license_text
    if text is None:
        return None
    record = resolve(text)
    return record.key if getattr(record, "recognised", False) else text


def source_prefix(repo_id: str) -> str:
    return f"Hugging Face Hub {repo_id}: "


def evidence(model: HubModel, page: Callable[[str], str], license: str | None) -> dict[K, Artifact]:
    """What the Hub shows about each artifact kind; kinds it says nothing about are left out."""
    repo, hub = model.repo_id, source_prefix(model.repo_id)
    terms = f", license tag {model.license_text}" if model.license_text else ", no license tag"
    found: dict[K, Artifact] = {}
    weights = model.weight_files
    kind = K.FINETUNED_WEIGHTS if model.base_models else K.WEIGHTS
    if weights:
        held = f"gated on the Hub ({model.gated} approval)" if model.gated else "private repo" if model.private else None
        listed = weights[0] + (f" and {len(weights) - 1} more" if len(weights) > 1 else "")
        found[kind] = Artifact(status=Status.PARTIAL if held else Status.OPEN, license=license, url=page(repo), notes=held,
                               source=f"{hub}weight files {listed}{terms}")
    else:
        found[kind] = Artifact(status=Status.CLOSED, notes="no weight files in the repo", source=f"{hub}no weight files in the file list{terms}")
    if model.datasets:
        names = ", ".join(model.datasets)
        data = K.FINETUNING_DATA if model.base_models else K.PRETRAINING_DATA
        found[data] = Artifact(status=Status.PARTIAL, url=page(f"datasets/{model.datasets[0]}"),
                               notes=f"declares {names}; whether that is all of it is not stated", source=f"{hub}datasets {names}")
    if model.arxiv:
        found[K.PREPRINT] = Artifact(status=Status.OPEN, url=f"https://arxiv.org/abs/{model.arxiv[0]}",
                                     source=f"{hub}tag arxiv:{model.arxiv[0]}")
    if "README.md" in model.files:
        found[K.MODEL_CARD] = Artifact(status=Status.OPEN, license=license, url=page(f"{repo}/blob/main/README.md"),
                                       source=f"{hub}README.md")
    if model.code_files:
        found[K.ARCHITECTURE_CODE] = Artifact(status=Status.OPEN, license=license, url=page(f"{repo}/blob/main/{model.code_files[0]}"),
                                              source=f"{hub}{model.code_files[0]}")
    if model.evaluation_results:
        found[K.EVALUATION_RESULTS] = Artifact(status=Status.OPEN, url=page(repo), source=f"{hub}model-index in the model card")
    return found


def entry_from_hub(model: HubModel, page: Callable[[str], str], resolve: LicenseResolver, today: dt.date) -> ModelEntry:
    """A data-file entry built from the Hub alone (`last_reviewed` is the day it was built)."""
    namespace, name = model.repo_id.split("/", 1)
    model_id = slug(name) or slug(model.repo_id) or "model"
    return ModelEntry(
        id=model_id,
        name=name,
        organization=namespace,
        family=family_of(model_id),
        released=_date(model.created_at),
        type=model_types(model),
        hf_repos=(model.repo_id,),
        last_reviewed=today,
        artifacts=evidence(model, page, license_key(model, resolve)),
    )


def model_types(model: HubModel) -> tuple[ModelType, ...]:
    found = [PIPELINE_TYPES[model.pipeline_tag]] if model.pipeline_tag in PIPELINE_TYPES else []
    words = model.repo_id.split("/")[1].lower().replace("_", "-").split("-")
    found += [kind for word, kind in NAME_TYPES.items() if word in words]
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Assessment:
    """An automatic entry, the Hub model it was built from, and a line saying so."""

    entry: ModelEntry
    model: HubModel
    endpoint: str
    about: str

    def label(self, cards: Sequence[Scorecard], sources: bool = True) -> list[Scorecard]:
        """Mark cards as automatic, note where the evidence came from and, with `sources`, each grade's source."""
        return [dataclasses.replace(card, automatic=True, notes=(*card.notes, self.about, *(_sources(card, self.entry) if sources else ())))
                for card in cards]


def _sources(card: Scorecard, entry: ModelEntry) -> list[str]:
    lines = []
    for criterion in card.criteria:
        found = dict.fromkeys(entry.artifacts[K(a.kind)].source for a in criterion.artifacts if K(a.kind) in entry.artifacts)
        said = _("; ").join(_cited(s.removeprefix(source_prefix(entry.hf_repos[0]))) for s in found if s)
        lines.append(_("{criterion}: {said}").format(criterion=criterion.name, said=_("from the Hub: {said}").format(said=said) if said
                                                     else _("the Hub says nothing, so unknown")))
    return lines


# How `evidence` cites the Hub (the artifacts' `source`, kept in English in the data), said again where shown.
_CITED = (
    (r"^weight files (?P<files>.+?) and (?P<more>\d+) more(?P<terms>,.*)$", N_("weight files {files} and {more} more")),
    (r"^weight files (?P<files>.+?)(?P<terms>, (?:license tag .+|no license tag))$", N_("weight files {files}")),
    (r"^no weight files in the file list(?P<terms>,.*)$", N_("no weight files in the file list")),
    (r"^datasets (?P<names>.+)$", N_("datasets {names}")),
    (r"^tag (?P<tag>arxiv:.+)$", N_("tag {tag}")),
    (r"^model-index in the model card$", N_("model-index in the model card")),
)
_TERMS = ((r"^, license tag (?P<tag>.+)$", N_(", license tag {tag}")), (r"^, no license tag$", N_(", no license tag")))


def _cited(text: str) -> str:
    """A Hub citation in the run's language (file names, tags and dataset names as they are)."""
    import re

    if i18n.current() == i18n.DEFAULT:
        return text
    for pattern, words in _CITED:
        found = re.match(pattern, text)
        if found:
            parts = found.groupdict()
            terms = parts.pop("terms", None) or ""
            for shape, said in _TERMS:
                matched = re.match(shape, terms)
                if matched:
                    terms = _(said).format(**matched.groupdict())
            return _(words).format(**parts) + terms
    return text


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
