"""The one function for untrusted text, the per-format escapes, the bounded reader and the atomic writer."""

from __future__ import annotations

import json
import os

import pytest

from openscore.fileio import InputRefused, read_limited, sweep_temporaries, write_atomic
from openscore.formats.escape import csv_cell, markdown, markdown_code
from openscore.textsafe import clean, clip, json_bytes, json_text, line


def test_clean_shows_every_control_character_but_tab_and_newline():
    assert clean("a\x1b[2Jb") == "a␛[2Jb"
    assert clean("\x00\x07\x0d\x7f\x9b\u2028") == "␀␇␍␡\ufffd␤"
    assert clean("tab\tand\nnewline") == "tab\tand\nnewline"
    assert clean("中文 עברית 😀 [/bold]") == "中文 עברית 😀 [/bold]"  # printable text, markup included, is left alone


def test_line_also_folds_newlines_and_tabs():
    assert line("a\nb\tc\rd") == "a␤b c␍d"


def test_clip_marks_the_cut():
    assert clip("abcdef", 4) == "abc…" and clip("abc", 4) == "abc"


def test_json_escapes_what_json_allows_raw():
    document = json.dumps({"k": "a\x7f\x85\x9bb"}, ensure_ascii=False)
    assert json.loads(json_text(document)) == {"k": "a\x7f\x85\x9bb"}
    assert "\x9b" not in json_text(document) and b"\xc2\x9b" not in json_bytes(document.encode())
    assert json.loads(json_bytes(document.encode())) == {"k": "a\x7f\x85\x9bb"}


@pytest.mark.parametrize("text, shown", [("![x](http://e/i.png)", "\\!\\[x\\](http://e/i.png)"), ("<img src=x>", "\\<img src=x\\>"),
                                         ("a|b", "a\\|b"), ("a\rb", "a␍b"), ("cc @octocat", "cc @\u2060octocat"),
                                         ("$x$ ~~y~~ &amp;", "\\$x\\$ \\~\\~y\\~\\~ \\&amp;")])
def test_markdown_cells_are_literal_text(text, shown):
    assert markdown(text) == shown


def test_markdown_code_falls_back_to_escaped_text():
    assert markdown_code("llama-3") == "`llama-3`"
    assert markdown_code("a`b") == "a\\`b"


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "  =1", "\t=1"])
def test_csv_formula_cells_get_a_quote(text):
    assert str(csv_cell(text)).startswith("'")


def test_csv_numbers_and_plain_text_are_kept():
    assert csv_cell(-1.5) == -1.5 and csv_cell("MIT") == "MIT" and csv_cell("a\nb") == "a␤b"


def test_read_limited_refuses_devices_fifos_directories_and_large_files(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path in ("/dev/zero", fifo, tmp_path):
        with pytest.raises(InputRefused, match="not a regular file"):
            read_limited(path, 100)
    big = tmp_path / "big"
    big.write_bytes(b"x" * 101)
    with pytest.raises(InputRefused, match="larger than 100 bytes"):
        read_limited(big, 100)
    assert read_limited(big, 101) == b"x" * 101


def test_read_limited_without_following_symlinks(tmp_path):
    target = tmp_path / "target"
    target.write_bytes(b"data")
    link = tmp_path / "link"
    link.symlink_to(target)
    assert read_limited(link, 10) == b"data"
    with pytest.raises(OSError):
        read_limited(link, 10, follow_symlinks=False)


def test_write_atomic_replaces_whole_keeps_mode_and_never_follows_a_symlink(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old")
    path.chmod(0o600)
    write_atomic(path, "new")
    assert path.read_text() == "new" and (path.stat().st_mode & 0o777) == 0o600
    elsewhere = tmp_path / "elsewhere"
    link = tmp_path / "link"
    link.symlink_to(elsewhere)
    write_atomic(link, b"bytes")
    assert not elsewhere.exists() and not link.is_symlink() and link.read_bytes() == b"bytes"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_sweep_removes_only_old_temporaries(tmp_path):
    old, new, other = tmp_path / ".a.json.x.tmp", tmp_path / ".b.json.y.tmp", tmp_path / "c.json"
    for path in (old, new, other):
        path.write_text("x")
    os.utime(old, (1, 1))
    os.utime(other, (1, 1))
    assert sweep_temporaries(tmp_path) == 1
    assert not old.exists() and new.exists() and other.exists()


def test_a_file_at_a_git_revision_is_refused_over_the_limit_before_reading(tmp_path, monkeypatch):
    import subprocess

    from openscore import yamlio
    from openscore.diff import git
    from openscore.errors import OpenscoreError

    def run(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", *args],
                       cwd=tmp_path, check=True, capture_output=True)

    path = tmp_path / "models.yaml"
    path.write_text("models: []\n" + "#" * 100)
    run("init", "-q")
    run("add", ".")
    run("commit", "-q", "-m", "x")
    assert git.show("HEAD", path).startswith(b"models: []")
    monkeypatch.setattr(yamlio, "MAX_BYTES", 100)
    with pytest.raises(OpenscoreError, match="larger than"):
        git.show("HEAD", path)
