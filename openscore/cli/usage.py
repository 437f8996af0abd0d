"""Bad options and arguments said in openscore's one-line style (exit 2), not click's usage box."""

from __future__ import annotations

from typing import Any


def usage_message(exc: Any) -> str | None:
    """A click usage error (click's or typer's vendored copy) on one line with where the help is; None for 'no arguments: help'."""
    kind = {cls.__name__ for cls in type(exc).__mro__}
    if "NoArgsIsHelpError" in kind:
        return None
    param = getattr(exc, "param", None)
    opts = [o for o in getattr(param, "opts", ()) if isinstance(o, str) and o.startswith("--")]
    name = str(getattr(param, "name", "") or "").upper()
    if "MissingParameter" in kind and param is not None:
        what = f"missing option {opts[0]}" if opts else f"missing argument {name}"
    elif "BadParameter" in kind and param is not None:
        what = f"invalid value for {'/'.join(opts) or name}: {str(getattr(exc, 'message', exc)).removeprefix('Value error, ')}"
    else:
        what = exc.format_message()
    what = " ".join(str(what).split()).rstrip(".")
    what = what[:1].lower() + what[1:]
    ctx = getattr(exc, "ctx", None)
    return f"openscore: error: {what} (see `{ctx.command_path} --help`)" if ctx is not None else f"openscore: error: {what}"
