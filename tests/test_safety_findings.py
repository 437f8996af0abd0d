"""Issue 14, findings 1-9, each re-run as it was reported: the exact input, and the clean outcome expected now.

A hostile contributor controls data files and rubrics; a hostile Hub controls its answers. Whatever they
hold, openscore shows it as text, writes files whole, reads within bounds, and ends with a result or one
line and a documented exit code (README, "Exit codes").
"""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from fakehub import Reply, hub_fixture, isolate  # noqa: F401 (the `hub` fixture)
from typer.testing import CliRunner

isolate()  # before huggingface_hub is imported anywhere in this process

from openscore.cli.app import app  # noqa: E402
from openscore.yamlio import MAX_BYTES  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MARKUP = "[/bold]"
LINK = "[link=file:///etc/passwd]MIT[/link]"
ESCAPES = "\x1b[2J\x1b]0;title\x07\x1b]8;;http://evil.example\x1b\\MIT\x1b]8;;\x1b\\\x9b31m"
RAW = ("\x1b", "\x07", "\x9b")  # what must never reach a terminal
runner = CliRunner()


def entry(model_id: str = "evil", name: str = "Evil Model", organization: str = "Evil Org", license: str = "MIT") -> dict:
    return {"id": model_id, "name": name, "organization": organization, "family": "evil", "last_reviewed": "2026-01-01",
            "artifacts": {"weights": {"status": "open", "license": license, "url": "https://example.org/w"},
                          "training_code": {"status": "open", "license": license, "url": "https://example.org/c"}}}


def data_file(folder: Path, *entries: dict, name: str = "models.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump({"models": list(entries)}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def rubric_file(folder: Path, text: str) -> Path:
    """The bundled openscore rubric with `text` in every name and description, plus a tier."""
    rubric = yaml.safe_load((ROOT / "rubrics" / "openscore.yaml").read_text(encoding="utf-8"))
    rubric["id"], rubric["description"] = "hostile", f"description {text}"
    rubric["name"] = f"name {text}"
    for criterion in rubric["criteria"]:
        criterion["name"] += f" {text}"
        criterion["description"] += f" {text}"
    for verdict in rubric["verdicts"]:
        verdict["label"] += f" {text}"
        verdict["description"] += f" {text}"
    rubric["tiers"] = [{"id": "t1", "name": f"tier {text}", "description": f"tier {text}", "requires": ["weights"]}]
    path = folder / "hostile.yaml"
    path.write_text(yaml.safe_dump(rubric, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def cli(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env)


def process(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 60,
            **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    """openscore as installed: `python -m openscore`, through the entry point and its last-resort handler."""
    options: dict[str, object] = {"capture_output": True, **kwargs}
    return subprocess.run([sys.executable, "-m", "openscore", *args], timeout=timeout,  # type: ignore[call-overload]
                          env={**os.environ, **(env or {})}, cwd=cwd, **options)


def one_line(stderr: bytes | str) -> str:
    text = stderr.decode() if isinstance(stderr, bytes) else stderr
    lines = text.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


# 1. Rich markup in data is executed -------------------------------------------------------------

@pytest.mark.parametrize("args", [["list"], ["rate", "evil"], ["rate", "evil", "--rubric", "all"]])
def test_1_markup_in_data_is_shown_as_text(tmp_path, args):
    data = data_file(tmp_path, entry(name=f"Evil {MARKUP}", organization=f"Org {MARKUP}", license=MARKUP))
    result = cli(*args, "--data", str(data))
    assert result.exit_code == 0, result.output
    assert MARKUP in result.output


@pytest.mark.parametrize("args", [["list"], ["rate", "evil"], ["rubric", "show"]])
def test_1_markup_in_a_rubric_is_shown_as_text(tmp_path, args):
    rubric = rubric_file(tmp_path, MARKUP)
    data = data_file(tmp_path, entry())
    extra = [str(rubric)] if args[0] == "rubric" else ["--rubric", str(rubric), "--data", str(data)]
    result = cli(*args, *extra)
    assert result.exit_code == 0, result.output
    assert MARKUP in result.output


def test_1_a_link_in_a_license_is_no_hyperlink(tmp_path):
    data = data_file(tmp_path, entry(license=LINK))
    result = cli("rate", "evil", "--data", str(data), env={"FORCE_COLOR": "1", "TERM": "xterm-256color", "COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert LINK in result.output and "\x1b]8;" not in result.output  # colour, but no OSC 8 hyperlink


def test_1_markup_in_a_hub_license_tag_is_shown_as_text(hub):
    hub.add("evil/Model", license=MARKUP)
    result = cli("rate", "evil/Model")
    assert result.exit_code == 0, result.output
    assert MARKUP in result.stdout


# 2. Terminal escapes pass through ---------------------------------------------------------------

@pytest.mark.parametrize("args", [["rate", "evil"], ["list"], ["rate", "evil", "--rubric", "all"], ["rate", "evil", "-f", "markdown"],
                                  ["rate", "evil", "-f", "csv"], ["list", "-f", "markdown"], ["list", "-f", "csv"]])
def test_2_escapes_in_data_never_reach_the_terminal(tmp_path, args):
    data = data_file(tmp_path, entry(name=f"Evil {ESCAPES}", organization=f"Org {ESCAPES}", license=ESCAPES))
    result = cli(*args, "--data", str(data))
    assert result.exit_code == 0, result.output
    assert not any(c in result.output for c in RAW), repr(result.output)
    assert "␛" in result.output  # shown, as a placeholder


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_2_escapes_in_validate_findings_never_reach_the_terminal(tmp_path, fmt):
    data = data_file(tmp_path, entry(license=ESCAPES), entry("evil-2"))
    text = data.read_text(encoding="utf-8").replace("- id: evil-2\n", "- id: evil-2\n  \"bad\\e[2Jkey\\r\": 1\n")
    data.write_text(text, encoding="utf-8")
    result = cli("validate", str(data), "--format", fmt)
    assert result.exit_code == 1, result.output
    assert not any(c in result.output for c in (*RAW, "\r")), repr(result.output)
    assert "unknown key 'bad" in result.output
    assert "license '␛[2J␛]0;title␇" in result.output  # the license finding, escapes shown


def test_2_escapes_from_the_hub_never_reach_the_terminal(tmp_path, hub):
    data = data_file(tmp_path, {**entry(), "hf_repos": ["evil/Model"]})
    hub.add("evil/Model", license=ESCAPES)
    hub.add("evil/Other", license=ESCAPES)
    outcomes = [cli("hub", "sync", "--data", str(data)), cli("rate", "evil/Other"), cli("draft", "evil/Other"),
                cli("rate", "evil", "--hub", "--data", str(data))]
    assert [o.exit_code for o in outcomes] == [1, 0, 0, 1], [o.output for o in outcomes]
    for outcome in outcomes:
        assert not any(c in outcome.output for c in RAW), repr(outcome.output)
    assert "␛" in outcomes[0].stdout  # the disagreement names the license, escapes shown
    assert yaml.safe_load(outcomes[2].stdout)["models"][0]["artifacts"]["weights"]["license"] == ESCAPES  # the emitter escapes


# 3. Spreadsheet formula injection ---------------------------------------------------------------

@pytest.mark.parametrize("formula", ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-1+1", "@SUM(A1)", "  =1+1", "\t=1+1"])
def test_3_csv_cells_a_spreadsheet_would_evaluate_get_a_quote(tmp_path, formula):
    data = data_file(tmp_path, entry(name=formula, organization=formula, license=formula))
    for args in (["rate", "evil", "-f", "csv"], ["list", "-f", "csv"]):
        result = cli(*args, "--data", str(data))
        assert result.exit_code == 0, result.output
        rows = list(csv.reader(io.StringIO(result.output)))
        cells = [cell for row in rows[1:] for cell in row]
        assert all(not cell.lstrip().startswith(("=", "+", "-", "@")) for cell in cells), cells
        assert any(cell.startswith("'") and cell[1:].strip().startswith(formula.strip()[0]) for cell in cells)


# 4. Markdown injection --------------------------------------------------------------------------

MARKDOWN_ATTACKS = "![x](http://evil.example/t.png) <img src=x onerror=alert(1)> [click](http://evil.example) @octocat a\rb | c"


def _markdown_tokens(text: str) -> list:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
    return [*tokens, *(child for token in tokens for child in token.children or ())]


def _assert_inert(text: str, columns: int) -> None:
    kinds = {t.type for t in _markdown_tokens(text)}
    assert not kinds & {"image", "link_open", "html_inline", "html_block"}, kinds
    assert "@octocat" not in text and "\r" not in text
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    cells, rows = 0, []
    for token in tokens:
        if token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            rows.append(cells)
            cells = 0
    assert len(rows) >= 2 and set(rows) == {columns}, rows  # every row keeps its cells: no pipe or line break splits one


@pytest.mark.parametrize("args, columns", [(["rate", "evil"], 6), (["list"], 11)])
def test_4_markdown_cells_stay_text(tmp_path, args, columns):
    data = data_file(tmp_path, entry(name=MARKDOWN_ATTACKS, organization=MARKDOWN_ATTACKS, license=MARKDOWN_ATTACKS))
    result = cli(*args, "-f", "markdown", "--data", str(data))
    assert result.exit_code == 0, result.output
    _assert_inert(result.output, columns)


def test_4_diff_markdown_for_a_pull_request_stays_text(tmp_path, monkeypatch):
    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", *args],
                       cwd=tmp_path, check=True, capture_output=True)

    data = data_file(tmp_path, entry())
    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-q", "-m", "data")
    data_file(tmp_path, entry(name=MARKDOWN_ATTACKS, license="CC-BY-NC-4.0"))
    monkeypatch.chdir(tmp_path)
    result = cli("diff", str(data), "--format", "markdown")
    assert result.exit_code == 0, result.output
    _assert_inert(result.output, 5)
    assert "octocat" in result.output  # the name is there, as text


# 5. Tracebacks with exit 1 ----------------------------------------------------------------------

@pytest.mark.parametrize("args", [["rate", "llama-3"], ["list"], ["badge", "llama-3"], ["validate"]])
def test_5_stdout_to_a_full_disk_is_one_line_and_exit_2(args):
    with open("/dev/full", "wb") as full:
        result = process(*args, stdout=full, stderr=subprocess.PIPE, capture_output=False)
    assert result.returncode == 2
    assert one_line(result.stderr) == "openscore: cannot write the output: No space left on device"


def test_5_a_closed_pipe_is_quiet():
    for args in (["rate", "llama-3"], ["list", "-f", "json"]):
        reader = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.readline()"], stdin=subprocess.PIPE)
        writer = subprocess.run([sys.executable, "-m", "openscore", *args], stdout=reader.stdin, stderr=subprocess.PIPE, timeout=60)
        reader.stdin.close()  # type: ignore[union-attr]
        reader.wait(timeout=10)
        assert writer.returncode in (0, 141), writer.stderr
        assert writer.stderr == b""


@pytest.mark.parametrize("args", [["rate", "llama-3"], ["list", "-f", "json"]])
def test_5_a_closed_stdout_is_one_line_and_exit_2(args):
    command = " ".join([sys.executable, "-m", "openscore", *args])
    result = subprocess.run(["bash", "-c", f"{command} >&-"], capture_output=True, timeout=60)
    assert result.returncode == 2
    assert one_line(result.stderr) == "openscore: cannot write the output: stdout is closed"


def test_5_ctrl_c_is_quiet_with_exit_130(tmp_path):
    import signal

    started = subprocess.Popen([sys.executable, "-c", "import time, sys; sys.argv = ['openscore', 'list']\n"
                                "import openscore.cli.list_cmd as m\n"
                                "m.common.load_catalog = lambda *a, **k: (print('ready', flush=True), time.sleep(30))[1]\n"
                                "from openscore.cli.app import main; main()"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert started.stdout.readline() == b"ready\n"  # type: ignore[union-attr]
    started.send_signal(signal.SIGINT)
    _, stderr = started.communicate(timeout=30)
    assert started.returncode == 130 and b"Traceback" not in stderr


def test_5_any_locale_prints_what_it_can():
    result = process("rate", "llama-3", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0 and result.stderr == b""
    assert b"Meta Llama 3 (llama-3) ? Meta" in result.stdout


def test_5_an_unexpected_exception_is_one_line_naming_the_command_exit_70(tmp_path):
    boom = tmp_path / "sitecustomize.py"  # makes the scorer fail, as a bug would
    boom.write_text("import openscore.domain.scorer as s\n"
                    "def fail(*a, **k):\n    raise RuntimeError('boom')\n"
                    "s.Scorer.__call__ = fail\n")
    env = {"PYTHONPATH": f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    result = process("rate", "llama-3", env=env)
    assert result.returncode == 70
    line = one_line(result.stderr)
    assert "`openscore rate`" in line and "RuntimeError: boom" in line and "bug" in line and "OPENSCORE_DEBUG=1" in line
    debug = process("rate", "llama-3", env={**env, "OPENSCORE_DEBUG": "1"})
    assert debug.returncode == 70 and b"Traceback" in debug.stderr


@pytest.mark.parametrize("name, value", [("OPENSCORE_HUB_RETRIES", "inf"), ("OPENSCORE_HUB_TIMEOUT", "inf"),
                                         ("OPENSCORE_HUB_TIMEOUT", "1e400"), ("OPENSCORE_HUB_TIMEOUT", "nan"),
                                         ("HF_ENDPOINT", "http://[::1"), ("OPENSCORE_HUB_BACKOFF", "-1")])
def test_5_environment_variables_out_of_range_are_one_line_naming_them(name, value, tmp_path):
    result = cli("rate", "evil/Model", env={name: value, "OPENSCORE_CACHE_DIR": str(tmp_path)})
    assert result.exit_code == 2
    assert one_line(result.output).startswith(f"openscore: error: {name} must be")


def test_5_a_hub_body_of_100000_brackets_is_a_malformed_answer(hub):
    hub.fail("evil/Model", Reply(200, "[" * 100_000))
    result = cli("rate", "evil/Model")
    assert result.exit_code == 3
    assert "malformed answer" in one_line(result.stderr)


def test_5_a_repo_name_over_200_characters(hub):
    long = "evil/" + "m" * 200
    hub.add(long)
    hub.fail("evil/Short", Reply(200, {**hub.models[long.lower()]}))  # the Hub answers with the long name
    asked = [cli(command, long) for command in ("rate", "draft")]
    answered = [cli(command, "evil/Short") for command in ("rate", "draft")]
    assert [r.exit_code for r in asked] == [2, 2]
    assert all(r.exception is None or isinstance(r.exception, SystemExit) for r in asked)
    assert [r.exit_code for r in answered] == [3, 3]
    assert all("malformed answer" in one_line(r.stderr) for r in answered)


HOSTILE_CACHE = {
    "deep JSON": "[" * 100_000,
    "400-digit fetched_at": '{"format": 1, "fetched_at": 1' + "0" * 400 + ', "model": {}}',
    "NaN": '{"format": 1, "fetched_at": NaN, "model": {}}',
}


def _cached_model(repo_id: str, **changes: object) -> str:
    from openscore.sources.hub.model import HubModel

    model = {**HubModel(repo_id="evil/Model", license="mit").to_json(), **changes, "repo_id": repo_id}
    return json.dumps({"format": 1, "fetched_at": time.time(), "model": model})


@pytest.mark.parametrize("content", [*HOSTILE_CACHE.values(), _cached_model("evilModel"), _cached_model("evil/../../x"),
                                     _cached_model("evil/Model", sha="abc\nmodels: []")],
                         ids=[*HOSTILE_CACHE, "repo id without a slash", "repo id with ../", "sha with a newline"])
def test_5_hostile_hub_cache_files_are_ignored(tmp_path, hub, monkeypatch, content):
    path = _cache_path(hub, "evil/Model")
    path.write_text(content, encoding="utf-8")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    offline = cli("rate", "evil/Model")
    monkeypatch.delenv("HF_HUB_OFFLINE")
    hub.add("evil/Model", license="mit")
    online = cli("rate", "evil/Model", "-f", "json")
    assert offline.exit_code == 3 and "nothing is cached" in one_line(offline.stderr)
    assert online.exit_code == 0, online.output  # the Hub's answer replaces the file
    assert json.loads(online.stdout)["scorecards"][0]["model_id"] == "model"


def _cache_path(hub, repo_id: str) -> Path:
    from openscore.sources.hub.cache import HubCache

    path = HubCache(Path(os.environ["OPENSCORE_CACHE_DIR"]), hub.url).path(repo_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_5_markup_in_a_cached_license_is_shown_as_text(hub, monkeypatch):
    _cache_path(hub, "evil/Model").write_text(_cached_model("evil/Model", license=MARKUP), encoding="utf-8")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    result = cli("rate", "evil/Model")
    assert result.exit_code == 0, result.output
    assert MARKUP in result.stdout


def test_5_a_validated_file_cache_entry_of_another_shape_is_a_miss(tmp_path, fixture_data, monkeypatch):
    import pickle

    from openscore import loadcache

    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("OPENSCORE_NO_CACHE", raising=False)
    assert cli("rate", "acme", "--data", str(fixture_data)).exit_code == 0  # fills the cache
    [entry] = (tmp_path / "validated").glob("data-*.pickle")
    head = entry.read_bytes().split(b"\n", 2)
    entry.write_bytes(b"\n".join(head[:2]) + b"\n" + pickle.dumps(["not", "entries"]))
    assert entry.read_bytes().startswith(loadcache.FORMAT)
    result = cli("rate", "acme", "--data", str(fixture_data))
    assert result.exit_code == 0 and result.exception is None, result.output


# 6. Unbounded reads -----------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["list", "--data", "/dev/zero"], ["validate", "/dev/zero"], ["import", "mof", "/dev/zero"]])
def test_6_devices_are_refused_unread(args):
    result = process(*args, timeout=30)
    assert result.returncode == 2
    assert b"not a regular file" in result.stderr + result.stdout and b"Traceback" not in result.stderr


def test_6_a_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "models.yaml"
    os.mkfifo(fifo)
    result = process("list", "--data", str(fifo), timeout=30)
    assert result.returncode == 2 and b"not a regular file" in result.stderr


def test_6_a_3_gb_sparse_rubric_is_refused_before_reading(tmp_path):
    sparse = tmp_path / "rubric.yaml"
    with open(sparse, "wb") as out:
        out.truncate(3 * 2**30)
    limit = 512 * 2**20  # far less than the file: reading it would fail

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit + 1024 * 2**20, resource.RLIM_INFINITY))

    result = process("list", "--rubric", str(sparse), preexec_fn=cap, timeout=30)
    assert result.returncode == 2
    assert f"file is larger than {MAX_BYTES // 2**20} MiB" in one_line(result.stderr)


@pytest.mark.parametrize("kind", ["fifo", "symlink to /dev/zero"])
def test_6_a_fifo_or_device_in_the_hub_cache_is_ignored(hub, kind):
    hub.add("evil/Model", license="mit")
    path = _cache_path(hub, "evil/Model")
    os.mkfifo(path) if kind == "fifo" else path.symlink_to("/dev/zero")
    result = cli("rate", "evil/Model")
    assert result.exit_code == 0, result.output
    assert path.is_file() and not path.is_symlink()  # replaced by the Hub's answer


def test_6_a_hub_answer_over_the_size_cap_is_refused(hub):
    from openscore.sources.hub.client import MAX_RESPONSE

    payload = hub.add("evil/Model", license="x" * (MAX_RESPONSE + 1))
    hub.fail("evil/Model", Reply(200, json.dumps(payload)))
    result = cli("rate", "evil/Model")
    assert result.exit_code == 3
    assert f"larger than {MAX_RESPONSE // 2**20} MiB" in one_line(result.stderr)


def test_6_a_hub_trickling_bytes_is_cut_at_the_total_deadline(hub, monkeypatch):
    hub.fail("evil/Model", Reply(200, json.dumps(hub.add("evil/Model")), trickle=0.05))  # some 40 s in all
    monkeypatch.setenv("OPENSCORE_HUB_TIMEOUT", "1")
    monkeypatch.setenv("OPENSCORE_HUB_RETRIES", "0")
    result = cli("rate", "evil/Model")
    assert result.exit_code == 3
    assert "did not answer within 1 s" in one_line(result.stderr)


def test_6_table_cells_are_bounded_so_rendering_stays_linear(tmp_path):
    from openscore.formats.table import CELL_LIMIT

    data = data_file(tmp_path, entry(license="A" * 300_000))
    result = cli("rate", "evil", "--data", str(data))
    assert result.exit_code == 0
    assert max(len(run) for run in result.output.replace("│", " ").split()) < CELL_LIMIT
    assert len(result.output) < 40 * CELL_LIMIT


def test_6_close_matches_are_computed_only_when_shown(tmp_path, monkeypatch):
    from openscore.licenses import resolver

    licenses = [f"weird-license-{i}-xq" for i in range(50)]
    data = data_file(tmp_path, *(entry(f"m{i}", license=text) for i, text in enumerate(licenses)))
    calls: list[str] = []
    original = resolver._close_matches
    monkeypatch.setattr(resolver, "_close_matches", lambda text, limit=3: calls.append(text) or original(text, limit))
    resolver._resolve.cache_clear()
    assert cli("list", "-f", "json", "--data", str(data)).exit_code == 0
    assert calls == []
    validated = cli("validate", str(data))
    assert validated.exit_code == 1 and len(calls) >= len(licenses)


# 7. Output files are not written atomically ------------------------------------------------------

@pytest.mark.parametrize("args", [["report", "--html", "{out}"], ["badge", "llama-3", "--out", "{out}"],
                                  ["import", "mof", str(ROOT / "tests" / "fixtures" / "frameworks" / "mof"), "--out", "{out}"]])
def test_7_a_failed_write_leaves_the_old_file_whole(tmp_path, args):
    out = tmp_path / "out.file"
    out.write_text("the good copy\n")
    argv = [a.replace("{out}", str(out)) for a in args]

    size = 500 if args[0] == "badge" else 2000  # less than the file needs

    def small_files() -> None:  # `ulimit -f`: a write past this size fails (File too large)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    result = process(*argv, preexec_fn=small_files)
    assert result.returncode == 2, result.stderr
    assert f"cannot write {out}: File too large" in result.stderr.decode()
    assert out.read_text() == "the good copy\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_7_out_replaces_a_symlink_instead_of_following_it(tmp_path):
    target = tmp_path / "elsewhere.svg"
    dangling = tmp_path / "badge.svg"
    dangling.symlink_to(target)
    assert cli("badge", "llama-3", "--out", str(dangling)).exit_code == 0
    assert not target.exists() and not dangling.is_symlink()
    assert dangling.read_text().startswith("<svg")
    existing = tmp_path / "existing.svg"
    existing.write_text("keep me")
    link = tmp_path / "link.svg"
    link.symlink_to(existing)
    assert cli("badge", "llama-3", "--out", str(link)).exit_code == 0
    assert existing.read_text() == "keep me" and not link.is_symlink()


def test_7_temporaries_of_killed_hub_syncs_are_swept_after_an_hour(hub):
    hub.add("evil/Model")
    folder = _cache_path(hub, "evil/Model").parent
    old, new = folder / ".evil--other.json.abc123.tmp", folder / ".evil--other.json.def456.tmp"
    old.write_text("{half")
    new.write_text("{half")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert cli("rate", "evil/Model").exit_code == 0
    assert not old.exists() and new.exists()  # the recent one may belong to a sync still running


# 8. Non-finite numbers in rubrics ---------------------------------------------------------------

def _rubric(tmp_path: Path, **changes: object) -> Path:
    rubric = yaml.safe_load((ROOT / "rubrics" / "openscore.yaml").read_text(encoding="utf-8"))
    for key, value in changes.items():
        if key.startswith("weight"):
            rubric["criteria"][int(key[-1])]["weight"] = value
        elif value is None:
            rubric.pop(key, None)
        else:
            rubric[key] = value
    path = tmp_path / "rubric.yaml"
    path.write_text(yaml.safe_dump(rubric, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("changes, message", [({"weight0": float("inf")}, "criteria[weights].weight: Input should be a finite number"),
                                              ({"weight0": 1e308, "weight1": 1e308, "total": None},
                                               "criteria[weights].weight: Input should be less than or equal to 1000000"),
                                              ({"weight0": float("nan")}, "criteria[weights].weight: Input should be a finite number")])
def test_8_non_finite_or_huge_weights_are_refused(tmp_path, changes, message):
    rubric = _rubric(tmp_path, **changes)
    validated = cli("validate", str(rubric))
    assert validated.exit_code == 1 and message in validated.output
    rated = cli("rate", "llama-3", "--rubric", str(rubric), "-f", "json")
    assert rated.exit_code == 2 and message in rated.output


def test_8_weights_adding_up_to_0_are_refused_without_a_total(tmp_path):
    rubric = _rubric(tmp_path, total=None, **{f"weight{i}": 0 for i in range(6)})
    result = cli("validate", str(rubric))
    assert result.exit_code == 1 and "criteria weights add up to 0" in result.output


def test_8_a_rubric_without_verdicts_makes_a_badge_and_a_page_and_valid_json(tmp_path):
    import jsonschema

    rubric = _rubric(tmp_path, verdicts=[], total=None)
    assert cli("badge", "llama-3", "--rubric", str(rubric)).exit_code == 0
    assert cli("report", "--html", str(tmp_path / "page.html"), "--rubric", str(rubric)).exit_code == 0
    rated = cli("rate", "llama-3", "--rubric", str(rubric), "-f", "json")
    schema = json.loads((ROOT / "docs" / "schema" / "scorecards.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(rated.output), schema)


# 9. SVG badges and draft headers ----------------------------------------------------------------

def test_9_a_badge_of_a_name_with_control_characters_is_well_formed_xml(tmp_path):
    data = data_file(tmp_path, entry(name="Evil\x00\x01\x0b\x1b[2J\x7f\x9b <&> Model"))
    result = runner.invoke(app, ["badge", "evil", "--data", str(data)])
    assert result.exit_code == 0, result.output
    title = ElementTree.fromstring(result.output).find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text.startswith("Evil␀␁␋␛[2J␡\ufffd <&> Model")


def test_9_a_hub_sha_with_a_newline_never_breaks_a_draft(hub):
    hub.add("evil/Model", sha="0123456789ab\nmodels: []\n# ")
    hub.add("evil/Other", license="mit\nmodels: []\n# ")
    sha = cli("draft", "evil/Model")
    license = cli("draft", "evil/Other")
    assert sha.exit_code == 3 and "malformed answer (sha is not a commit id)" in one_line(sha.stderr)
    assert license.exit_code == 0, license.output
    [model] = yaml.safe_load(license.stdout)["models"]
    assert model["hf_repos"] == ["evil/Other"]
    assert model["artifacts"]["weights"]["license"] == "mit\nmodels: []\n#"
