"""Hardening: whatever a data file holds, openscore ends with a result or one-line errors and exit 2, never a traceback.

Property-based tests (hypothesis) over the YAML loader, the data file loader, the CLI and the
scorer; hostile YAML (tags, alias bombs, huge and deeply nested files); unicode throughout.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path

import pytest
import yaml
from fakehub import FakeHub, environment
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from openscore import loadcache, yamlio
from openscore.cli.app import app
from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import ModelEntry, Status
from openscore.domain.scorer import score
from openscore.errors import OpenscoreError
from openscore.formats import names, render
from openscore.formats.interface import Report
from openscore.licenses import resolve
from openscore.rubrics import load_all
from openscore.sources.datafile import DataFile, check_text

runner = CliRunner()
ERROR_LINE = re.compile(r"^openscore: (\S.*: )?(error|warning): \S.*$")
LOCATED = re.compile(r"^openscore: .+\.yaml:\d+:\d+: error: \S.*$")
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALID = {
    "id": "x",
    "name": "Model X",
    "organization": "Acme",
    "family": "acme",
    "last_reviewed": "2026-01-01",
    "artifacts": {"weights": {"status": "open", "license": "Apache-2.0", "url": "https://example.org/x"}},
}


@pytest.fixture(autouse=True, scope="module")
def private_cache(tmp_path_factory):
    """Keep the validated-file cache of these tests out of the user's cache directory."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


def write(folder: Path, text: str | bytes, name: str = "models.yaml") -> Path:
    path = folder / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def data_text(*entries: object) -> str:
    return yaml.safe_dump({"models": list(entries)}, allow_unicode=True, sort_keys=False)


def rate(data: Path, model: str = "x", *extra: str):
    return runner.invoke(app, ["rate", model, "--data", str(data), *extra])


def assert_clean(result, codes: tuple[int, ...] = (0, 2)) -> None:
    """A result or one-line errors, a documented exit code, no traceback."""
    assert result.exit_code in codes, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert lines and all(ERROR_LINE.match(line) for line in lines), result.output


# -- property-based: the loaders -----------------------------------------------------------------

YAML_PIECES = st.sampled_from([
    "- ", ": ", "[", "]", "{", "}", ", ", "&a ", "*a", "!!python/object:os.system ", "!!str ", "!!binary ", "!local ",
    "? ", "|\n", ">-\n", "\n", "  ", "'", '"', "# c\n", "---\n", "...\n", "<<: ", "~", "2024-02-30", "0x1F", "1e999",
    "models", "id", "é", "中文", "שלום", "🙂", "\t", "%TAG ! tag:x,2000:\n", "\\", "\x00", "\ufeff",
])
YAML_LIKE = st.lists(YAML_PIECES | st.text(max_size=5), max_size=40).map("".join)


@FAST
@given(text=st.one_of(st.text(), YAML_LIKE))
def test_any_text_loads_or_fails_with_one_located_line(text):
    try:
        yamlio.load(text, "f.yaml")
    except OpenscoreError as error:
        assert error.problems and all(p.file == "f.yaml" for p in error.problems)
        assert all("\n" not in str(p) for p in error.problems)


@FAST
@given(data=st.binary(max_size=200))
def test_any_bytes_load_or_fail_cleanly(data):
    try:
        yamlio.load(data, "f.yaml")
    except OpenscoreError as error:
        assert error.problems


SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | st.dates()
           | st.sampled_from(["open", "closed", "Apache-2.0", "llama3", "https://example.org", "2024-01-01"]))
VALUES = st.recursive(SCALARS, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=12), kids, max_size=4),
                      max_leaves=25)


@FAST
@given(document=VALUES)
def test_any_document_is_a_data_file_or_clean_errors(document):
    text = yaml.safe_dump(document, allow_unicode=True)
    try:
        checked = check_text(text, "f.yaml")
    except OpenscoreError as error:
        assert error.problems
        return
    for problem in checked.problems:
        assert problem.file == "f.yaml" and problem.line is not None, problem
        assert "\n" not in str(problem)


FIELD_PATHS = [("id",), ("name",), ("aliases",), ("organization",), ("family",), ("released",), ("type",), ("hf_repos",),
               ("licenses",), ("licenses", "code"), ("last_reviewed",), ("notes",), ("artifacts",), ("artifacts", "weights"),
               ("artifacts", "weights", "status"), ("artifacts", "weights", "license"), ("artifacts", "weights", "url"),
               ("artifacts", "weights", "notes"), ("artifacts", "telepathy"), ("colour",)]


def replaced(entry: dict, path: tuple[str, ...], value: object) -> dict:
    """A copy of `entry` with the value at `path` replaced (missing mappings on the way created)."""
    entry = copy.deepcopy(entry)
    target = entry
    for part in path[:-1]:
        if not isinstance(target.get(part), dict):
            target[part] = {}
        target = target[part]
    target[path[-1]] = value
    return entry


@SLOW
@given(path=st.sampled_from(FIELD_PATHS), value=VALUES)
def test_wrong_types_in_every_field_give_located_errors_and_exit_2(tmp_path, path, value):
    """One field replaced by anything: rated, or exit 2 with every error one line at file:line:column."""
    result = rate(write(tmp_path, data_text(replaced(VALID, path, value))))
    assert_clean(result)
    if result.exit_code == 2:
        assert all(LOCATED.match(line) for line in result.output.splitlines() if line.strip()), result.output


@SLOW
@given(document=VALUES)
def test_cli_on_any_document_never_crashes(tmp_path, document):
    assert_clean(rate(write(tmp_path, yaml.safe_dump(document, allow_unicode=True))))


@SLOW
@given(text=YAML_LIKE)
def test_cli_on_any_yaml_like_text_never_crashes(tmp_path, text):
    assert_clean(rate(write(tmp_path, text)))


# -- property-based: the scorer ------------------------------------------------------------------

LICENSES = st.one_of(st.none(), st.sampled_from(["Apache-2.0", "MIT", "llama3", "gemma", "CC-BY-NC-4.0", "ODC-By-1.0", "other",
                                                 "unknown", "proprietary", "MIT OR GPL-3.0-only", "Apache-2.0 AND", "许可证"]),
                     st.text(max_size=40), st.text(min_size=600, max_size=700))
ARTIFACTS = st.dictionaries(
    st.sampled_from(list(ArtifactKind)),
    st.builds(dict, status=st.sampled_from(list(Status)), license=LICENSES, url=st.just("https://example.org/e"),
              notes=st.one_of(st.none(), st.text(min_size=1, max_size=300))),
    max_size=len(ArtifactKind),
)
NAMES = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(str.strip)
ENTRIES = st.builds(
    lambda artifacts, name, org, licenses: ModelEntry.model_validate({
        "id": "m", "name": name, "organization": org, "family": "f", "last_reviewed": "2026-01-01",
        "licenses": licenses, "artifacts": {k.value: {key: v for key, v in fact.items() if v is not None} for k, fact in artifacts.items()},
    }),
    ARTIFACTS, NAMES, NAMES,
    st.fixed_dictionaries({}, optional={"distribution": LICENSES.filter(bool), "code": LICENSES.filter(bool),
                                        "data": LICENSES.filter(bool)}),
)
RUBRICS = load_all()


@FAST
@given(entry=ENTRIES)
def test_every_rubric_scores_any_entry_within_bounds_with_reasons(entry):
    for rubric in RUBRICS:
        card = score(entry, rubric, resolve)
        assert 0 <= card.score <= card.max_score + 1e-9
        assert 0 <= card.percent <= 100
        assert card.verdict is None or card.verdict.id in {v.id for v in rubric.verdicts}
        assert all(0 <= t.progress <= 1 for t in card.tiers)
        for criterion in card.criteria:
            assert 0 <= criterion.points <= criterion.max_points + 1e-9
            assert criterion.reason.strip()
            assert criterion.level in {"open", "partial", "closed", "unknown"}


@SLOW
@given(entry=ENTRIES)
def test_every_format_renders_any_scorecard(entry):
    rubric = RUBRICS[0]
    card = score(entry, rubric, resolve)
    for name in names("rate"):
        out = io.StringIO()
        render(name, "rate", Report("rate", rubric, [card]), out)
        assert out.getvalue()
        if name == "json":
            assert json.loads(out.getvalue())["scorecards"][0]["model_name"] == entry.name


# -- hostile YAML ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "models: !!python/object/apply:os.system ['touch {canary}']\n",
    "models:\n  - !!python/object/new:os.system ['touch {canary}']\n",
    "models: [!!python/name:os.system ]\n",
    "models: !!python/module:os\n",
    "!!python/object/apply:os.system ['touch {canary}']: 1\n",
    "%TAG !p! tag:yaml.org,2002:python/\n---\nmodels: !p!object/apply:os.system ['touch {canary}']\n",
    "models: !!binary aGVsbG8=\n",
    "models: !!set {{a: null}}\n",
    "models: !!omap [a: 1]\n",
    "models: !local [1]\n",
])
def test_non_standard_tags_are_refused_and_never_run(tmp_path, text):
    canary = tmp_path / "canary"
    result = rate(write(tmp_path, text.format(canary=canary)))
    assert_clean(result, (2,))
    assert re.search(r"models\.yaml:\d+:\d+: error: tag '.*' is not allowed", result.output), result.output
    assert not canary.exists()


def billion_laughs(levels: int = 10) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_in_under_a_second_with_little_memory():
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(OpenscoreError, match="alias bomb"):
        yamlio.load(billion_laughs(), "bomb.yaml")
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 1
    assert peak < 5 * 2**20, f"{peak / 2**20:.1f} MiB"


def test_aliases_share_rather_than_copy():
    document, _ = yamlio.load("a: &x {k: [1, 2]}\nb: *x\nc: *x\n", "f.yaml")
    assert document["a"] == document["b"] == {"k": [1, 2]}
    assert document["b"] is document["a"]


def test_a_50_mb_data_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as out:
        out.truncate(yamlio.MAX_BYTES + 18 * 2**20)  # sparse: past the cap by 18 MiB of NULs without using the disk
    tracemalloc.start()
    with pytest.raises(OpenscoreError, match=f"larger than {yamlio.MAX_BYTES // 2**20} MiB") as raised:
        DataFile(path).entries()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 2**20, f"{peak / 2**20:.1f} MiB: the file was read"
    assert str(raised.value.problems[0]).startswith(f"{path}: error:")
    assert_clean(rate(path), (2,))


@pytest.mark.slow
def test_too_many_values_are_refused():
    with pytest.raises(OpenscoreError, match="more than 2000000 values"):
        yamlio.load("[" + "0," * 2_000_001 + "]", "f.yaml")


NESTING_LIMIT = yamlio.MAX_DEPTH


@pytest.mark.parametrize("depth", [NESTING_LIMIT, NESTING_LIMIT + 1])
def test_nesting_limit_is_exact(depth):
    text = "[" * depth + "]" * depth
    if depth <= NESTING_LIMIT:
        assert yamlio.load(text, "f.yaml")[0] is not None
    else:
        with pytest.raises(OpenscoreError, match=f"1:{NESTING_LIMIT + 1}: error: nesting deeper than {NESTING_LIMIT} levels"):
            yamlio.load(text, "f.yaml")


DEEP = {
    "flow sequences": "models: " + "[" * 100_000 + "]" * 100_000 + "\n",
    "flow mappings": "models: " + "{a: " * 100_000 + "1" + "}" * 100_000 + "\n",
    "block sequences": "models:\n" + "- " * 100_000 + "x\n",
    "block mappings": "models:\n" + "".join(" " * i + "a:\n" for i in range(1, 3_000)),
    "unclosed, 1,000,000 deep": "models: " + "[" * 1_000_000,
}


@pytest.mark.parametrize("text", DEEP.values(), ids=DEEP.keys())
def test_deep_nesting_is_refused_in_a_real_process_without_crashing(tmp_path, text):
    """libyaml's own composer recurses in C and segfaults on such input; openscore must refuse it first."""
    path = write(tmp_path, text)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "openscore", "rate", "x", "--data", str(path)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])  # a crash is negative (-11: SIGSEGV)
    assert re.fullmatch(r"openscore: .*models\.yaml:\d+:\d+: error: (nesting deeper than 64 levels|malformed YAML: .*)\n", done.stderr)
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(("text", "message"), [
    ("models: &a [*a]\n", "1:13: error: alias 'a' refers to the collection that contains it"),
    ("models: *nope\n", "1:9: error: malformed YAML: found undefined alias 'nope'"),
    ("base: &b {id: x}\nmodels:\n  - <<: *b\n", "3:5: error: mapping keys must be plain scalars"),
    ("models: []\nmodels: []\n", "2:1: error: duplicate key 'models'"),
    ("? [a, b]\n: c\n", "1:3: error: mapping keys must be plain scalars"),
    ("models: []\n---\nmodels: []\n", "2:1: error: malformed YAML: expected a single document"),
    (b"models: [\xff\xfe]\n", "error: malformed YAML"),
    ("models: [a\x00]\n", "error: malformed YAML"),
    ("models:\n  - id: x\n\tname: y\n", "error: malformed YAML"),
    ("models: [2024-02-30]\n", "1:10: error: entry 1 under models: should be a mapping (key: value lines), not '2024-02-30'"),
])
def test_other_hostile_yaml_gives_one_located_error(tmp_path, text, message):
    result = rate(write(tmp_path, text))
    assert_clean(result, (2,))
    assert message in result.output, result.output


def test_byte_order_mark_and_crlf_line_endings_are_fine(tmp_path):
    text = "\ufeff" + data_text(VALID).replace("\n", "\r\n")
    assert_clean(rate(write(tmp_path, text)), (0,))
    broken = "\ufeffmodels:\r\n  - id: x\r\n    colour: blue\r\n"
    result = rate(write(tmp_path, broken))
    assert "models.yaml:3:5: error: x: unknown key 'colour'" in result.output, result.output


# -- unicode -------------------------------------------------------------------------------------

UNICODE_DATA = textwrap.dedent("""\
    models:
      - id: qwen-zh
        name: 通义千问 Qwen 🦙
        aliases: [千问, "🦙🦙"]
        organization: 阿里巴巴 (Alibaba)
        family: qwen
        last_reviewed: 2026-01-01
        notes: "هذا نموذج مفتوح. זהו מודל פתוח 🎉"
        artifacts:
          weights: {status: partial, license: Apache-2.0, url: "https://example.org/千问", notes: "مقيد جزئيا 🔒. details"}
          pretraining_data: {status: closed}
""")


@pytest.mark.parametrize("name", ["qwen-zh", "千问", "🦙🦙"])
@pytest.mark.parametrize("fmt", names("rate"))
def test_chinese_rtl_and_emoji_survive_every_format(tmp_path, name, fmt):
    result = rate(write(tmp_path, UNICODE_DATA), name, "--format", fmt)
    assert_clean(result, (0,))
    if fmt != "csv":  # csv rows name the model by id
        assert "通义千问 Qwen 🦙" in result.output
    if fmt != "table":  # the table wraps reasons to the terminal's width
        assert "مقيد جزئيا 🔒" in result.output  # the partial artifact's note, in the reason
    if fmt == "json":
        card = json.loads(result.output)["scorecards"][0]
        assert (card["model_name"], card["organization"]) == ("通义千问 Qwen 🦙", "阿里巴巴 (Alibaba)")


def test_errors_after_wide_characters_point_at_the_right_column(tmp_path):
    text = UNICODE_DATA.replace("    family: qwen\n", "    family: qwen\n    颜色: 红\n")
    result = rate(write(tmp_path, text), "qwen-zh")
    assert_clean(result, (2,))
    assert "models.yaml:7:5: error: qwen-zh: unknown key '颜色'" in result.output, result.output
    result = rate(write(tmp_path, UNICODE_DATA.replace("status: partial", "status: 部分")), "qwen-zh")
    assert re.search(r"models\.yaml:10:\d+: error: .*status.*'部分'", result.output), result.output


@pytest.mark.slow
def test_huge_strings_are_refused_or_shown_without_crashing(tmp_path):
    long_name = dict(VALID, name="名" * 1_000_000)
    result = rate(write(tmp_path, data_text(long_name)))
    assert_clean(result, (2,))
    assert "models.yaml:3:9: error: x: name: String should have at most 200 characters" in result.output
    long_notes = dict(VALID, notes="🙂" * 2_000_000, artifacts={"weights": {"status": "open", "license": "x" * 100_000,
                                                                           "url": "https://example.org/x"}})
    assert_clean(rate(write(tmp_path, data_text(long_notes)), "x", "--format", "json"), (0,))


def test_located_lines_stay_inside_the_file(tmp_path):
    bad = [dict(VALID, id=f"m{i}", released="soon" if i % 3 else dt.date(2024, 1, 1).isoformat()) for i in range(30)]
    text = data_text(*bad)
    checked = check_text(text, "f.yaml")
    assert len(checked.problems) == 20
    assert all(1 <= p.line <= text.count("\n") for p in checked.problems)


@pytest.mark.parametrize("key", ["art[facts", "function-after[x]", "[key]", "a\nb", "\u2028", "\x1e"])
def test_keys_that_look_like_pydantic_tags_or_break_lines_are_reported_on_one_line(tmp_path, key):
    """Found by fuzzing: a key with '[' was taken for a pydantic union tag and dropped, and the report crashed."""
    text = data_text(VALID).replace("  name: Model X\n", f"  name: Model X\n  {json.dumps(key)}: 1\n")
    result = rate(write(tmp_path, text))
    assert_clean(result, (2,))
    assert re.search(r"models\.yaml:4:3: error: x: unknown key '[^']+'(; did you mean 'artifacts'\?)?$", result.output.strip()), result.output


# -- concurrency ---------------------------------------------------------------------------------

@pytest.mark.slow
def test_two_hub_syncs_sharing_a_cache_end_consistent(tmp_path, monkeypatch):
    """Two `openscore hub sync` processes at once, cold then with --refresh, on one cache dir: both succeed,
    every cache file is whole, and a third run finds all of it fresh without asking the Hub."""
    repos = [f"org/model-{i}" for i in range(30)]
    data = write(tmp_path, data_text(*[dict(VALID, id=f"m{i}", hf_repos=[repo]) for i, repo in enumerate(repos)]))
    cache = tmp_path / "cache"
    with FakeHub(latency=0.02) as hub:
        for repo in repos:
            hub.add(repo, license="apache-2.0")
        env = {**os.environ, **environment(hub.url, cache), "HF_HOME": str(tmp_path / "hf")}
        sync = [sys.executable, "-m", "openscore", "hub", "sync", "--data", str(data), "--jobs", "4"]
        for argv in (sync, [*sync, "--refresh"]):
            both = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
            outputs = [process.communicate(timeout=120) for process in both]
            assert [p.returncode for p in both] == [0, 0], outputs
        asked = len(hub.seen)
        third = subprocess.run(sync, env=env, capture_output=True, text=True, timeout=120)
        assert third.returncode == 0, third.stderr
        assert "0 fetched, 30 fresh in the cache, 0 stale, 0 failed." in third.stdout, third.stdout
        assert len(hub.seen) == asked
    files = [p for p in cache.rglob("*") if p.is_file()]
    assert not [p for p in files if p.name.endswith(".tmp")], "a temporary file was left behind"
    hub_files = [p for p in files if p.suffix == ".json"]
    assert len(hub_files) == 30 and all(json.loads(p.read_text())["model"] for p in hub_files)
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(cache))  # the validated data file, written by both processes, is whole too
    entries = loadcache.cached("data", data, data.read_bytes(), lambda: pytest.fail("the validated-file cache missed"))
    assert [e.id for e in entries] == [f"m{i}" for i in range(30)]


# -- the validated-file cache --------------------------------------------------------------------

def cache_files(folder: Path) -> list[Path]:
    return sorted((folder / "validated").glob("data-*.pickle"))


def test_validated_cache_follows_every_edit_of_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path / "cache"))
    data = write(tmp_path, data_text(dict(VALID, name="Before")))
    assert "Before" in rate(data, "x", "-f", "json").output
    assert len(cache_files(tmp_path / "cache")) == 1
    stat = data.stat()
    data.write_text(data_text(dict(VALID, name="After!")))  # same size
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and same mtime: the checksum still tells
    assert data.stat().st_size == stat.st_size
    assert "After!" in rate(data, "x", "-f", "json").output


def test_corrupt_or_planted_cache_files_are_ignored_and_never_run(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path / "cache"))
    data = write(tmp_path, data_text(VALID))
    assert rate(data).exit_code == 0
    [cached] = cache_files(tmp_path / "cache")
    header = cached.read_bytes().split(b"\n", 2)
    canary = tmp_path / "canary"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {canary}",))

    import pickle

    for body in (b"garbage", b"", pickle.dumps(Payload()), pickle.dumps(("not", "entries"))[:5]):
        cached.write_bytes(header[0] + b"\n" + header[1] + b"\n" + body)
        result = rate(data, "x", "-f", "json")
        assert_clean(result, (0,))
        assert json.loads(result.output)["scorecards"][0]["model_id"] == "x"
    assert not canary.exists()


def test_an_unwritable_cache_dir_only_costs_time(tmp_path, monkeypatch):
    blocker = write(tmp_path, "a file where the cache directory should be", "cache")
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(blocker))
    assert_clean(rate(write(tmp_path, data_text(VALID))), (0,))
    monkeypatch.setenv("OPENSCORE_NO_CACHE", "1")
    assert_clean(rate(write(tmp_path, data_text(VALID))), (0,))


def test_name_clashes_are_located_also_when_the_entries_come_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENSCORE_CACHE_DIR", str(tmp_path / "cache"))
    data = write(tmp_path, data_text(VALID, dict(VALID, name="Twin")))  # each entry valid, the file is not
    first, second = rate(data), rate(data)
    assert len(cache_files(tmp_path / "cache")) == 1  # the second run took the entries from the cache
    assert first.output == second.output and re.search(r"models\.yaml:\d+:\d+: error: duplicate id 'x'", second.output)
    assert second.exit_code == 2
