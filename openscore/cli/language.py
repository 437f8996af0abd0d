"""`--lang` on every command, and help texts in the language chosen.

Every command and group of the app is made with `LangCommand` / `LangGroup` (see `install`):
they add a `--lang en|zh` option, read it from the arguments before click parses anything (so
`--help --lang zh` is Chinese too, whatever the order), fall back to `i18n.detect()` (the
environment), and translate help texts when they are shown. Help texts are written in English
in the code; `scripts/update_catalogs.py` collects them from the built app into the catalog.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Annotated, Any, Optional

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup

from openscore import i18n
from openscore.i18n import N_, _

LANG_HELP = N_("Language of the output: en (English) or zh (中文). Default: OPENSCORE_LANG, else the locale (LANG).")
# Words of typer's own help layout, translated where typer shows them (see `_typer_words`).
TYPER_WORDS = (N_("Arguments"), N_("Options"), N_("Commands"), N_("required"), N_("default: {default}"),
               N_("env var: {var}"), N_("Show this message and exit."), N_("Usage:"))


def scan(args: Sequence[str]) -> str | None:
    """The language `--lang X` / `--lang=X` asks for in `args` (the last one wins), or None."""
    found = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            found = args[index + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
    return i18n.normalize(found) if found else None


def choose(args: Sequence[str]) -> None:
    """Set the language from `args`, else from the environment."""
    i18n.set_language(scan(args) or i18n.detect())
    if i18n.current() != i18n.DEFAULT:
        _typer_words()


def _set(value: Optional[str]) -> Optional[str]:  # noqa: UP045 - typer reads the annotation on Python 3.10
    if value:
        language = i18n.normalize(value)
        if language is None:
            raise typer.BadParameter(_("'{value}' is not a language openscore speaks; use en or zh").format(value=value))
        i18n.set_language(language)
    return value


@functools.cache
def lang_option() -> Any:
    """The click parameter `--lang`, made by typer from a one-option command (one object shared by every command)."""
    probe = typer.Typer()

    @probe.command()
    def _probe(lang: Annotated[Optional[str], typer.Option("--lang", is_eager=True, expose_value=False, callback=_set,  # noqa: UP045
                                                           metavar="en|zh", help=LANG_HELP)] = None) -> None:
        """Probe."""

    return next(p for p in typer.main.get_command(probe).params if p.name == "lang")


class _Translated:
    """Help texts translated when shown, so one app serves every language."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if ctx.parent is None:  # the outermost command decides once; subcommands see the rest of the arguments
            choose(args)
        elif (asked := scan(args)) is not None:
            i18n.set_language(asked)
        return super().parse_args(ctx, args)  # type: ignore[misc]

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        with _translated(self):
            super().format_help_text(ctx, formatter)  # type: ignore[misc]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        with _translated_params(self.get_params(ctx)):  # type: ignore[attr-defined]
            super().format_options(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=_("Usage:") + " ")

    def get_short_help_str(self, limit: int = 45) -> str:
        with _translated(self):
            return super().get_short_help_str(limit)  # type: ignore[misc]


class LangCommand(_Translated, TyperCommand):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.append(lang_option())


class LangGroup(_Translated, TyperGroup):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params.append(lang_option())


class _translated:
    """Swap a command's help (and short help) for its translation while it is shown."""

    def __init__(self, command: Any):
        self.command = command

    def __enter__(self) -> None:
        c = self.command
        self.saved = (c.help, c.short_help)
        c.help = _joined(_(c.help)) if c.help else c.help
        c.short_help = _joined(_(c.short_help)) if c.short_help else c.short_help

    def __exit__(self, *exc: object) -> None:
        self.command.help, self.command.short_help = self.saved


class _translated_params:
    def __init__(self, params: Sequence[Any]):
        self.params = [p for p in params if getattr(p, "help", None)]

    def __enter__(self) -> None:
        self.saved = [p.help for p in self.params]
        for param in self.params:
            param.help = _joined(_(param.help))

    def __exit__(self, *exc: object) -> None:
        for param, text in zip(self.params, self.saved, strict=True):
            param.help = text


def _joined(text: str) -> str:
    """A translated help text whose line breaks touch Chinese joined without the space click would put there."""
    if i18n.current() == "en" or "\n" not in text:
        return text
    import re

    return re.sub(r"(?<=[^\x00-\x7f])[ \t]*\n[ \t]*(?=[^\x00-\x7f])", "", text)  # between Latin words click's space stays


def _typer_words() -> None:
    """typer writes its section titles through the standard gettext; point that at openscore's catalog."""
    import typer.core

    typer.core._ = i18n._


def install(app: typer.Typer) -> None:
    """Make every command and group of `app` (and of its sub-apps) take `--lang` and show translated help."""
    if _plain(app.info.cls, TyperGroup):
        app.info.cls = LangGroup
    for command in app.registered_commands:
        if _plain(command.cls, TyperCommand):
            command.cls = LangCommand
    for group in app.registered_groups:
        if _plain(group.cls, TyperGroup):
            group.cls = LangGroup
        if group.typer_instance is not None:
            install(group.typer_instance)


def _plain(cls: Any, base: type) -> bool:
    """No class chosen (None, typer's placeholder) or typer's own: ours may take its place."""
    from typer.models import DefaultPlaceholder

    return cls is None or cls is base or isinstance(cls, DefaultPlaceholder)
