"""Hostile input to the YAML and data-file loaders: any text or bytes, any document, python tags, alias bombs,
huge and deeply nested files; a result or one located line, never a traceback."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
import time
import tracemalloc

import pytest
import yaml
from hostile import (  # noqa: F401 - private_cache is an autouse fixture
    FAST,
    LOCATED,
    NOTE,
    SLOW,
    VALID,
    assert_clean,
    data_text,
    private_cache,
    rate,
    write,
)
from hypothesis import given
from hypothesis import strategies as st

from openscore import yamlio
from openscore.errors import OpenscoreError
from openscore.sources.datafile import DataFile, check_text

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
        assert all(LOCATED.match(line) or NOTE.match(line) for line in result.output.splitlines() if line.strip()), result.output


@SLOW
@given(document=VALUES)
def test_cli_on_any_document_never_crashes(tmp_path, document):
    assert_clean(rate(write(tmp_path, yaml.safe_dump(document, allow_unicode=True))))


@SLOW
@given(text=YAML_LIKE)
def test_cli_on_any_yaml_like_text_never_crashes(tmp_path, text):
    assert_clean(rate(write(tmp_path, text)))



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
    with pytest.raises(OpenscoreError, match=f"more than {yamlio.MAX_NODES} values"):
        yamlio.load("[" + "0," * (yamlio.MAX_NODES + 1) + "]", "f.yaml")


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
