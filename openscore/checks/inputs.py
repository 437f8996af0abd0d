"""The files `openscore validate` reads: data files and rubrics, loaded leniently."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from openscore import rubrics
from openscore.domain.evidence import ModelEntry
from openscore.domain.rubric import Rubric
from openscore.errors import OpenscoreError, Problem, os_reason
from openscore.i18n import N_, _
from openscore.sources.datafile import Checked, check_document, misspelt_models
from openscore.yamlio import SourceMap, load

Kind = Literal["data", "rubric"]


@dataclass(frozen=True)
class DataInput:
    """A data file: every raw entry, the ones that validate, and the schema problems."""

    name: str
    checked: Checked
    plain: bool = False  # its text can hold no control character or bidi override (checks.text.plain_source)

    @property
    def source(self) -> SourceMap:
        return self.checked.source

    def entries(self) -> Iterator[tuple[int, ModelEntry]]:
        """The entries that validate, with their index under `models`."""
        return ((i, e) for i, e in enumerate(self.checked.entries) if e is not None)


@dataclass(frozen=True)
class RubricInput:
    """A rubric file: the rubric (None when it does not validate) and the schema problems."""

    name: str
    rubric: Rubric | None
    source: SourceMap
    problems: tuple[Problem, ...]


# TRANSLATORS: a data file's top-level key that looks like a misspelling of 'models'
_MISSPELT = N_("top-level key '{key}' should be 'models': a data file lists its entries under 'models:'")


def display(path: Path) -> str:
    """A path as findings show it: relative to the working directory when inside it (as GitHub wants),
    `<bundled>/data/...` for a bundled file outside it (`openscore info` says where that is), else as given."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        pass
    from openscore.resources import anchored

    return anchored(path) or str(path)


def read(path: Path, kind: Kind | None = None) -> DataInput | RubricInput:
    """Load one file leniently; `kind` None: decide from its content (see `kind_of`).

    Raises OpenscoreError when the file cannot be used at all.
    """
    name = display(path)
    text = _bytes(path, name)
    document, source = load(text, name)  # parsed once, whatever the kind
    if (kind or _kind(document, source)) == "data":
        from openscore.checks.text import plain_source

        return DataInput(name, check_document(document, source), plain_source(text))
    rubric, problems = rubrics.check_document(document, source)
    return RubricInput(name, rubric, source, tuple(problems))


def kind_of(path: Path) -> Kind:
    """'data' for a mapping with a `models` key, else 'rubric'."""
    name = display(path)
    return _kind(*load(_bytes(path, name), name))


def _kind(document: object, source: SourceMap) -> Kind:
    if not isinstance(document, dict):
        raise OpenscoreError([source.problem((), _("a data file or rubric is a mapping ('models:' or 'criteria:' at the top)"))])
    if "models" in document:
        return "data"
    if "criteria" not in document:
        close = misspelt_models(document)
        if close is not None:
            raise OpenscoreError([source.problem((close,), _(_MISSPELT).format(key=close), key=True)])
    return "rubric"


def _bytes(path: Path, name: str) -> bytes:
    from openscore.fileio import read_limited
    from openscore.yamlio import MAX_BYTES

    try:
        return read_limited(path, MAX_BYTES)
    except OSError as exc:
        raise OpenscoreError([Problem(_("cannot read the file: {reason}").format(reason=os_reason(exc)), name)]) from None
