"""Model Openness Tool records (MOF 1.0, YAML): `framework:` and `release:` with its components and licenses.

Each of the 17 MOF components becomes one artifact. A record lists all 17 as a template, so listing a
component does not say it is published: the tool itself only reads the license. The license the tool
applies is the component's own; else the release license for the component's content type; else the
distribution license; else none ("unlicensed" or empty means none, and does not inherit). The status
follows from it. "Linked" means the component's own `component_path` is a link, or, for the final
parameters, the release names a Hugging Face model page (where the weights are).

- a license (any other text): `open`, released under it, as the record says;
- no license (none, `unlicensed`, empty): `open` with no license where linked, else `unknown`;
- "Component not included" (any case; the records' "not include", "Component Component not included",
  "... but listed sources" too): `closed`; `unknown` where linked all the same (the record disagrees);
- `Proprietary`: `closed` for code, parameters and data (kept by the owner); `open` under that license
  for the tool's documents (papers, reports, cards, results, sample outputs: published, owner's terms);
- `Undisclosed`: `unknown`;
- not listed: `closed`.

A note on the artifact says what the record gave. The mof rubric counts a component only when it is
released under an open license, so none of this changes the class. Licenses are kept as written (a
marker such as "Component not included" goes in the note, not the license). Where openscore's precedence
would pick another license (the tool files parameters and metadata under data, sample outputs under
documents), the importer writes the tool's choice on the artifact, so the mof rubric sees exactly what
the tool saw.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from openscore.domain.artifacts import ArtifactKind, ContentType
from openscore.i18n import _
from openscore.sources.importers.shared import NO_LICENSE, Record, artifact, family_of, hf_repo, http_url, parse_date, slug, text

DATABASE = "Model Openness Tool"
SUFFIXES = (".yml", ".yaml")
FRAMEWORK = "Model Openness Framework"
LICENSE_TYPES = ("distribution", "code", "data", "document")

# MOT component name -> (artifact kind, the tool's content type for it)
COMPONENTS: dict[str, tuple[ArtifactKind, str]] = {
    "Model architecture": (ArtifactKind.ARCHITECTURE_CODE, "code"),
    "Data preprocessing code": (ArtifactKind.PREPROCESSING_CODE, "code"),
    "Training code": (ArtifactKind.TRAINING_CODE, "code"),
    "Inference code": (ArtifactKind.INFERENCE_CODE, "code"),
    "Evaluation code": (ArtifactKind.EVALUATION_CODE, "code"),
    "Supporting libraries and tools": (ArtifactKind.SUPPORTING_LIBRARIES, "code"),
    "Model parameters (Final)": (ArtifactKind.WEIGHTS, "data"),
    "Model parameters (Intermediate)": (ArtifactKind.CHECKPOINTS, "data"),
    "Datasets": (ArtifactKind.PRETRAINING_DATA, "data"),
    "Evaluation data": (ArtifactKind.EVALUATION_DATA, "data"),
    "Model metadata": (ArtifactKind.TRAINING_CONFIG, "data"),
    "Sample model outputs": (ArtifactKind.SAMPLE_OUTPUTS, "document"),
    "Model card": (ArtifactKind.MODEL_CARD, "document"),
    "Data card": (ArtifactKind.DATA_CARD, "document"),
    "Technical report": (ArtifactKind.TECHNICAL_REPORT, "document"),
    "Research paper": (ArtifactKind.PREPRINT, "document"),
    "Evaluation results": (ArtifactKind.EVALUATION_RESULTS, "document"),
}
_BY_KEY = {name.lower(): name for name in COMPONENTS}
# The fields the tool's schema (schema/mof_schema.json) and its records use; others are warned about and ignored.
RECORD_KEYS = ("framework", "release")
RELEASE_KEYS = ("name", "version", "date", "license", "type", "architecture", "treatment", "origin", "producer", "contact",
                "repository", "huggingface", "components")
COMPONENT_KEYS = ("name", "description", "license", "license_path", "component_path")
_TREATMENT = {"pre-trained": "base", "instruct fine-tuned": "instruct", "chat fine-tuned": "chat"}
_RELEASE_TYPE = {"code": "code", "multimodal": "multimodal", "image": "image"}
# What a license field says beside a license: the component is not published, or its license is not told
_NOT_INCLUDED = re.compile(r"^(?:component\s+)*not\s+include")  # "Component not include.", "Component Component not included"
PROPRIETARY, UNDISCLOSED = "proprietary", "undisclosed"
_OUR_TYPE = {ContentType.CODE: "code", ContentType.DATA: "data", ContentType.DOCUMENT: "document"}  # openscore's precedence


def convert(record: Record, reviewed: dt.date) -> dict[str, Any] | None:
    """The openscore entry for one MOT record, or None (with errors on the record)."""
    doc = record.document
    release = doc.get("release") if isinstance(doc, dict) else None
    if not isinstance(release, dict):
        record.error((), _("not a Model Openness Tool record: no 'release' mapping"))
        return None
    _check_framework(doc.get("framework"), record)
    _unknown_keys(doc, release, record)
    name, producer = text(release.get("name")), text(release.get("producer"))
    if not name:
        record.error(("release",), _("release.name is missing or empty"))
    if not producer:
        record.warning(("release", "producer") if "producer" in release else ("release",),
                       _("release.producer is missing or empty; the organization is recorded as 'unknown'"))
        producer = "unknown"
    globals_ = _global_licenses(release.get("license"), record)
    artifacts = _components(release, globals_, record)
    if not name or artifacts is None:
        return None
    model_id = slug(name)
    notes = [f"Imported from the {DATABASE} ({FRAMEWORK} {text(doc.get('framework', {}).get('version')) or '?'})."
             if isinstance(doc.get("framework"), dict) else f"Imported from the {DATABASE}."]
    notes += [f"{label}: {value}." for label, value in (("Version", text(release.get("version"))),
                                                        ("Type", text(release.get("type"))),
                                                        ("Treatment", text(release.get("treatment"))),
                                                        ("Origin", text(release.get("origin"))),
                                                        ("Architecture", text(release.get("architecture"))),
                                                        ("Repository", http_url(release.get("repository"))),
                                                        ("Contact", text(release.get("contact")))) if value]
    notes += [f"{kind} license text: {path}." for kind, (_name, path) in globals_.items() if path]
    return {
        "id": model_id,
        "name": name,
        "organization": producer,
        "family": family_of(slug(text(release.get("origin")) or "") or model_id),
        "type": _types(release),
        "hf_repos": [repo] if (repo := hf_repo(http_url(release.get("huggingface")))) else [],
        "licenses": {kind: value for kind, (value, _) in globals_.items() if value},
        "last_reviewed": _reviewed(release, reviewed, record),
        "notes": " ".join(notes),
        "artifacts": artifacts,
    }


def _unknown_keys(doc: dict[str, Any], release: dict[str, Any], record: Record) -> None:
    """A located warning for each field the tool's format does not have; the record still imports."""
    for key in doc:
        if key not in RECORD_KEYS:
            record.warning((key,), _("unknown key '{key}' ignored").format(key=key), key=True)
    for key in release:
        if key not in RELEASE_KEYS:
            record.warning(("release", key), _("unknown key '{key}' in release ignored").format(key=key), key=True)
    for index, component in enumerate(release.get("components") or []):
        for key in component if isinstance(component, dict) else ():
            if key not in COMPONENT_KEYS:
                record.warning(("release", "components", index, key), _("unknown key '{key}' in a component ignored").format(key=key), key=True)


def _check_framework(framework: Any, record: Record) -> None:
    if not isinstance(framework, dict):
        record.warning((), _("no 'framework' mapping; read as Model Openness Framework 1.0"))
        return
    if text(framework.get("name")) not in (None, FRAMEWORK):
        record.warning(("framework", "name"), _("framework '{name}' is not the {framework}").format(name=framework.get('name'), framework=FRAMEWORK))
    if text(framework.get("version")) not in (None, "1.0"):
        record.warning(("framework", "version"), _("framework version {version}; openscore's mof rubric is 1.0").format(
            version=framework.get('version')))


def _global_licenses(value: Any, record: Record) -> dict[str, tuple[str | None, str | None]]:
    """Release-wide licenses by type: (name, path to the license text)."""
    found: dict[str, tuple[str | None, str | None]] = {}
    if value in (None, "", [], {}):
        return found
    if not isinstance(value, dict):
        record.warning(("release", "license"), "release.license is not a mapping; ignored")
        return found
    for kind, entry in value.items():
        if kind not in LICENSE_TYPES:
            record.warning(("release", "license", kind), _("unknown license type '{kind}' (known: {license_types}); ignored").format(
                kind=kind, license_types=', '.join(LICENSE_TYPES)), key=True)
            continue
        if not isinstance(entry, dict):
            record.warning(("release", "license", kind), _("release.license.{kind} is not a mapping with name and path; ignored").format(kind=kind))
            continue
        name = text(entry.get("name"))
        record.license_at.setdefault(name or "", ("release", "license", kind, "name"))
        found[kind] = (NO_LICENSE if name and name.lower() == NO_LICENSE else name, text(entry.get("path")))
    return found


def _components(release: dict[str, Any], globals_: dict[str, tuple[str | None, str | None]], record: Record) -> dict[str, Any] | None:
    listed = release.get("components")
    if listed is None:
        listed = []
    if not isinstance(listed, list):
        record.error(("release", "components"), "release.components is not a list")
        return None
    fine_tuned = _TREATMENT.get(text(release.get("treatment")) or "") in ("instruct", "chat")
    artifacts: dict[str, Any] = {}
    seen: dict[str, int] = {}
    for index, component in enumerate(listed):
        where = ("release", "components", index)
        if not isinstance(component, dict) or not text(component.get("name")):
            record.error(where, _("a component needs a name"))
            continue
        raw = text(component["name"]) or ""
        name = _BY_KEY.get(" ".join(raw.split()).lower())
        if name is None:
            close = difflib.get_close_matches(raw, list(COMPONENTS), n=1, cutoff=0.75)
            hint = _("; did you mean '{guess}'?").format(guess=close[0]) if close else _("; known: {known}").format(known=", ".join(COMPONENTS))
            record.error((*where, "name"), _("unknown MOF component '{raw}'{hint}").format(raw=raw, hint=hint))
            continue
        if name in seen:
            record.error((*where, "name"), _("component '{name}' is listed twice (first at item {item})").format(name=name, item=seen[name] + 1))
            continue
        seen[name] = index
        kind = _kind(name, fine_tuned)
        artifacts[kind.value] = _included(component, name, kind, release, globals_, record, where)
    if record.failed:
        return None
    unlinked = [name for name in seen if (fact := artifacts[_kind(name, fine_tuned).value])["status"] == "open" and "url" not in fact]
    if unlinked:
        record.warning(("release", "components"), _("{n} component(s) have no link in the record ({components}); "
                                                    "add evidence urls before `openscore validate`").format(
            n=len(unlinked), components=", ".join(unlinked)))
    for name, (kind, _type) in COMPONENTS.items():
        if name not in seen and not (kind is ArtifactKind.WEIGHTS and fine_tuned):
            source = record.provenance(DATABASE, ("release", "components"), f"component '{name}' not listed")
            artifacts[kind.value] = artifact("closed", source=source)
    return artifacts


def listed_status(license: str | None, mot_type: str, linked: bool) -> tuple[str, str | None]:
    """A listed component's status from the license the tool applies to it (None: none), the tool's content
    type for it, and whether the record links the component itself; with a note saying what the record gave."""
    value = _plain(license)
    if not value or value == NO_LICENSE:
        if linked:
            return "open", "unlicensed in the record, published at the link it gives"
        return "unknown", "unlicensed in the record, with no link: whether it is published is not known"
    if _NOT_INCLUDED.match(value):
        if linked:
            return "unknown", "the record lists it as not included, yet links it: whether it is published is not known"
        return "closed", "the record lists it as not included"
    if value == UNDISCLOSED:
        return "unknown", "its license is undisclosed in the record: whether it is published is not known"
    if value == PROPRIETARY:
        if mot_type == "document":
            return "open", "the record gives a proprietary license: published, under its owner's terms"
        return "closed", "the record gives a proprietary license: kept by its owner, not published"
    return "open", None


def _plain(license: str | None) -> str:
    return " ".join((license or "").split()).lower().rstrip(".")


def _included(component: dict[str, Any], name: str, kind: ArtifactKind, release: dict[str, Any],
              globals_: dict[str, tuple[str | None, str | None]], record: Record, where: tuple[Any, ...]) -> dict[str, Any]:
    """One listed component: its status from the license the tool applies, that license, and every link."""
    notes: list[str] = []
    mot_type = COMPONENTS[name][1]
    applied = _applied(component, mot_type, globals_)
    path = text(component.get("component_path"))
    link = http_url(path) or _weights_page(kind, release)
    status, said = listed_status(applied, mot_type, linked=link is not None)
    if applied is not None and status != "open" and _plain(applied) != PROPRIETARY and component.get("license") is not None:
        license = None  # "Component not included", "Undisclosed": what the record says, not a license (the note says it)
    else:
        license = _license(component, name, kind, globals_, record, where, notes)
    if said:
        notes.append(said)
    url = (http_url(path) or _fallback_url(kind, release)) if status == "open" else link
    if path and not http_url(path):
        notes.append(f"component path: {path}")
    if license_path := text(component.get("license_path")):
        notes.append(f"license text: {license_path}")
    source = record.provenance(DATABASE, (*where, "name"), f"component '{name}'")
    return artifact(status, license=license, url=url, notes="; ".join(notes) or None, source=source)


def _applied(component: dict[str, Any], mot_type: str, globals_: dict[str, tuple[str | None, str | None]]) -> str | None:
    """The license the tool applies to a listed component, None for none."""
    if component.get("license") is not None:  # given, even empty: the tool does not inherit
        own = text(component["license"])
        return own if own and own.lower() != NO_LICENSE else None
    found = _release_license(globals_, mot_type)
    return None if found == NO_LICENSE else found


def _license(component: dict[str, Any], name: str, kind: ArtifactKind, globals_: dict[str, tuple[str | None, str | None]],
             record: Record, where: tuple[Any, ...], notes: list[str]) -> str | None:
    """The license the tool applies; written on the artifact only where openscore's precedence would not find it."""
    ours = _release_license(globals_, _OUR_TYPE.get(kind.content_type))
    if component.get("license") is not None:  # given, even empty: the tool does not inherit
        own = text(component["license"])
        if own and own.lower() != NO_LICENSE:
            record.license_at.setdefault(own, (*where, "license"))
            return own
        return NO_LICENSE if ours and ours != NO_LICENSE else None  # only to keep a release license off it
    mot_type = COMPONENTS[name][1]
    tool = _release_license(globals_, mot_type)
    if tool == ours:
        return None
    origin = f"release {mot_type} license" if globals_.get(mot_type, (None, None))[0] else "release distribution license"
    notes.append(f"license from the {origin}, as the tool applies it ({name} counts as {mot_type})" if tool
                 else f"no license applies in the tool ({name} counts as {mot_type})")
    return tool or NO_LICENSE


def _release_license(globals_: dict[str, tuple[str | None, str | None]], kind: str | None) -> str | None:
    """The release-wide license for a content type, else the distribution license."""
    return (globals_.get(kind, (None, None))[0] if kind else None) or globals_.get("distribution", (None, None))[0]


def _kind(name: str, fine_tuned: bool) -> ArtifactKind:
    kind = COMPONENTS[name][0]
    return ArtifactKind.FINETUNED_WEIGHTS if kind is ArtifactKind.WEIGHTS and fine_tuned else kind


def _fallback_url(kind: ArtifactKind, release: dict[str, Any]) -> str | None:
    """Evidence where the record gives no path: the release's repository for code, its Hub page for weights."""
    if kind.content_type is ContentType.CODE:
        return http_url(release.get("repository"))
    if kind in (ArtifactKind.WEIGHTS, ArtifactKind.FINETUNED_WEIGHTS):
        return http_url(release.get("huggingface"))
    return None


def _weights_page(kind: ArtifactKind, release: dict[str, Any]) -> str | None:
    """The release's Hugging Face model page, for its final parameters: where the record says the weights are."""
    page = http_url(release.get("huggingface"))
    return page if kind in (ArtifactKind.WEIGHTS, ArtifactKind.FINETUNED_WEIGHTS) and hf_repo(page) else None


def _types(release: dict[str, Any]) -> list[str]:
    found = [_TREATMENT.get(text(release.get("treatment")) or ""), _RELEASE_TYPE.get(text(release.get("type")) or "")]
    return [t for t in found if t]


def _reviewed(release: dict[str, Any], default: dt.date, record: Record) -> dt.date:
    """The record's own date (the tool writes the date it last changed), else the date given."""
    value = release.get("date")
    if value in (None, ""):
        record.warning(("release",), _("release.date is missing; last_reviewed set to {default}").format(default=default.isoformat()))
        return default
    date = parse_date(value)
    if date is None:
        record.error(("release", "date"), _("release.date '{value}' is not a YYYY-MM-DD date").format(value=value))
        return default
    return date
