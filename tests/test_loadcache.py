"""The validated-file cache key follows every Python file of the installed package, and one cache directory."""

from __future__ import annotations

import os

from openscore import cachedir, loadcache


def test_every_module_of_the_package_is_in_the_key():
    names = {path for path, _, _ in loadcache.code_signature()}
    assert {"domain/evidence.py", "sources/datafile.py", "yamlio.py", "formats/table.py", "loadcache.py"} <= names
    assert not any("__pycache__" in n for n in names)


def test_any_edit_added_or_removed_module_changes_the_key(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "sub" / "b.py").write_text("y = 1\n")
    before = loadcache.code_signature(tmp_path)
    (tmp_path / "sub" / "__pycache__").mkdir()
    (tmp_path / "sub" / "__pycache__" / "b.cpython-311.pyc").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("not code")
    assert loadcache.code_signature(tmp_path) == before
    (tmp_path / "sub" / "b.py").write_text("y = 22\n")
    edited = loadcache.code_signature(tmp_path)
    assert edited != before
    (tmp_path / "new.py").write_text("")
    assert loadcache.code_signature(tmp_path) != edited


def test_one_cache_directory_for_validated_files_and_the_hub(tmp_path, monkeypatch):
    from openscore.sources.hub.cache import default_dir

    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path))
    assert cachedir.root() == default_dir() == tmp_path
    assert loadcache.directory() == tmp_path / "validated"
    monkeypatch.delenv("OPENSCORE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert cachedir.root() == tmp_path / "xdg" / "openscore"
