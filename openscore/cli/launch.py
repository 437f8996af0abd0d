"""The `openscore` console script: a short-lived process, started and ended as one.

- Start-up builds a few hundred thousand long-lived objects (modules, classes, the command) and
  frees almost none: at the default gen-0 threshold of 700 the cyclic collector ran about 90 times
  for nothing. The threshold is raised for the life of the process, as mypy does.
- At exit, tearing the interpreter down (a last full collection, then freeing every module and
  object one by one) cost about 7% of `openscore rate`. Once the command is done and both streams
  are flushed, the process ends at once (`os._exit`), as mypy does; the operating system takes the
  memory back. openscore registers no exit handlers and leaves no file open for writing.
Measured with bench/startup.py and callgrind; see docs/ARCHITECTURE.md ("Start-up").
"""

from __future__ import annotations

import gc
import os
import sys

START_UP_THRESHOLD = (200_000, 30, 30)


def main() -> None:
    """`openscore`: see `openscore.cli.app.main`."""
    gc.set_threshold(*START_UP_THRESHOLD)
    from openscore.cli.app import main as run

    try:
        run()
        code: object = 0
    except SystemExit as done:
        code = done.code
    end(code)


def end(code: object) -> None:
    """Flush both streams and end the process with `code`, skipping the interpreter's teardown. Anything
    unusual (a code that is a message, a stream that cannot be flushed) takes the ordinary way out."""
    if code is None:
        code = 0
    if not isinstance(code, int) or isinstance(code, bool):
        raise SystemExit(code)
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BaseException:
        raise SystemExit(code) from None
    os._exit(code)
