"""fileio.write_atomic: a file is written whole or not at all, and a symlink at the target is not followed."""

from __future__ import annotations

import os

import pytest

from openscore.fileio import write_atomic


def test_writes_text_as_utf8_and_bytes_as_they_are(tmp_path):
    write_atomic(tmp_path / "a.txt", "通义 ok\n")
    write_atomic(tmp_path / "b.bin", b"\x00\xff")
    assert (tmp_path / "a.txt").read_bytes() == "通义 ok\n".encode()
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\xff"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "out.html"
    target.write_text("old")

    def broken(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]


def test_a_symlink_at_the_target_is_replaced_not_followed(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    link = tmp_path / "badge.svg"
    link.symlink_to(victim)
    write_atomic(link, "<svg/>")
    assert victim.read_text() == "keep me"
    assert not link.is_symlink() and link.read_text() == "<svg/>"


def test_new_files_get_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "new").stat().st_mode & 0o777 == 0o640
    kept = tmp_path / "kept"
    kept.write_text("x")
    kept.chmod(0o600)
    write_atomic(kept, "y")
    assert kept.stat().st_mode & 0o777 == 0o600 and kept.read_text() == "y"


def test_an_unwritable_directory_is_an_oserror(tmp_path):
    with pytest.raises(OSError):
        write_atomic(tmp_path / "missing" / "file", "x")
