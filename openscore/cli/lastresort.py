"""The entry point's last resort: whatever a command raises ends in one line and a documented exit code.

- a closed pipe (`openscore rate x | head -1`): quiet, exit 141 (128 + SIGPIPE, what a shell reports
  for a command a closed pipe stopped);
- stdout cannot be written (a full disk, `> /dev/full`): one line, exit 2;
- Ctrl-C: exit 130;
- anything else is a bug: one line naming the command and asking for a report, exit 70
  (EX_SOFTWARE); the traceback only with OPENSCORE_DEBUG=1.
Output is encodable in any locale: what the streams' encoding cannot show is replaced.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

EXIT_USAGE = 2
EXIT_BUG = 70
EXIT_INTERRUPTED = 130
EXIT_CLOSED_PIPE = 141


class OutputError(OSError):
    """Writing to stdout failed."""


class _Stdout(io.RawIOBase):
    """File descriptor 1, whose write errors say they are stdout's."""

    def __init__(self, fd: int):
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: Any) -> int:
        try:
            return os.write(self._fd, data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(exc.errno, exc.strerror) from None


class _Closed(io.RawIOBase):
    """Where stdout goes when it was closed before openscore started (`openscore list >&-`)."""

    discard = False  # set once the failure was reported: what is still buffered is dropped

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if _Closed.discard:
            return len(data)
        raise OutputError(errno.EBADF, "stdout is closed")


def prepare_streams() -> None:
    """stdout whose failures are recognisable, and both streams replacing what their encoding cannot show.
    A closed stdout or stderr has /dev/null put in its place first, so that no file opened later takes its
    descriptor (and receives output meant for the terminal)."""
    for fd, name in ((1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is None:
            _occupy(fd)
            if name == "stdout":
                sys.stdout = io.TextIOWrapper(io.BufferedWriter(_Closed()), encoding="utf-8", errors="replace")
            else:
                sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the life of the process
    out = sys.stdout
    try:
        fd = out.fileno() if out is not None else -1
    except (OSError, ValueError, AttributeError):
        fd = -1
    if fd == 1:
        out.flush()
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(_Stdout(fd)), encoding=out.encoding, errors="replace",
                                      line_buffering=bool(out.line_buffering))
    err = sys.stderr
    if err is not None and hasattr(err, "reconfigure"):
        err.reconfigure(errors="replace")


def run(app: Callable[..., Any], argv: Sequence[str]) -> int:
    """Run the typer `app` on `argv` and return the exit code; never lets an exception through."""
    import typer

    try:
        result = app(args=list(argv), prog_name="openscore", standalone_mode=False)
        _flush()
        return result if isinstance(result, int) and not isinstance(result, bool) else 0
    except typer.Exit as exc:  # raised where click does not turn it into a return value
        _flush()
        return int(getattr(exc, "exit_code", 0))
    except (typer.Abort, KeyboardInterrupt):
        _say("")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_CLOSED_PIPE
    except OutputError as exc:
        _silence_stdout()
        from openscore.errors import os_reason
        from openscore.i18n import _

        _say(_("openscore: cannot write the output: {reason}").format(reason=os_reason(exc)))
        return EXIT_USAGE
    except SystemExit as exc:  # click and rich exit 1 on a broken pipe: the convention here is 141
        if exc.code == 1 and (isinstance(exc.__context__, BrokenPipeError) or _stdout_is_null()):
            _silence_stdout()
            return EXIT_CLOSED_PIPE
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException as exc:  # the last resort
        if _usage_error(exc):  # a bad option or a missing argument: one line (no arguments at all: the help)
            from openscore.cli.usage import usage_message

            said = usage_message(exc)
            if said is None:
                exc.show()  # type: ignore[attr-defined]
            else:
                _say(said)
            return int(exc.exit_code)  # type: ignore[attr-defined]
        return _bug(exc, argv)


def command_of(argv: Sequence[str]) -> str:
    """The command words of `argv`, options and values left out: 'rate', 'hub sync'."""
    from openscore.textsafe import line

    words: list[str] = []
    for arg in argv:
        if arg.startswith("-"):
            break
        words.append(line(arg)[:40])
        if arg not in ("hub", "import"):
            break
    return " ".join(words) or "(no command)"


def _usage_error(exc: BaseException) -> bool:
    """click's ClickException (bad option, missing argument), from click or the copy typer vendors."""
    return callable(getattr(exc, "show", None)) and isinstance(getattr(exc, "exit_code", None), int)


def _bug(exc: BaseException, argv: Sequence[str]) -> int:
    if os.environ.get("OPENSCORE_DEBUG") == "1":
        import traceback

        traceback.print_exception(type(exc), exc, exc.__traceback__)
    from openscore.textsafe import line

    what = line(f"{type(exc).__name__}: {exc}")[:300]
    from openscore.i18n import _

    _say(_("openscore: internal error in `openscore {command}` ({what}); this is a bug, please report it with the command you "
           "ran (OPENSCORE_DEBUG=1 shows the traceback)").format(command=command_of(argv), what=what))
    return EXIT_BUG


def _stdout_is_null() -> bool:
    """True when stdout is now /dev/null, as rich leaves it after a broken pipe."""
    try:
        return os.path.samestat(os.fstat(1), os.stat(os.devnull))
    except OSError:
        return False


def _occupy(fd: int) -> None:
    """Put /dev/null on the descriptor `fd` when it is closed."""
    try:
        os.fstat(fd)
    except OSError:
        devnull = os.open(os.devnull, os.O_RDWR)
        if devnull != fd:
            os.dup2(devnull, fd)
            os.close(devnull)


def _flush() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's final flush has nothing to fail on."""
    _Closed.discard = True
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass


def _say(message: str) -> None:
    try:
        if sys.stderr is not None:
            sys.stderr.write(message + "\n")
            sys.stderr.flush()
    except (OSError, ValueError):
        pass
