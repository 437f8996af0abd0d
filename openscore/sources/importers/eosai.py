"""European Open Source AI Index records (YAML), both formats: the 2023 `project:` records of Opening up
ChatGPT and the current `system:` records of osai-index.eu (see `eosai_formats`; the format is detected).

Each dimension is a `{class, link, notes}` triple. A dimension that reads a release artifact becomes that
artifact, its class the status (open / partial / closed; empty means not assessed, which scores 0 as in
the index); its link, or list of links, the evidence. The dimensions that are the index's editorial
judgements (licenses, code documentation, architecture documentation, model card, datasheet) are also kept
as judgements attributed to the index, which the `eosai` / `eosai-2023` rubrics take as the grade: an
imported record scores exactly the index's figure. The system's license becomes the release's
distribution license, so openscore's own reading of the terms can be shown beside the index's grade.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from openscore import i18n
from openscore.domain.evidence import ModelEntry
from openscore.domain.rubric import Rubric
from openscore.i18n import N_, _
from openscore.sources.importers.eosai_formats import POINTS, SYSTEM_TYPES, Format, detect
from openscore.sources.importers.shared import Record, artifact, family_of, hf_repo, http_url, slug, text
from openscore.words import level

DATABASE = "European Open Source AI Index"
SUFFIXES = (".yaml", ".yml")
BY = N_("the European Open Source AI Index")  # who judged (data: English; said in the run's language where shown)
UNKNOWN_ORGANIZATION = "unknown"
_NO_LICENSE = {"na", "n/a", "none", "unknown", "unclear", "unspecified", "undisclosed", "-"}


def convert(record: Record, reviewed: dt.date) -> dict[str, Any] | None:
    """The openscore entry for one record of either format, or None (with errors on the record)."""
    doc = record.document
    fmt = detect(doc)
    if fmt is None:
        record.error((), _("not a European Open Source AI Index record: no 'system' (current) or 'project' (2023) mapping"))
        return None
    head = doc[fmt.head]
    name = text(head.get("name"))
    if not name:
        record.error((fmt.head,), _("{head}.name is missing or empty").format(head=fmt.head))
        return None
    _unknown_keys(doc, head, fmt, record)
    organization = _organization(doc.get("org"), record)
    artifacts: dict[str, Any] = {}
    judgements: dict[str, Any] = {}
    for key, kind in fmt.dimensions.items():
        status, fact = _dimension(doc, key, record)
        source = record.provenance(DATABASE, (key,) if key in doc else (), f"{'parameter' if fmt.head == 'system' else 'dimension'} '{key}'")
        if kind is not None and (status != "unknown" or fact):
            artifacts[kind.value] = artifact(status, source=source, **fact)
        if key in fmt.judgements:
            judgements[f"{fmt.rubric}.{key}"] = {"status": status, "by": BY, **fact, "source": source}
    license_text = next((found for k in fmt.license_keys if (found := text(head.get(k)))), None)
    record.license_at[license_text or ""] = (fmt.head, next((k for k in fmt.license_keys if k in head), fmt.license_keys[0]))
    link = http_url(head.get("link"))
    model_id = slug(name)
    return {
        "id": model_id,
        "name": name,
        "organization": organization,
        "family": family_of(model_id),
        "type": _types(head.get("type"), record, fmt),
        "hf_repos": [repo] if (repo := hf_repo(link)) else [],
        "licenses": {"distribution": license_text} if license_text and license_text.lower() not in _NO_LICENSE else {},
        "last_reviewed": reviewed,
        "notes": _notes(doc, head, fmt, link),
        "artifacts": artifacts,
        "judgements": judgements,
    }


def index_score(record: Record) -> tuple[float, dict[str, float]]:
    """The index's own figure for a record (the sum, or the mean for the current format) and each dimension's points.

    Classes count only as the index spells them (open, partial, closed); anything else, or nothing, is 0.
    """
    doc = record.document
    fmt = detect(doc)
    if fmt is None:
        return 0.0, {}
    points = {key: POINTS.get(_raw_class(doc.get(key)) or "", 0.0) for key in fmt.dimensions}
    total = sum(points.values())
    return (round(total / len(points), 4) if fmt.scoring == "mean" else total), points


def check(entry: ModelEntry, record: Record, resolve: Any) -> None:
    """Warn where the framework's rubric, grading this entry, would not give the index's own figure, and where
    openscore's own reading of a judged dimension differs from the index's judgement."""
    from openscore.domain.scorer import Scorer

    fmt = detect(record.document)
    if fmt is None:
        return
    card = Scorer(_rubric(fmt.rubric), resolve)(entry)
    said = card  # the same card with its reasons in the run's language, for the warnings
    if i18n.current() != i18n.DEFAULT:
        from openscore import localize

        said = Scorer(_rubric(fmt.rubric), localize.resolver(resolve), localize.translator())(entry)
    figure, expected = index_score(record)
    for result, words in zip(card.criteria, said.criteria, strict=True):
        if result.points != expected.get(result.id, result.points):
            record.warning((result.id,), _("{id}: the index gives {theirs}, openscore's {rubric} rubric gives {ours} ({reason})").format(
                id=result.id, theirs=f"{expected[result.id]:g}", rubric=fmt.rubric, ours=f"{result.points:g}", reason=words.reason))
        for flag, shown in zip(result.flags, words.flags, strict=True):
            if flag.startswith("openscore's own reading"):
                record.warning((result.id,) if result.id in record.document else (),
                               _("{id}: the index judges it {level}; {flag}").format(id=result.id, level=level(result.level), flag=shown))
    if card.score != figure:
        record.warning((), _("imported entry scores {score} under the {rubric} rubric; the index gives {figure}").format(
            score=f"{card.score:g}", rubric=fmt.rubric, figure=f"{figure:g}"))


@functools.cache
def _rubric(name: str) -> Rubric:
    from openscore.rubrics import load_rubric

    return load_rubric(name)


def _raw_class(value: Any) -> str | None:
    """The class as written (stripped), or None."""
    return text(value.get("class")) if isinstance(value, dict) else None


def _organization(org: Any, record: Record) -> str:
    """The organization's name; a record without one imports with the organization recorded as unknown."""
    name = text(org.get("name")) if isinstance(org, dict) else None
    if name:
        return name
    record.warning(("org",) if isinstance(org, dict) else (),
                   _("org.name is missing or empty; the organization is recorded as '{unknown}'").format(unknown=UNKNOWN_ORGANIZATION))
    return UNKNOWN_ORGANIZATION


def _links(value: Any) -> tuple[list[str], list[str]]:
    """Evidence URLs, and anything else given as a link, from a link or a list of links."""
    items = value if isinstance(value, list) else [value]
    urls, others = [], []
    for item in items:
        if (url := http_url(item)) and url not in urls:
            urls.append(url)
        elif text(item):
            others.append(text(item) or "")
    return urls, others


def _dimension(doc: dict[str, Any], key: str, record: Record) -> tuple[str, dict[str, Any]]:
    """A dimension's status (`unknown` when not assessed) and its url, further urls and notes."""
    value = doc.get(key)
    if value is None:
        record.warning((), _("'{key}' is missing; it scores 0, as in the index").format(key=key))
        return "unknown", {}
    if not isinstance(value, dict):
        record.warning((key,), _("'{key}' is not a mapping of class, link and notes; it scores 0").format(key=key))
        return "unknown", {}
    for extra in value:
        if extra not in ("class", "link", "notes"):
            record.warning((key, extra), _("unknown key '{extra}' in '{key}' ignored").format(extra=extra, key=key), key=True)
    urls, others = _links(value.get("link"))
    notes = "; ".join(filter(None, [text(value.get("notes")), *(f"link: {o}" for o in others)]))
    fact: dict[str, Any] = {}
    if urls:
        fact["url"] = urls[0]
    if urls[1:]:
        fact["urls"] = urls[1:]
    if notes:
        fact["notes"] = notes
    found = _raw_class(value)
    if found is None:
        return "unknown", fact
    if found not in POINTS:
        record.warning((key, "class"), _("{key}.class '{found}' is not open, partial or closed as the index spells them; "
                                         "it scores 0, as in the index").format(key=key, found=found))
        return "unknown", fact
    if found != "closed" and not urls:
        record.warning((key,), _("{key} is {found} but has no evidence link").format(key=key, found=found))
    return found, fact


def _types(value: Any, record: Record, fmt: Format) -> list[str]:
    """The system's types ('text', or several: 'text,code')."""
    raw = value if isinstance(value, list) else (text(value) or "").split(",")
    found = []
    for item in raw:
        word = (text(item) or "").lower()
        if not word:
            continue
        if word in SYSTEM_TYPES:
            found.append(word)
        else:
            record.warning((fmt.head, "type"), _("system type '{word}' is not one of {system_types}; left out").format(
                word=word, system_types=', '.join(SYSTEM_TYPES)))
    return found


def _unknown_keys(doc: dict[str, Any], head: dict[str, Any], fmt: Format, record: Record) -> None:
    for key in doc:
        if key not in fmt.dimensions and key not in (fmt.head, "org"):
            record.warning((key,), _("unknown key '{key}' ignored (not one of the {dimensions} dimensions)").format(
                key=key, dimensions=len(fmt.dimensions)), key=True)
    for key in head:
        if key not in fmt.head_keys and key not in fmt.license_keys:
            record.warning((fmt.head, key), _("unknown key '{key}' in {head} ignored").format(key=key, head=fmt.head), key=True)


def _notes(doc: dict[str, Any], head: dict[str, Any], fmt: Format, link: str | None) -> str:
    org: dict[str, Any] = doc["org"] if isinstance(doc.get("org"), dict) else {}
    cite = "osai-index.eu, doi 10.5281/zenodo.15386042" if fmt.head == "system" else "opening-up-chatgpt.github.io"
    parts = [f"Imported from the {fmt.label} ({cite}; data CC-BY 4.0)."]
    fields = (("System link", link), ("Performance class", text(head.get("performanceclass"))),
              ("Base model", text(head.get("basemodelname")) or text(head.get("llmbase"))),
              ("End model", text(head.get("endmodelname"))), ("RL base", text(head.get("rlbase"))),
              ("License", next((found for k in fmt.license_keys if (found := text(head.get(k)))), None)),
              ("Released", text(head.get("releasedate"))), ("Organization link", http_url(org.get("link"))))
    parts += [f"{label}: {value}." for label, value in fields if value]
    return " ".join(parts)
