"""Paths of the data and rubrics openscore uses: `--data`/`OPENSCORE_DATA`, else the work tree's (see
`openscore.project`), else the ones bundled with openscore (in the wheel or a source checkout)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from openscore.project import DATA_ENV, Project, discover, shown

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "_bundled", _PACKAGE.parent)
_announced: set[str] = set()
chosen_data: list[Path] | None = None  # the data files this run reads (set by the CLI), when they are not the default


def bundled(name: str) -> Path:
    """The bundled `rubrics` or `data` directory."""
    for base in _CANDIDATES:
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"bundled {name}/ not found; is openscore installed correctly?")


BUNDLED = "<bundled>"  # how messages name the directory holding the bundled data/ and rubrics/ (`openscore info` shows it)


def bundled_base() -> Path | None:
    """The directory holding the bundled data/ and rubrics/, None when openscore is not installed correctly."""
    try:
        return bundled("data").resolve().parent
    except FileNotFoundError:
        return None


def anchored(path: Path) -> str | None:
    """`<bundled>/data/...` or `<bundled>/rubrics/...` for a bundled file, else None."""
    base = bundled_base()
    if base is None:
        return None
    where = path.resolve()
    for name in ("data", "rubrics"):
        try:
            return f"{BUNDLED}/{name}/{where.relative_to(base / name).as_posix()}"
        except ValueError:
            continue
    return None


def default_data_files() -> list[Path]:
    """`OPENSCORE_DATA` (os.pathsep-separated) if set, else the work tree's data files, else the bundled one."""
    return data_choice()[0]


def data_choice() -> tuple[list[Path], str]:
    """The default data files and where they come from: 'OPENSCORE_DATA', 'work tree' or 'bundled'."""
    configured = os.environ.get(DATA_ENV)
    if configured:
        return [Path(p) for p in configured.split(os.pathsep) if p], DATA_ENV
    project = discover()
    if project is not None and project.data:  # in a checkout of openscore itself, the same files as the bundled ones
        announce(project, "data")
        return list(project.data), "work tree"
    return [bundled("data") / "models.yaml"], "bundled"


def project_rubrics() -> Path | None:
    """The work tree's rubric directory, when it has one that is not the bundled one."""
    project = discover()
    if project is None or project.rubrics is None:
        return None
    announce(project, "rubrics")
    return project.rubrics


def announce(project: Project, what: str) -> None:
    """Say once per run, on stderr, that the work tree's files are used instead of the bundled ones."""
    if _announced:
        return
    data = rubrics = None
    if project.data and not _is_bundled(project.data[0].parent, "data") and not os.environ.get(DATA_ENV):
        data = _where(project.data)
    if project.rubrics is not None and not _is_bundled(project.rubrics, "rubrics"):
        rubrics = shown(project.rubrics)
    _announced.add(what)
    if data or rubrics:
        from openscore.i18n import _
        from openscore.textsafe import line

        if data and rubrics:
            text = _("openscore: using data from {data} and rubrics from {rubrics}")
        elif data:
            text = _("openscore: using data from {data}")
        else:
            text = _("openscore: using rubrics from {rubrics}")
        print(line(text.format(data=data, rubrics=rubrics)), file=sys.stderr)


def _where(files: tuple[Path, ...]) -> str:
    folders = {f.parent for f in files}
    return shown(folders.pop()) if len(folders) == 1 else ", ".join(shown(f) for f in files)


def _is_bundled(directory: Path, name: str) -> bool:
    try:
        return directory.resolve() == bundled(name).resolve()
    except (OSError, FileNotFoundError):
        return False
