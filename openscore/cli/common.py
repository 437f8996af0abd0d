"""What every command shares: options, loading, scoring, output and error handling."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar

import typer

from openscore import i18n
from openscore.domain.catalog import AmbiguousModel, UnknownModel
from openscore.domain.evidence import ModelEntry
from openscore.domain.rubric import Rubric
from openscore.domain.scorecard import Scorecard
from openscore.domain.scorer import Scorer
from openscore.errors import EXIT_USAGE, OpenscoreError, Problem, os_reason
from openscore.formats import names
from openscore.formats.interface import Report, ScorecardView, View
from openscore.i18n import _

if TYPE_CHECKING:
    from openscore.sources.catalog import SourceCatalog
else:
    SourceCatalog = Any


RubricOption = Annotated[
    str, typer.Option("--rubric", "-r", metavar="NAME|PATH", help="Bundled rubric name (see `openscore rubrics`) or path to a rubric YAML file.")
]
RubricOrAllOption = Annotated[
    str, typer.Option("--rubric", "-r", metavar="NAME|PATH|all",
                      help="Bundled rubric name (see `openscore rubrics`) or path to a rubric YAML file; `all`: every installed "
                           "rubric, side by side.")
]
DataOption = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option("--data", "-d", metavar="FILE",
                 help="Data file to read, repeatable; env OPENSCORE_DATA also works. Default: the data of the openscore work tree "
                      "you are in (found from the current directory), else the bundled one."),
]


def format_option(*views: View, default: str = "table") -> Any:
    """`--format/-f`, offering every registered format that renders all of `views` (see formats.FORMATS)."""
    choices = names(*views)
    assert default in choices, (default, choices)

    def choose(value: str) -> str:  # any case, like every other choice
        if value.lower() not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(map(repr, choices))}.")
        return value.lower()

    return typer.Option("--format", "-f", parser=choose, metavar=f"[{'|'.join(choices)}]", help="Output format.")

SourceOption = Annotated[
    Optional[list[str]],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option("--source", "-s", metavar="NAME",
                 help="Answer only from these sources (repeatable): curated, mot, osai-index (see `openscore sources`). "
                      "Default: all, or only the --data files when given."),
]

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Turn user mistakes into a one-line message on stderr and a documented exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except OpenscoreError as exc:
            for problem in exc.problems:
                typer.echo(f"openscore: {one_line(str(problem))}" if i18n.current() == i18n.DEFAULT
                           else _("openscore: {message}").format(message=one_line(said(problem))), err=True)
            raise typer.Exit(exc.exit_code) from None
        except (UnknownModel, AmbiguousModel) as exc:
            hint = _("; `openscore list` shows every model") if isinstance(exc, UnknownModel) and not exc.suggestions else ""
            typer.echo((f"openscore: error: {one_line(str(exc))}" if i18n.current() == "en" else
                        one_line(_("openscore: error: {message}").format(message=_unknown_model(exc)))) + hint, err=True)
            raise typer.Exit(EXIT_USAGE) from None

    return wrapper  # type: ignore[return-value]


def _unknown_model(exc: UnknownModel | AmbiguousModel) -> str:
    """The message of a name that finds no model, or several, in the run's language."""
    if isinstance(exc, AmbiguousModel):
        return _("'{query}' could mean {candidates}; use one of these ids").format(
            query=exc.query, candidates=_(", ").join(exc.candidates))
    if exc.suggestions:
        return _("no model '{query}'; did you mean {suggestions}?").format(query=exc.query, suggestions=_(", ").join(exc.suggestions))
    return _("no model '{query}'").format(query=exc.query)


def said(problem: Problem) -> str:
    """`file:line:column: severity: message` in the run's language (`str(problem)` is the English one)."""
    return problem_line(problem.file, problem.line, problem.column, problem.severity, problem.message)


def problem_line(file: str | None, line: int | None, column: int | None, severity: str, message: str) -> str:
    """A located problem on one line, its severity and punctuation in the run's language."""
    where = ":".join(str(p) for p in (file, line, column) if p is not None)
    shown = _("warning") if severity == "warning" else _("note") if severity == "note" else _("error")
    if where:
        return _("{where}: {severity}: {message}").format(where=where, severity=shown, message=message)
    return _("{severity}: {message}").format(severity=shown, message=message)


def one_line(text: str) -> str:
    """`text` on one line, control characters shown as placeholders (a file's keys and values may hold them)."""
    from openscore.textsafe import line

    return line(text)


def say(message: str, err: bool = True) -> None:
    """One line to stderr (or stdout) with untrusted parts made safe: `openscore: ...` messages."""
    typer.echo(one_line(message), err=err)


def load_catalog(data: Sequence[Path] | None, sources: Sequence[str] | None = None) -> SourceCatalog:
    """Every source the command answers from: the curated file (or --data files) first, then the databases.

    With --data (or OPENSCORE_DATA) the databases are left out unless named with --source.
    """
    import os

    from openscore import resources
    from openscore.resources import default_data_files
    from openscore.sources.catalog import SourceCatalog
    from openscore.sources.datafile import DataFile, load_entries
    from openscore.sources.registry import CURATED, DATABASES, names

    chosen = list(dict.fromkeys(s.strip().lower() for s in sources)) if sources else None
    unknown = [s for s in chosen or () if s not in names()]
    if unknown:
        raise OpenscoreError(_("no source '{name}'; known: {known} (see `openscore sources`)").format(name=unknown[0], known=", ".join(names())))
    if chosen is None:
        chosen = [CURATED] if data or os.environ.get("OPENSCORE_DATA") else list(names())
    paths = list(data) if data else default_data_files()
    resources.chosen_data = paths  # where the work tree's own licenses (licenses.yaml) are looked for
    files = [DataFile(path) for path in paths] if CURATED in chosen else []
    databases = [name for name in DATABASES if name in chosen]
    return SourceCatalog(load_entries(files), files, databases, warn=_warn, strict=bool(sources))


def _warn(message: str) -> None:
    typer.echo(_("openscore: warning: {message}").format(message=one_line(message)), err=True)


def find(catalog: SourceCatalog, name: str) -> ModelEntry:
    """The entry or variant `name` resolves to; says on stderr how a loose name was understood."""
    match = catalog.resolve(name)
    if match.note:
        typer.echo(_("openscore: {message}").format(message=one_line(match.note)), err=True)
    return match.entry


def with_variants(catalog: SourceCatalog, card: Scorecard) -> Scorecard:
    """`card` with lines on how a family's variants differ from it, or how a variant differs from its family."""
    if card.source is not None and card.source.name != "curated":
        return card  # variants are the curated file's
    entry = next((e for e in catalog.curated if e.id == (card.variant_of or card.model_id)), None)
    if entry is None or not entry.variants:
        return card
    import dataclasses

    from openscore.domain import variants
    from openscore.licenses import resolve

    english = i18n.current() == "en"
    found = variants.differences(entry, resolve, _variant_words)
    if card.variant_of is None:
        lines = variants.summary(entry, found, _variant_words, notes=english)
    else:
        own = next((d for d in found if d.variant == card.model_id), None)
        name = entry.name if english else (getattr(entry, "name_zh", None) or entry.name)
        lines = [_("Variant of {id} ({name})").format(id=entry.id, name=name)
                 + (_(": {changes}").format(changes=_("; ").join(own.changes)) if own and own.changes else _(", graded as the family"))]
    return dataclasses.replace(card, notes=(*card.notes, *lines)) if lines else card


def _variant_words(text: str) -> str:
    """How the variants' differences are said: the run's language, artifact kinds as words (ids under English)."""
    from openscore import words

    if i18n.current() != i18n.DEFAULT and text in words.ARTIFACTS:
        return words.artifact(text)
    return i18n.translate(text)


def load_rubric(name: str) -> Rubric:
    """A rubric by name or path, its texts in the language of the run."""
    from openscore import i18n
    from openscore.domain.rubric import localized

    return localized(_load_rubric(name), i18n.current())


def _load_rubric(name: str) -> Rubric:
    from openscore.loadcache import cached
    from openscore.rubrics import load_rubric as load
    from openscore.rubrics import locate, read_bytes

    path = locate(name)
    try:
        text = read_bytes(path)
    except OSError:
        return load(name)  # which reports it
    from openscore.loadcache import whole

    return cached("rubric", path, text, lambda: load(str(path)),
                  lambda found: type(found) is Rubric and whole(found) and all(whole(c) for c in found.criteria))


def score_all(entries: Sequence[ModelEntry], rubric: Rubric, catalog: SourceCatalog | None = None) -> list[Scorecard]:
    """Grade every entry (its names and notes, and the reasons, in the run's language); with `catalog`, each card
    also says which source its facts came from."""
    from openscore import localize
    from openscore.gcpause import gc_paused
    from openscore.licenses import resolve_without_hints as resolve  # scoring never shows close matches

    with gc_paused():  # scorecards are plain dataclasses: thousands of them make no garbage cycles
        grade = Scorer(rubric, localize.resolver(resolve), localize.translator())
        cards = [grade(localize.entry(entry)) for entry in entries]
    if catalog is not None:
        from openscore.sources.labels import label

        label(cards, entries, catalog)
    return cards


def emit(view: ScorecardView, fmt: str, rubric: Rubric | None = None, cards: Sequence[Scorecard] = (),
         rubrics: Sequence[Rubric] = ()) -> None:
    """Render scorecards or rubrics to stdout."""
    from openscore.gcpause import gc_paused

    with gc_paused():  # rendering 10,000 scorecards builds millions of short-lived objects
        render(fmt, view, Report(view, rubric, cards, rubrics))


def write_output(path: Path, fmt: str, view: View, subject: Any) -> None:
    """Render `subject` into the file `path`, written whole or not at all; an unwritable path is a one-line error."""
    import io

    from openscore.fileio import write_atomic
    from openscore.formats import render as draw

    text = io.StringIO()
    draw(fmt, view, subject, text)
    try:
        write_atomic(path, text.getvalue())
    except OSError as exc:
        raise OpenscoreError(_("cannot write {path}: {reason}").format(path=path, reason=os_reason(exc))) from None


def render(fmt: str, view: View, subject: Any) -> None:
    """Render `subject` as `view` in format `fmt` to stdout."""
    from openscore.formats import render as draw

    draw(fmt, view, subject, sys.stdout)
