"""Files as they were at a git revision, read with the `git` command."""

from __future__ import annotations

import subprocess
from pathlib import Path

from openscore.errors import OpenscoreError, os_reason
from openscore.i18n import _

MAIN_BRANCHES = ("main", "origin/main")


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, check=False)
    except OSError as exc:
        raise OpenscoreError(_("cannot run git: {reason}").format(reason=os_reason(exc))) from None


def _fail(result: subprocess.CompletedProcess[bytes], what: str) -> OpenscoreError:
    detail = result.stderr.decode(errors="replace").strip().splitlines()
    return OpenscoreError(_("{what}: {detail}").format(what=what, detail=detail[-1] if detail else _("git failed")))


def work_tree(path: Path) -> Path:
    """The top of the git work tree holding `path`."""
    where = path if path.is_dir() else path.parent
    result = _git(where, "rev-parse", "--show-toplevel")
    if result.returncode:
        raise _fail(result, _("{path} is not in a git work tree").format(path=path))
    return Path(result.stdout.decode().strip())


def default_base(repo: Path) -> tuple[str, str]:
    """The merge base of HEAD with main (or origin/main), else HEAD: the revision and how to call it."""
    for branch in MAIN_BRANCHES:
        result = _git(repo, "merge-base", "HEAD", branch)
        if result.returncode == 0:
            return result.stdout.decode().strip(), _("the merge base with {branch}").format(branch=branch)
    return "HEAD", "HEAD"


def commit(repo: Path, rev: str) -> str:
    """The full commit id `rev` names."""
    result = _git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    if result.returncode:
        raise OpenscoreError(_("unknown git revision '{rev}'").format(rev=rev))
    return result.stdout.decode().strip()


def show(rev: str, path: Path) -> bytes | None:
    """The content of `path` at `rev`, or None when the file did not exist there."""
    spec = f"{rev}:./{path.name}"
    if _git(path.parent, "cat-file", "-e", spec).returncode:
        return None
    from openscore.yamlio import MAX_BYTES

    size = _git(path.parent, "cat-file", "-s", spec).stdout.decode().strip()
    if not size.isdigit() or int(size) > MAX_BYTES:  # refused before reading, as a file in the work tree would be
        raise OpenscoreError(_("{path} at {rev}: file is larger than {n} MiB").format(path=path, rev=rev, n=MAX_BYTES // 2**20))
    result = _git(path.parent, "cat-file", "blob", spec)
    if result.returncode:
        raise _fail(result, _("cannot read {path} at {rev}").format(path=path, rev=rev))
    return result.stdout
