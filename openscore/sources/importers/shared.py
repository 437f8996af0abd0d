"""What the importers share: reading record files, located messages, names, checked entries, YAML out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import HTTP_URL, REPO_ID_PATTERN, ModelEntry
from openscore.errors import OpenscoreError, Problem, os_reason
from openscore.fileio import read_limited
from openscore.i18n import _
from openscore.sources.naming import family_of, slug  # noqa: F401 (the importers take them from here too)
from openscore.yamlio import MAX_BYTES, SourceMap, load

ENTRY_KEYS = ("id", "name", "aliases", "organization", "family", "released", "type", "hf_repos", "licenses",
              "last_reviewed", "notes", "artifacts", "judgements")
ARTIFACT_KEYS = ("status", "license", "url", "urls", "notes", "source")
NO_LICENSE = "unlicensed"  # the MOT's word for "included, but under no license"; never inherits a release license
_HF = re.compile(r"^https?://(?:www\.)?huggingface\.co/(?!(?:datasets|spaces|collections|docs|blog|papers|models)/)"
                 f"({REPO_ID_PATTERN})" r"(?:[/#?]|$)")


@dataclass
class Record:
    """One record file of another database, and what was found wrong with it."""

    path: Path
    document: Any = None
    source: SourceMap = field(default_factory=lambda: SourceMap(""))
    problems: list[Problem] = field(default_factory=list)
    license_at: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # license string -> where it was read

    @classmethod
    def read(cls, path: Path) -> Record:
        record = cls(path, source=SourceMap(str(path)))
        try:
            record.document, record.source = load(read_limited(path, MAX_BYTES), str(path))
        except OSError as exc:
            record.problems.append(Problem(_("cannot read record: {reason}").format(reason=os_reason(exc)), str(path)))
        except OpenscoreError as exc:
            record.problems += exc.problems
        return record

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def error(self, where: tuple[Any, ...], message: str, key: bool = False) -> None:
        self.problems.append(self.source.problem(where, message, key=key))

    def warning(self, where: tuple[Any, ...], message: str, key: bool = False) -> None:
        self.problems.append(self.source.problem(where, message, key=key, severity="warning"))

    def line(self, where: tuple[Any, ...]) -> int | None:
        hit = self.source.locate(where)
        return hit[0] if hit else None

    def provenance(self, database: str, where: tuple[Any, ...], what: str) -> str:
        """Where a fact came from: database, file name and line, and the field it was read from."""
        line = self.line(where)
        return f"{database} record {self.path.name}{f':{line}' if line else ''}, {what}"


def record_files(paths: Sequence[Path], suffixes: tuple[str, ...]) -> tuple[list[Path], list[Problem]]:
    """The record files named, directories expanded (sorted, not recursive; names starting with '_' or '.' are a
    database's own metadata, such as the EOSAI's _parameters.yml, and are left out)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.suffix.lower() in suffixes and not p.name.startswith(("_", ".")) and p.is_file())
            if not found:
                problems.append(Problem(_("no {suffixes} files in this directory").format(suffixes=' or '.join(suffixes)), str(path)))
            files += found
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem(_("no such file or directory"), str(path)))
    return files, problems


def text(value: Any) -> str | None:
    """A scalar as stripped text; None for empty values and containers."""
    if value is None or isinstance(value, (dict, list)):
        return None
    result = str(value).strip()
    return result or None


def http_url(value: Any) -> str | None:
    candidate = text(value)
    return candidate if candidate and HTTP_URL.match(candidate) and not any(c.isspace() for c in candidate) else None


def hf_repo(url: str | None) -> str | None:
    """The Hugging Face repo id of a model page URL."""
    match = _HF.match(url or "")
    return match.group(1) if match else None


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def artifact(status: str, license: str | None = None, url: str | None = None, notes: str | None = None,
             source: str | None = None, urls: list[str] | None = None) -> dict[str, Any]:
    values = {"status": status, "license": license, "url": url, "urls": urls, "notes": notes, "source": source}
    return {k: values[k] for k in ARTIFACT_KEYS if values[k] is not None}


def build_entry(data: dict[str, Any], record: Record) -> tuple[ModelEntry, dict[str, Any]] | None:
    """The entry an importer built, checked against the data model, and its keys in data-file order."""
    ordered = {k: data[k] for k in ENTRY_KEYS if data.get(k)}
    kinds = list(ArtifactKind)
    ordered["artifacts"] = dict(sorted(data.get("artifacts", {}).items(), key=lambda item: kinds.index(ArtifactKind(item[0]))))
    try:
        return ModelEntry.model_validate(ordered), ordered
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            where = ".".join(str(p) for p in error["loc"])
            record.error((), _("cannot make an openscore entry: {where}: {error}").format(
                where=where, error=error['msg'].removeprefix('Value error, ')))
        return None


def unknown_license_warnings(entry: ModelEntry, record: Record, resolve: Any) -> None:
    """Warn about license strings openscore does not recognise: they count as not open."""
    strings = {a.license for a in entry.artifacts.values() if a.license}
    strings |= {v for v in entry.licenses.model_dump().values() if v}
    for name in sorted(strings):
        facts = resolve(name)
        if not getattr(facts, "recognised", True) and name != NO_LICENSE:
            record.warning(record.license_at.get(name, ()), _("license '{name}' is not one openscore recognises; it counts as not open").format(
                name=name))

