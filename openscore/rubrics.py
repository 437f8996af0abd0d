"""Find and load rubrics: bundled ones by name, or any YAML file by path."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from openscore.domain.rubric import Rubric
from openscore.errors import OpenscoreError, Problem
from openscore.i18n import _
from openscore.resources import bundled, project_rubrics

if TYPE_CHECKING:  # the YAML reader is loaded only when a rubric is parsed (not when it comes from the cache)
    from openscore.yamlio import SourceMap

DEFAULT = "openscore"


def available() -> dict[str, Path]:
    """Rubric names and their files: the bundled ones, and the work tree's (see `openscore.project`) in their place."""
    found = {path.stem: path for path in sorted(bundled("rubrics").glob("*.yaml"))}
    own = project_rubrics()
    if own is not None:
        found.update((path.stem, path) for path in sorted(own.glob("*.yaml")))
    return found


def own() -> list[Path]:
    """The work tree's rubric files, when it has a rubric directory (else none)."""
    directory = project_rubrics()
    return sorted(directory.glob("*.yaml")) if directory is not None else []


def locate(name_or_path: str) -> Path:
    """A bundled rubric's file, or the file the user named."""
    known = available()
    if name_or_path in known:
        return known[name_or_path]
    if name_or_path.lower() in known:  # --rubric MOF
        return known[name_or_path.lower()]
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") or path.exists():
        if not path.exists():
            raise OpenscoreError(_("rubric file {path} does not exist").format(path=name_or_path))
        if not path.is_file():
            raise OpenscoreError(_("rubric file {path} is not a regular file").format(path=name_or_path))
        return path
    import difflib

    close = difflib.get_close_matches(name_or_path.lower(), list(known), n=1, cutoff=0.6)
    if close:
        raise OpenscoreError(_("no rubric '{name}'; did you mean {guess}? installed: {installed}").format(
            name=name_or_path, guess=close[0], installed=", ".join(known)))
    raise OpenscoreError(_("no rubric '{name}'; installed: {installed}").format(name=name_or_path, installed=", ".join(known)))


def load_rubric(name_or_path: str = DEFAULT) -> Rubric:
    path = locate(name_or_path)
    try:
        text = read_bytes(path)
    except OSError as exc:
        raise OpenscoreError(_("cannot read rubric {path}: {reason}").format(path=path, reason=exc.strerror or exc)) from None
    rubric, _source, problems = check_text(text, str(path))
    if (problems or rubric is None) and (text.startswith(b"models:") or b"\nmodels:" in text):
        raise OpenscoreError(_("{path}: this looks like a data file (it has `models:`), not a rubric; pass it with --data")
                             .format(path=path))
    if problems or rubric is None:
        raise OpenscoreError(problems or _("{path} is no rubric").format(path=path))
    return rubric


def read_bytes(path: Path) -> bytes:
    """A rubric file's bytes, read within the YAML loader's size limit (see `fileio.read_limited`)."""
    from openscore.fileio import MAX_INPUT_BYTES as MAX_BYTES
    from openscore.fileio import read_limited

    return read_limited(path, MAX_BYTES)


def check_text(text: str | bytes, name: str) -> tuple[Rubric | None, SourceMap, list[Problem]]:
    """Validate a rubric's text: the rubric (None when invalid), where its values stand, every problem.

    Raises OpenscoreError only when the text is no rubric at all (malformed YAML, not a mapping).
    """
    from openscore.yamlio import load

    document, source = load(text, name)
    rubric, problems = check_document(document, source)
    return rubric, source, problems


def check_document(document: object, source: SourceMap) -> tuple[Rubric | None, list[Problem]]:
    """`check_text` for a document already loaded with `yamlio.load` (no second parse)."""
    if not isinstance(document, dict):
        raise OpenscoreError([source.problem((), "a rubric file is a mapping")])
    from openscore.validation import validate

    return validate(Rubric, document, source)


def load_all() -> list[Rubric]:
    """Every bundled rubric, default first, its texts in the language of the run."""
    from openscore import i18n
    from openscore.domain.rubric import localized

    names = sorted(available(), key=lambda n: (n != DEFAULT, n))
    return [localized(load_rubric(name), i18n.current()) for name in names]
