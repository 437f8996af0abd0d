"""Bundled snapshots of public openness databases: a compact, pre-converted JSON file per database.

A snapshot holds the database's records already converted to openscore entries (by the importer),
with where each came from and what the upstream was: repository, commit, date, license, attribution,
how many records there were and why the skipped ones were skipped. Reading one is a JSON parse and a
validation (cached like data files); a missing, corrupt or newer snapshot is a one-line error naming it.

Snapshots updated by `openscore sources update` are written to the user's snapshot directory
(OPENSCORE_SNAPSHOT_DIR, else the platform's user data directory) and used instead of the bundled one.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openscore.domain.evidence import ModelEntry
from openscore.errors import OpenscoreError, os_reason
from openscore.i18n import _
from openscore.sources.interface import Provenance

FORMAT = "openscore-snapshot"
VERSION = 1  # bump when older openscore could not read the file; a newer file is refused by name
MAX_BYTES = 16 * 2**20


@dataclass(frozen=True)
class Meta:
    """What a snapshot says about itself (the file's header)."""

    name: str
    title: str
    repository: str
    commit: str | None
    date: str | None  # the upstream commit's date, YYYY-MM-DD
    license: str
    attribution: str
    importer: str
    records: int
    skipped: tuple[tuple[str, str], ...]  # (record, why it was not converted)
    warnings: int
    built_by: str

    @property
    def converted(self) -> int:
        return self.records - len(self.skipped)

    def describe(self) -> str:
        commit = (self.commit or "unknown commit")[:12]
        return f"{self.title} snapshot {self.date or 'undated'} ({commit})"


def user_dir() -> Path:
    """Where `sources update` writes snapshots: OPENSCORE_SNAPSHOT_DIR, else the platform's user data dir."""
    configured = os.environ.get("OPENSCORE_SNAPSHOT_DIR")
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "openscore" / "sources"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "openscore" / "sources"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "openscore" / "sources"


def bundled_path(name: str) -> Path:
    from openscore.resources import bundled

    return bundled("data") / "sources" / f"{name}.json"


def locate(name: str) -> Path:
    """The snapshot file in use: an updated one in the user's directory, else the bundled one."""
    updated = user_dir() / f"{name}.json"
    return updated if updated.is_file() else bundled_path(name)


@dataclass
class SnapshotSource:
    """One database's snapshot as a `Source`; loaded on first use."""

    name: str
    _path: Path | None = None
    _loaded: tuple[Meta, tuple[ModelEntry, ...], tuple[str, ...]] | None = field(default=None, init=False, repr=False)

    @classmethod
    def of(cls, name: str) -> SnapshotSource:
        """The source for a database name; the file is located (and read) only when first needed."""
        return cls(name)

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = locate(self.name)
        return self._path

    def describe(self) -> str:
        return self.meta.describe()

    @property
    def meta(self) -> Meta:
        return self._load()[0]

    def entries(self) -> tuple[ModelEntry, ...]:
        return self._load()[1]

    def provenance(self, index: int) -> Provenance:
        meta = self.meta
        return Provenance(self.name, meta.title, str(self.path), self._load()[2][index],
                          (meta.commit or "")[:12] or None, meta.date, reviewed=False)

    def _load(self) -> tuple[Meta, tuple[ModelEntry, ...], tuple[str, ...]]:
        if self._loaded is None:
            self._loaded = read(self.path, self.name)
        return self._loaded


def read(path: Path, name: str) -> tuple[Meta, tuple[ModelEntry, ...], tuple[str, ...]]:
    """A snapshot file's header, entries and record names; OpenscoreError (one line naming it) when unusable."""
    from openscore.loadcache import cached

    try:
        if path.stat().st_size > MAX_BYTES:
            raise _bad(name, path, _("larger than {n} MiB").format(n=MAX_BYTES // 2**20))
        text = path.read_bytes()
    except FileNotFoundError:
        raise _bad(name, path, _("is missing; reinstall openscore or run `openscore sources update {name}`").format(name=name)) from None
    except OSError as exc:
        raise _bad(name, path, _("cannot be read: {reason}").format(reason=os_reason(exc))) from None
    meta, entries, records = cached("snapshot", path, text, lambda: parse(text, name, path))
    return Meta(**meta), entries, records


def parse(text: bytes, name: str, path: Path) -> tuple[dict[str, Any], tuple[ModelEntry, ...], tuple[str, ...]]:
    """Check and validate a snapshot's text (plain values, so that the cache can keep them)."""
    import orjson
    from pydantic import ValidationError

    try:
        document = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise _bad(name, path, _("is corrupt (not JSON: {error})").format(error=exc)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _bad(name, path, _("is corrupt (not an {format} file)").format(format=FORMAT))
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        said = _("was written by a newer openscore (snapshot format {version}; this one reads {supported}); upgrade openscore")
        raise _bad(name, path, said.format(version=version, supported=VERSION))
    try:
        header = document["meta"]
        meta = {key: header[key] for key in Meta.__dataclass_fields__}
        meta["skipped"] = tuple((str(r), str(w)) for r, w in meta["skipped"])
        Meta(**meta)
        records = tuple(str(item["record"]) for item in document["entries"])
        entries = tuple(ModelEntry.model_validate(item["entry"]) for item in document["entries"])
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            first = exc.errors(include_url=False)[0]
            reason = f"{'.'.join(map(str, first['loc']))}: {first['msg']}"
        else:
            reason = f"{type(exc).__name__}: {exc}"
        raise _bad(name, path, _("is corrupt ({reason})").format(reason=reason)) from None
    return meta, entries, records


def _bad(name: str, path: Path, what: str) -> OpenscoreError:
    return OpenscoreError(_("source {name}: snapshot {path} {what}").format(name=name, path=path, what=what))


def write(path: Path, meta: Meta, items: list[tuple[str, dict[str, Any]]]) -> None:
    """Write a snapshot whole or not at all (temporary file beside it, then rename)."""
    import dataclasses
    import tempfile

    import orjson

    document = {"format": FORMAT, "version": VERSION, "meta": dataclasses.asdict(meta),
                "entries": [{"record": record, "entry": entry} for record, entry in items]}
    data = orjson.dumps(document, option=orjson.OPT_APPEND_NEWLINE)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp's 0600 would hide a shared snapshot from other users
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
