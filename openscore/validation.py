"""Turn pydantic validation errors into located, one-line problems."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from openscore.errors import Problem
from openscore.yamlio import Path, SourceMap


def validate(model: type[BaseModel], data: Any, source: SourceMap, path: Path = ()) -> tuple[Any, list[Problem]]:
    """Validate `data` (found at `path` in `source`); return the object or the problems."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [_problem(error, source, path, data) for error in exc.errors(include_url=False)]


def _problem(error: Any, source: SourceMap, path: Path, data: Any) -> Problem:
    loc = _data_path(error["loc"], data)
    full = (*path, *loc)
    field = ".".join(map(_shown, full)) or "document"
    kind = error["type"]
    if kind == "extra_forbidden" and loc:
        return source.problem(full, f"unknown key '{_shown(loc[-1])}' in {'.'.join(map(_shown, full[:-1])) or 'document'}", key=True)
    if kind == "missing" and loc:
        return source.problem(full[:-1], f"{field}: required key '{loc[-1]}' is missing")
    message = error["msg"].removeprefix("Value error, ")
    if kind == "enum":
        message = f"{message}, got {error.get('input')!r}"
    return source.problem(full, f"{field}: {message}", key=kind in ("enum",) and _is_key(error))


def _data_path(loc: tuple[Any, ...], data: Any) -> Path:
    """The keys and indexes of a pydantic error location, without its union and validator tags.

    A part is a tag only where the data has no such key: a file's own key may look like one.
    """
    found = []
    for part in loc:
        if (isinstance(data, dict) and part in data) or (isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)):
            data = data[part]
        elif _is_union_tag(part):
            continue
        else:
            data = None
        found.append(part)
    return tuple(found)


def _shown(part: Any) -> str:
    """A key as a one-line message shows it: control characters and line breaks escaped."""
    text = str(part)
    return text if text.isprintable() else repr(text)[1:-1]


def _is_union_tag(part: Any) -> bool:
    return isinstance(part, str) and ("[" in part or part.startswith("function-"))


def _is_key(error: Any) -> bool:
    return "[key]" in error["loc"]
