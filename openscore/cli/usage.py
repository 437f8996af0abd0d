"""Bad options and arguments said in openscore's one-line style (exit 2), not click's usage box."""

from __future__ import annotations

import re
from typing import Any

from openscore import i18n
from openscore.i18n import N_, _

# click's and typer's own messages, as they come (English): said again in openscore's words under another language.
_CLICK = (
    (re.compile(r"^no such option:? '?(?P<option>[^' ]+)'?\.?(?: \(possible options: (?P<options>.*)\)| did you mean (?P<guess>.*)\?)?$", re.I),
     N_("no such option: {option}")),
    (re.compile(r"^no such command '(?P<name>.*)'\.?$", re.I), N_("no such command '{name}'")),
    (re.compile(r"^missing command\.?$", re.I), N_("a command is missing")),
    (re.compile(r"^got unexpected extra arguments? ?(?:\(s\))? \((?P<args>.*)\)$", re.I), N_("unexpected extra arguments: {args}")),
    (re.compile(r"^option '(?P<option>.*)' requires (?:an argument|\d+ arguments)\.?$", re.I), N_("option {option} needs a value")),
    (re.compile(r"^option '(?P<option>.*)' does not take a value\.?$", re.I), N_("option {option} takes no value")),
    (re.compile(r"^argument '(?P<name>.*)' takes (?P<n>\d+) values\.?$", re.I), N_("argument {name} takes {n} values")),
)
# Bad values, as click (and typer's pydantic checks) word them.
_VALUES = (
    (re.compile(r"^(?P<value>.*?) is not (?:one of )?(?P<choices>'.*')\.?$"), N_("{value} is not one of {choices}")),
    (re.compile(r"^(?P<value>.*?) is not a valid (?:integer|int)\.?$"), N_("{value} is not a whole number")),
    (re.compile(r"^(?P<value>.*?) is not a valid (?:float|number)\.?$"), N_("{value} is not a number")),
    (re.compile(r"^(?P<value>.*?) is not in the range (?P<range>.*?)\.?$"), N_("{value} is not in the range {range}")),
    (re.compile(r"^(?P<what>file|directory|path) (?P<value>.*?) does not exist\.?$", re.I), N_("{value} does not exist")),
)
_HINT = N_("{message} (see `{command} --help`)")


def usage_message(exc: Any) -> str | None:
    """A click usage error (click's or typer's vendored copy) on one line with where the help is; None for 'no arguments: help'."""
    kind = {cls.__name__ for cls in type(exc).__mro__}
    if "NoArgsIsHelpError" in kind:
        return None
    english = i18n.current() == i18n.DEFAULT
    param = getattr(exc, "param", None)
    opts = [o for o in getattr(param, "opts", ()) if isinstance(o, str) and o.startswith("--")]
    name = str(getattr(param, "name", "") or "").upper()
    if "MissingParameter" in kind and param is not None:
        if english:
            what = f"missing option {opts[0]}" if opts else f"missing argument {name}"
        else:
            shown = getattr(param, "metavar", None) or name
            what = _("missing option {option}").format(option=opts[0]) if opts else _("missing argument {name}").format(name=shown)
    elif "BadParameter" in kind and param is not None:
        said = str(getattr(exc, "message", exc)).removeprefix("Value error, ")
        if english:
            what = f"invalid value for {'/'.join(opts) or name}: {said}"
        else:
            what = _("invalid value for {option}: {message}").format(option="/".join(opts) or name, message=_value(said, exc))
    else:
        what = exc.format_message()
        if not english:
            what = _said(" ".join(str(what).split()), _CLICK)
    what = " ".join(str(what).split()).rstrip(".")
    if english:
        what = what[:1].lower() + what[1:]
    ctx = getattr(exc, "ctx", None)
    if english:
        return f"openscore: error: {what} (see `{ctx.command_path} --help`)" if ctx is not None else f"openscore: error: {what}"
    message = _(_HINT).format(message=what, command=ctx.command_path) if ctx is not None else what
    return _("openscore: error: {message}").format(message=message)


def _value(said: str, exc: Any) -> str:
    """Why a value was refused, in the run's language: pydantic's reason when typer checked it, else click's words."""
    cause = exc.__cause__
    errors = getattr(cause, "errors", None)
    if callable(errors):
        from openscore.validation import reason

        found = errors()
        if found and found[0]["type"] != "value_error":  # a value error is openscore's own words, said below
            return reason(found[0])
    return _said(said, _VALUES)


def _said(text: str, known: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """`text` in openscore's words when it has one of the `known` shapes; else as it is."""
    for pattern, message in known:
        found = pattern.match(text)
        if found:
            parts = {k: v for k, v in found.groupdict().items() if v is not None}
            said = _(message).format(**parts)
            others = parts.get("options") or parts.get("guess")
            return said + _(" (did you mean {options}?)").format(options=others) if others else said
    return text
