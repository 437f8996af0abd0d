"""Turn pydantic validation errors into located, one-line problems in words."""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from openscore import i18n
from openscore.errors import Problem
from openscore.i18n import N_, _
from openscore.yamlio import Path, SourceMap

# Patterns of the schemas, said in words.
_PATTERNS = {
    r"^[a-z0-9][a-z0-9._-]*$": N_("use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit"),
    r"^[A-Za-z0-9][\w.-]*/[\w.-]+$": N_("a Hugging Face repo is ORGANIZATION/NAME (letters, digits, '.', '_' and '-')"),
}
# pydantic's reasons, by error type, in openscore's words (shown under a language other than English; the
# placeholders are the error's `ctx`). A type not listed here keeps pydantic's English words.
_REASONS = {
    "int_type": N_("should be a whole number"), "int_parsing": N_("should be a whole number"),
    "int_from_float": N_("should be a whole number"),
    "float_type": N_("should be a number"), "float_parsing": N_("should be a number"),
    "bool_type": N_("should be true or false"), "bool_parsing": N_("should be true or false"),
    "string_type": N_("should be text"), "list_type": N_("should be a list"), "tuple_type": N_("should be a list"),
    "set_type": N_("should be a list"), "dict_type": N_("should be a mapping (key: value lines)"),
    "date_type": N_("should be a date written YYYY-MM-DD"), "date_parsing": N_("should be a date written YYYY-MM-DD"),
    "date_from_datetime_parsing": N_("should be a date written YYYY-MM-DD"),
    "date_from_datetime_inexact": N_("should be a date written YYYY-MM-DD, without a time"),
    "greater_than_equal": N_("should be at least {ge}"), "greater_than": N_("should be more than {gt}"),
    "less_than_equal": N_("should be at most {le}"), "less_than": N_("should be less than {lt}"),
    "finite_number": N_("should be a finite number"),
    "string_too_short": N_("should have at least {min_length} character(s)"),
    "string_too_long": N_("should have at most {max_length} characters"),
    "too_short": N_("should have at least {min_length} item(s)"), "too_long": N_("should have at most {max_length} items"),
    "literal_error": N_("should be {expected}"), "missing": N_("is required"),
    "extra_forbidden": N_("is not a key this mapping has"), "none_required": N_("should be empty"),
    "url_parsing": N_("is not a URL"), "url_scheme": N_("url must start with http:// or https://"),
}
# The messages of openscore's own validators (pydantic says them as 'Value error, ...'), fixed or with one value.
_OWN = (
    N_("url must start with http:// or https://"),
    N_("variant_of is set by openscore; declare variants under the family's 'variants:'"),
    N_("a criterion with basis 'license' needs a license rule"),
    N_("a criterion condition needs exactly one of at_least, at_most"),
    N_("at_least and at_most go with criterion"),
    N_("an artifact condition needs status or license_class"),
    N_("status and license_class go with artifact"),
    N_("empty expression"),
)
_OWN_SHAPED = (
    (r"^url '(?P<url>.*)' must start with http:// or https://$", N_("url '{url}' must start with http:// or https://")),
    (r"^a condition needs exactly one of (?P<forms>.*); got (?P<given>.*)$", N_("a condition needs exactly one of {forms}; got {given}")),
    (r"^zh: (?P<fields>.*) cannot be translated here \(translatable: (?P<translatable>.*)\)$",
     N_("zh: {fields} cannot be translated here (translatable: {translatable})")),
)
_LISTED = 12  # enums up to this size are listed in full; larger ones only suggest


def validate(model: type[BaseModel], data: Any, source: SourceMap, path: Path = ()) -> tuple[Any, list[Problem]]:
    """Validate `data` (found at `path` in `source`); return the object or the problems."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        return None, _problems(errors, model, source, path, data)


def _problems(errors: list[Any], model: type[BaseModel], source: SourceMap, path: Path, data: Any) -> list[Problem]:
    label = _label(path, data)
    located = [(_data_path(error["loc"], data), error) for error in errors]
    missing = {(loc[:-1], loc[-1]) for loc, error in located if error["type"] == "missing" and loc}
    # an unknown key that is a misspelling of a missing one: one message, at the unknown key
    replaced: set[tuple[Path, Any]] = set()
    found = []
    for loc, error in located:
        if error["type"] == "extra_forbidden" and loc:
            known = _fields(_model_at(model, loc[:-1]))
            wanted = [key for parent, key in missing if parent == loc[:-1]]
            guess = _close(str(loc[-1]), wanted) or _close(str(loc[-1]), known)
            if guess in wanted:
                replaced.add((loc[:-1], guess))
            hint = _("; did you mean '{guess}'?").format(guess=guess) if guess else ""
            said = _("unknown key '{key}'{hint}").format(key=_shown(loc[-1]), hint=hint)
            found.append(source.problem((*path, *loc), _say(label, loc[:-1], said, data), key=True))
        elif error["type"] == "enum" and _is_key(error) and loc:
            found.append(source.problem((*path, *loc), _say(label, loc[:-1], _message(error), data), key=True))
        elif error["type"] != "missing" or not loc:
            found.append(source.problem((*path, *loc), _say(label, loc, _message(error), data), key=_is_key(error)))
    for loc, error in located:
        if error["type"] == "missing" and loc and (loc[:-1], loc[-1]) not in replaced:
            said = _("required key '{key}' is missing").format(key=loc[-1])
            found.append(source.problem((*path, *loc[:-1]), _say(label, loc[:-1], said, data)))
    return found


def _message(error: Any) -> str:
    kind, value = error["type"], error.get("input")
    if kind == "string_pattern_mismatch":
        words = _PATTERNS.get(error.get("ctx", {}).get("pattern", ""))
        if words:
            return _("{value} is not allowed: {rule}{hint}").format(
                value=_quoted(value), rule=_(words), hint=_slug(value, error["ctx"]["pattern"]))
    if kind == "enum":
        options = [o.strip().strip("'") for o in error.get("ctx", {}).get("expected", "").replace(" or ", ", ").split(",")]
        guess = _close(str(value), options)
        hint = _("; did you mean '{guess}'?").format(guess=guess) if guess else ""
        said = (_("unknown key {key}").format(key=_quoted(value)) if _is_key(error)
                else _("{value} is not allowed").format(value=_quoted(value)))
        listed = _(", ").join(options)
        if len(options) <= _LISTED:
            return (_("{said}{hint} (one of: {options})") if hint else _("{said}: one of {options}")).format(
                said=said, hint=hint, options=listed)
        return said + (hint or _(" (the allowed ones: docs/VOCABULARY.md)"))
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return _("should be a mapping (key: value lines), not {value}").format(
            value=_quoted(value) if isinstance(value, str) else type(value).__name__)
    return reason(error)


def reason(error: Any) -> str:
    """pydantic's reason for one error, in the run's language (its own English words under English)."""
    said = str(error["msg"]).removeprefix("Value error, ")
    if i18n.current() == i18n.DEFAULT:
        return said
    if error["type"] == "value_error":
        return _own(said)
    words = _REASONS.get(error["type"])
    if words is None:
        return said
    context = {key: value for key, value in (error.get("ctx") or {}).items()}
    try:
        return _(words).format(**context)
    except (KeyError, IndexError, ValueError):
        return said


def _own(said: str) -> str:
    """The message of one of openscore's validators in the run's language; joined messages one by one."""
    import re

    if said in _OWN:
        return _(said)
    for pattern, message in _OWN_SHAPED:
        found = re.match(pattern, said)
        if found:
            return _(message).format(**found.groupdict())
    if "; " in said:
        parts = said.split("; ")
        if any(p in _OWN for p in parts):
            return _("; ").join(_own(p) for p in parts)
    return said


def _slug(value: Any, pattern: str) -> str:
    """'; did you mean ...?' with the value made to fit an id pattern, when that is easy."""
    import re

    if not isinstance(value, str) or "/" in pattern:
        return ""
    slug = re.sub(r"[^a-z0-9._-]+", "-", value.lower()).strip("-._")
    return _("; did you mean '{guess}'?").format(guess=slug) if slug and slug != value and re.match(pattern, slug) else ""


def _quoted(value: Any) -> str:
    return repr(_shown(value)) if isinstance(value, str) else _shown(value)


def _close(word: str, options: typing.Iterable[str]) -> str | None:
    import difflib

    choices = list(options)
    lowered = {o.lower(): o for o in choices}
    if word.lower() in lowered:
        return lowered[word.lower()]
    found = difflib.get_close_matches(word, choices, n=1, cutoff=0.75)
    return found[0] if found else None


def _label(path: Path, data: Any) -> str | None:
    """How messages name an entry of a data file: its id (else its name, else its place)."""
    if len(path) != 2 or path[0] != "models":
        return None
    if isinstance(data, dict):
        for key in ("id", "name"):
            if isinstance(data.get(key), str) and data[key].strip():
                return _shown(data[key].strip())
    return _("entry {n} under models").format(n=path[1] + 1) if isinstance(path[1], int) else None


def _say(label: str | None, loc: Path, message: str, data: Any = None) -> str:
    where = _where(loc, data)
    parts = [p for p in (label, where) if p]
    if i18n.current() == i18n.DEFAULT:
        return f"{': '.join(parts)}: {message}" if parts else message
    return _("{place}: {message}").format(place=_("{place}: {message}").format(place=parts[0], message=parts[1]) if len(parts) > 1
                                          else parts[0], message=message) if parts else message


def _where(loc: Path, data: Any) -> str:
    """A place in the document as a path; an item of a list named by its id where it has one
    (`criteria[weights].combine`, not `criteria.0.combine`), else by its index."""
    parts: list[str] = []
    for part in loc:
        item = data[part] if isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data) else None
        if item is not None:
            named = item.get("id") if isinstance(item, dict) else None
            if parts and isinstance(named, str) and named.strip():
                parts[-1] += f"[{_shown(named.strip())}]"
            else:
                parts.append(str(part))
            data = item
        else:
            parts.append(_shown(part))
            data = data.get(part) if isinstance(data, dict) else None
    return ".".join(parts)


def _fields(model: Any) -> list[str]:
    if isinstance(model, type) and issubclass(model, BaseModel):
        return [info.alias or name for name, info in model.model_fields.items()]
    return []


def _model_at(model: Any, loc: Path) -> Any:
    """The model class that validates the mapping found at `loc` (None when not a model)."""
    current = model
    for part in loc:
        if isinstance(current, _Items):
            current = current.item
        elif isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            current = _model_in(field.annotation) if field else None
        else:
            current = None
        if current is None:
            return None
    return current


def _model_in(annotation: Any) -> Any:
    """The model class inside an annotation (Optional, a tuple or dict of models), else the annotation's container."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (dict, list, tuple) and args:
        item = _model_in(args[-1] if origin is dict else args[0])
        return _Items(item) if item is not None else None
    for arg in args:
        found = _model_in(arg)
        if found is not None:
            return found
    return None


class _Items:
    """A container's item model: an index or dict key passes through to it."""

    def __init__(self, item: Any):
        self.item = item


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
