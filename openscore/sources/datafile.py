"""The YAML data file (data/models.yaml and files like it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openscore.domain.evidence import ModelEntry
from openscore.errors import OpenscoreError, Problem, os_reason
from openscore.gcpause import gc_paused
from openscore.i18n import N_, _
from openscore.sources.interface import Provenance

if TYPE_CHECKING:  # the YAML reader is loaded only when a file is parsed (not when it comes from the cache)
    from openscore.yamlio import SourceMap


@dataclass
class DataFile:
    """One data file: `models:` followed by a list of entries.

    Its validated entries are cached (see `openscore.loadcache`); `source` parses the file when
    positions are needed after the entries came from the cache.
    """

    path: Path
    name: str = "curated"
    _source: SourceMap | None = field(default=None, init=False, repr=False)
    _entries: tuple[ModelEntry, ...] | None = field(default=None, init=False)

    def describe(self) -> str:
        return str(self.path)

    def provenance(self, index: int) -> Provenance:
        """The file and the entry's place in it; facts in a data file count as reviewed."""
        return Provenance(self.name, "openscore data file", str(self.path), f"models[{index}]")

    def entries(self) -> Sequence[ModelEntry]:
        if self._entries is None:
            self._entries = self._load()
        return self._entries

    @property
    def source(self) -> SourceMap:
        """Where the file's values stand."""
        if self._source is None:
            self.check()
        assert self._source is not None
        return self._source

    def check(self) -> Checked:
        """Read the file leniently (see `check_text`)."""
        checked = check_text(self._read(), str(self.path))
        self._source = checked.source
        return checked

    def _read(self) -> bytes:
        name = str(self.path)
        from openscore.fileio import MAX_INPUT_BYTES, InputRefused, read_limited

        try:
            return read_limited(self.path, MAX_INPUT_BYTES)  # a device, FIFO or oversized file is refused unread
        except InputRefused as exc:
            raise OpenscoreError([Problem(exc.strerror or "cannot be read", name)]) from None
        except OSError as exc:
            raise OpenscoreError(_("cannot read data file {name}: {reason}").format(name=name, reason=os_reason(exc))) from None

    def _load(self) -> tuple[ModelEntry, ...]:
        from openscore.loadcache import cached

        def validated() -> tuple[ModelEntry, ...]:
            # positions are read only when something is wrong: then `problems` (and `source`) parse the file again
            try:
                checked = check_text(text, str(self.path), located=False)
            except OpenscoreError:
                checked = check_text(text, str(self.path))  # no data file at all: raises again, saying where
            if checked.problems:
                from openscore.checks.blocking import problems, summary

                raise OpenscoreError(summary(self.path, problems(self.path, text)[1]))
            entries = checked.valid()
            clashes = _name_clashes([(self, entries)])  # checked once per version of the file: a cached file is clash-free
            if clashes:
                raise OpenscoreError(clashes)
            return entries

        text = self._read()
        return cached("data", self.path, text, validated, _entries_shape)


# TRANSLATORS: a data file's top-level key that looks like a misspelling of 'models'
_MISSPELT = N_("top-level key '{key}' should be 'models': a data file lists its entries under 'models:'")


def _entries_shape(value: object) -> bool:
    """What `DataFile._load` caches: a tuple of whole entries, each with whole artifacts."""
    from openscore.loadcache import whole

    return isinstance(value, tuple) and all(
        type(e) is ModelEntry and whole(e) and isinstance(e.artifacts, dict) and all(whole(a) for a in e.artifacts.values())
        for e in value)


@dataclass(frozen=True)
class Checked:
    """A data file read leniently: its raw entries, each one validated (None when invalid), every problem."""

    source: SourceMap
    raw: tuple[Any, ...]
    entries: tuple[ModelEntry | None, ...]
    problems: tuple[Problem, ...]

    def valid(self) -> tuple[ModelEntry, ...]:
        return tuple(entry for entry in self.entries if entry is not None)


def check_text(text: str | bytes, name: str, located: bool = True) -> Checked:
    """Validate every entry of a data file's text, collecting all problems (without their line and column
    when `located` is False: see `yamlio.load`).

    Raises OpenscoreError only when the text is no data file at all (malformed YAML, no `models:` list).
    """
    from openscore.yamlio import load

    return check_document(*load(text, name, located))


def check_document(document: Any, source: SourceMap) -> Checked:
    """`check_text` for a document already loaded with `yamlio.load` (no second parse)."""
    if not isinstance(document, dict) or not isinstance(document.get("models"), list):
        where = ("models",) if isinstance(document, dict) and "models" in document else ()
        close = misspelt_models(document)
        if close is not None:
            raise OpenscoreError([source.problem((close,), _(_MISSPELT).format(key=close), key=True)])
        raise OpenscoreError([source.problem(where, _("a data file is a mapping with a list under 'models'"))])
    unknown = [key for key in document if key != "models"]
    problems = [source.problem((key,), f"unknown top-level key '{key}' (a data file has only 'models')", key=True) for key in unknown]
    entries = []
    from openscore.validation import validate

    with gc_paused():  # thousands of small models: collecting the large live heap meanwhile would only cost time
        for index, raw in enumerate(document["models"]):
            entry, found = validate(ModelEntry, raw, source, ("models", index))
            problems += found
            entries.append(entry)
    return Checked(source, tuple(document["models"]), tuple(entries), tuple(problems))


def misspelt_models(document: Any) -> str | None:
    """A top-level key that means 'models' ('model', 'Models', 'modles'), if any."""
    if not isinstance(document, dict) or "models" in document:
        return None
    import difflib

    keys = [key for key in document if isinstance(key, str)]
    return {key.lower(): key for key in keys}.get("models") or next(iter(difflib.get_close_matches("models", keys, 1, 0.7)), None)


def load_entries(sources: Sequence[DataFile]) -> tuple[ModelEntry, ...]:
    """Load several data files, reporting every problem of every file at once."""
    problems: list[Problem] = []
    entries: list[ModelEntry] = []
    for source in sources:
        try:
            entries.extend(source.entries())
        except OpenscoreError as exc:
            problems += exc.problems
    if problems:
        raise OpenscoreError(problems)
    if len(sources) > 1:  # each file's own clashes were found when it was validated; here those between files
        problems += _name_clashes([(source, source.entries()) for source in sources])
    if problems:
        raise OpenscoreError(problems)
    return tuple(entries)


def _name_clashes(files: Sequence[tuple[DataFile, Sequence[ModelEntry]]]) -> list[Problem]:
    """Duplicate ids, and aliases or repo ids that belong to two entries or variants (the rule and its words: domain.names)."""
    from openscore.checks.names import located

    return located([(source.describe(), enumerate(entries), source) for source, entries in files])
