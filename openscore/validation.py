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
        return None, [_problem(error, source, path) for error in exc.errors(include_url=False)]


def _problem(error: Any, source: SourceMap, path: Path) -> Problem:
    loc = tuple(part for part in error["loc"] if not _is_union_tag(part))
    full = (*path, *loc)
    field = ".".join(str(p) for p in full) or "document"
    kind = error["type"]
    if kind == "extra_forbidden":
        return source.problem(full, f"unknown key '{loc[-1]}' in {'.'.join(map(str, full[:-1])) or 'document'}", key=True)
    if kind == "missing":
        return source.problem(full[:-1], f"{field}: required key '{loc[-1]}' is missing")
    message = error["msg"].removeprefix("Value error, ")
    if kind == "enum":
        message = f"{message}, got {error.get('input')!r}"
    return source.problem(full, f"{field}: {message}", key=kind in ("enum",) and _is_key(error))


def _is_union_tag(part: Any) -> bool:
    return isinstance(part, str) and ("[" in part or part.startswith("function-"))


def _is_key(error: Any) -> bool:
    return "[key]" in error["loc"]
