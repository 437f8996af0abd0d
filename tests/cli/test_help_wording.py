"""`--help` in plain words: argument and option names a user types, never Python type names."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()

COMMANDS = [["rate"], ["compare"], ["list"], ["rubrics"], ["rubric"], ["validate"], ["diff"], ["draft"], ["report"], ["badge"],
            ["license"], ["licenses"], ["sources"], ["sources", "diff"], ["sources", "update"], ["import", "mof"], ["import", "eosai"],
            ["hub", "sync"], ["info"]]


def help_of(*command: str) -> str:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_shows_no_python_type_names(command):
    try:
        out = help_of(*command)
    except AssertionError:
        pytest.skip(f"no command {' '.join(command)}")
    assert not re.search(r"<(str|int|float|path|list\[\w+\]|bool|datetime)>", out), out
    assert not re.search(r"\{\w+\}", out.splitlines()[0]), out.splitlines()[0]


def test_rate_usage_and_options_read_as_typed():
    out = help_of("rate")
    assert out.startswith("Usage: openscore rate [OPTIONS] MODEL\n")
    flat = " ".join(out.split())
    assert "-r, --rubric NAME|PATH|all" in flat and "`all`: every installed rubric" in flat
    assert "-d, --data FILE" in flat and "work tree you are in" in flat
    assert "--rubric NAME|PATH|all" in " ".join(help_of("compare").split())
    assert "--rubric NAME|PATH " in " ".join(help_of("list").split())  # list takes one rubric, not `all`


def test_a_missing_argument_is_named_as_in_the_usage_line():
    result = runner.invoke(app, ["rate"])
    assert result.exit_code == 2 and "MODEL" in result.output
