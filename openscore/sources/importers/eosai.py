"""Opening up ChatGPT / European Open Source AI Index project records (YAML).

`project:` and `org:`, then one `{class, link, notes}` triple per dimension. Thirteen dimensions are the
status of one artifact kind each (open / partial / closed; empty means not assessed, which scores 0 as in
the index). The fourteenth, `license`, judges terms rather than an artifact: the project's license is
recorded as the release's distribution license and the eosai rubric grades it; the index's own judgement
is kept in the entry's notes, and a warning says when the two differ.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import ModelEntry
from openscore.domain.rubric import Rubric
from openscore.sources.importers.shared import Record, artifact, family_of, hf_repo, http_url, slug, text

DATABASE = "Opening up ChatGPT"
SUFFIXES = (".yaml", ".yml")
LICENSE = "license"
DIMENSIONS: dict[str, ArtifactKind | None] = {
    "opencode": ArtifactKind.TRAINING_CODE,
    "llmdata": ArtifactKind.PRETRAINING_DATA,
    "llmweights": ArtifactKind.WEIGHTS,
    "rldata": ArtifactKind.FINETUNING_DATA,
    "rlweights": ArtifactKind.FINETUNED_WEIGHTS,
    LICENSE: None,
    "code": ArtifactKind.CODE_DOCS,
    "architecture": ArtifactKind.TECHNICAL_REPORT,
    "preprint": ArtifactKind.PREPRINT,
    "paper": ArtifactKind.PAPER,
    "modelcard": ArtifactKind.MODEL_CARD,
    "datasheet": ArtifactKind.DATA_CARD,
    "package": ArtifactKind.PACKAGE,
    "api": ArtifactKind.API,
}
CLASSES = {"open": 1.0, "partial": 0.5, "closed": 0.0}
_NO_LICENSE = {"na", "n/a", "none", "unknown", "unclear", "unspecified", "undisclosed", "-"}


def convert(record: Record, reviewed: dt.date) -> dict[str, Any] | None:
    """The openscore entry for one project record, or None (with errors on the record)."""
    doc = record.document
    project = doc.get("project") if isinstance(doc, dict) else None
    if not isinstance(project, dict):
        record.error((), "not an Opening up ChatGPT record: no 'project' mapping")
        return None
    org = doc.get("org")
    name = text(project.get("name"))
    organization = text(org.get("name")) if isinstance(org, dict) else None
    if not name:
        record.error(("project",), "project.name is missing or empty")
    if not organization:
        record.error(("org",) if isinstance(org, dict) else (), "org.name is missing or empty; openscore needs the organization")
    for key in doc:
        if key not in DIMENSIONS and key not in ("project", "org"):
            record.warning((key,), f"unknown key '{key}' ignored (not one of the 14 dimensions)", key=True)
    if not name or not organization:
        return None
    artifacts = {}
    for key, kind in DIMENSIONS.items():
        status, fact = _dimension(doc, key, record)
        if kind is not None and (status != "unknown" or fact):
            source = record.provenance(DATABASE, (key,), f"dimension '{key}'")
            artifacts[kind.value] = artifact(status, url=fact.get("url"), notes=fact.get("notes"), source=source)
    model_id = slug(name)
    license_text = text(project.get("license"))
    record.license_at[license_text or ""] = ("project", "license")
    link = http_url(project.get("link"))
    return {
        "id": model_id,
        "name": name,
        "organization": organization,
        "family": family_of(model_id),
        "hf_repos": [repo] if (repo := hf_repo(link)) else [],
        "licenses": {"distribution": license_text} if license_text and license_text.lower() not in _NO_LICENSE else {},
        "last_reviewed": reviewed,
        "notes": _notes(doc, project, link),
        "artifacts": artifacts,
    }


def index_score(record: Record) -> dict[str, float]:
    """The points the index itself gives each dimension (anything but open/partial/closed is 0)."""
    doc = record.document
    return {key: CLASSES.get(_class(doc.get(key)) or "", 0.0) for key in DIMENSIONS}


def check(entry: ModelEntry, record: Record, resolve: Any) -> None:
    """Warn where the eosai rubric, grading this entry, would not give the index's own points."""
    from openscore.domain.scorer import score

    card = score(entry, _rubric(), resolve)
    expected = index_score(record)
    for result in card.criteria:
        if result.points != expected[result.id]:
            record.warning((result.id,), f"{result.id}: the index gives {expected[result.id]:g}, openscore's eosai rubric "
                                         f"gives {result.points:g} ({result.reason})")
    total = sum(expected.values())
    if card.score != total:
        record.warning((), f"imported entry scores {card.score:g}/14 under the eosai rubric; the index gives {total:g}/14")


@functools.cache
def _rubric() -> Rubric:
    from openscore.rubrics import load_rubric

    return load_rubric("eosai")


def _class(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    found = text(value.get("class"))
    return found.lower() if found else None


def _dimension(doc: dict[str, Any], key: str, record: Record) -> tuple[str, dict[str, str]]:
    """A dimension's status and its link and notes."""
    value = doc.get(key)
    if value is None:
        record.warning((), f"dimension '{key}' is missing; it scores 0, as in the index")
        return "unknown", {}
    if not isinstance(value, dict):
        record.warning((key,), f"dimension '{key}' is not a mapping of class, link and notes; it scores 0")
        return "unknown", {}
    fact: dict[str, str] = {}
    link, notes = value.get("link"), text(value.get("notes"))
    if http_url(link):
        fact["url"] = http_url(link) or ""
    elif text(link):
        notes = "; ".join(filter(None, [notes, f"link: {text(link)}"]))
    if notes:
        fact["notes"] = notes
    found = _class(value)
    if found is None:
        return "unknown", fact
    if found not in CLASSES:
        record.warning((key, "class"), f"{key}.class '{value.get('class')}' is not open, partial or closed; it scores 0, as in the index")
        return "unknown", fact
    if found != "closed" and "url" not in fact:
        record.warning((key,), f"{key} is {found} but has no evidence link")
    return found, fact


def _notes(doc: dict[str, Any], project: dict[str, Any], link: str | None) -> str:
    parts = [f"Imported from {DATABASE} (European Open Source AI Index)."]
    parts += [f"{label}: {value}." for label, value in (("Project link", link), ("LLM base", text(project.get("llmbase"))),
                                                        ("RL base", text(project.get("rlbase"))),
                                                        ("Project license", text(project.get("license")))) if value]
    judged = doc.get(LICENSE)
    judged = judged if isinstance(judged, dict) else {}
    detail = "; ".join(filter(None, [text(judged.get("notes")), text(judged.get("link"))]))
    if _class(judged):
        parts.append(f"License judged {_class(judged)} by the index{f' ({detail})' if detail else ''}.")
    return " ".join(parts)
