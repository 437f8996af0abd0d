"""The entry point registers only the invoked command; the name table must match what the modules register."""

from __future__ import annotations

import typer.main

from openscore.cli import app as entry


def _names(app) -> set[str]:
    return set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_commands_table_names_exactly_what_the_modules_register():
    assert _names(entry.build()) == set(entry.COMMANDS)


def test_each_command_alone_is_the_command_it_names():
    for name in entry.COMMANDS:
        assert name in _names(entry.for_arguments([name, "--help"]))


def test_no_command_or_an_option_or_an_unknown_name_gets_every_command():
    for argv in ([], ["--help"], ["--version"], ["nonsense"]):
        assert _names(entry.for_arguments(argv)) == set(entry.COMMANDS)
