"""Extract the messages marked in openscore's code and refresh the gettext catalogs.

    python scripts/update_catalogs.py           # update openscore/locale/*/LC_MESSAGES/openscore.po and .mo
    python scripts/update_catalogs.py --check   # exit 1 if a catalog is stale, incomplete or has unused entries

Needs Babel (in the `test` extra). At run time openscore reads the compiled `.mo` files with
the standard library's gettext; Babel is not needed there.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "openscore"
LOCALE_DIR = PACKAGE / "locale"
DOMAIN = "openscore"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "gettext": None, "pgettext": ((1, "c"), 2)}
LANGUAGES = ("zh",)


def extract() -> Catalog:
    """Every message marked in the package's Python files."""
    template = Catalog(project="openscore", fuzzy=False)
    methods = [("**.py", "python"), ("templates/**.j2", "jinja2")]
    for filename, lineno, message, comments, context in extract_from_dir(
        PACKAGE, methods, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True
    ):
        template.add(message, locations=[(f"openscore/{filename}", lineno)], auto_comments=comments, context=context)
    for message, location in help_texts():
        existing = template.get(message)
        if existing is None:
            template.add(message, locations=[location], auto_comments=["help text of the command line"])
        else:
            existing.locations.append(location)
    return template


def help_texts() -> list[tuple[str, tuple[str, int]]]:
    """Every help text of the command line (commands, groups, arguments, options), where it is written.

    They are plain English in the code (docstrings, `help=`); `openscore.cli.language` translates them when shown.
    """
    import inspect

    import typer.main

    from openscore.cli.app import app

    found: list[tuple[str, tuple[str, int]]] = []

    def where(callback: object) -> tuple[str, int]:
        target = inspect.unwrap(callback) if callable(callback) else None
        try:
            path = Path(inspect.getsourcefile(target)).resolve().relative_to(ROOT)  # type: ignore[arg-type]
            return str(path), inspect.getsourcelines(target)[1]  # type: ignore[arg-type]
        except (TypeError, ValueError, OSError):
            return "openscore/cli/app.py", 0

    def walk(command: object, origin: tuple[str, int]) -> None:
        here = where(getattr(command, "callback", None)) if getattr(command, "callback", None) else origin
        for text in (getattr(command, "help", None), getattr(command, "short_help", None)):
            if text:
                found.append((text, here))
        for param in getattr(command, "params", ()):
            if getattr(param, "help", None):
                found.append((param.help, here))
        for sub in getattr(command, "commands", {}).values():
            walk(sub, here)

    walk(typer.main.get_command(app), ("openscore/cli/app.py", 0))
    return found


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(language: str) -> Catalog:
    path = po_path(language)
    if not path.exists():
        return Catalog(locale=language, project="openscore", fuzzy=False)
    with path.open("rb") as f:
        return read_po(f, locale=language)


def problems(language: str, template: Catalog) -> list[str]:
    """What is wrong with a language's catalog: untranslated, fuzzy or unused entries."""
    catalog = read(language)
    used = {(m.context, m.id) for m in template if m.id}
    found = []
    for message in template:
        if not message.id:
            continue
        have = catalog.get(message.id, context=message.context)
        strings = have.string if have else None
        texts = strings if isinstance(strings, (tuple, list)) else (strings,)
        if have is None or not all(texts):
            found.append(f"{language}: no translation for {_key(message.id)} ({_where(message)})")
        elif have.fuzzy:
            found.append(f"{language}: fuzzy translation for {_key(message.id)}")
    for message in catalog:
        if message.id and (message.context, message.id) not in used:
            found.append(f"{language}: unused catalog entry {_key(message.id)}")
    return found


def compiled(language: str) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, read(language), use_fuzzy=False)
    return buffer.getvalue()


def update(template: Catalog) -> None:
    for language in LANGUAGES:
        catalog = read(language)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            write_po(f, catalog, width=100, omit_header=False, sort_output=True, include_previous=False)
        path.with_suffix(".mo").write_bytes(compiled(language))


def _key(message_id: object) -> str:
    return repr(message_id[0] if isinstance(message_id, tuple) else message_id)


def _where(message: object) -> str:
    locations = getattr(message, "locations", [])
    return ", ".join(f"{f}:{n}" for f, n in locations[:2]) or "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems instead of writing")
    args = parser.parse_args()
    template = extract()
    if not args.check:
        update(template)
    found = [p for language in LANGUAGES for p in problems(language, template)]
    stale = [lang for lang in LANGUAGES if po_path(lang).with_suffix(".mo").read_bytes() != compiled(lang)]
    found += [f"{lang}: compiled catalog is stale; run scripts/update_catalogs.py" for lang in stale]
    for problem in found:
        print(problem, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
