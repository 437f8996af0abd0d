"""openscore's YAML reader gives the values PyYAML's safe_load gives (YAML 1.1 resolution, libyaml's parser),
positions kept or not; where it deliberately differs (duplicate keys, merge keys, other tags, impossible dates, several
documents), it says so in one located line."""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

import pytest
import yaml

from openscore.errors import OpenscoreError
from openscore.yamlio import load

ROOT = Path(__file__).resolve().parent.parent
LOADERS = [yaml.SafeLoader, *([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])]


def same(a: object, b: object) -> bool:
    """Equal values of equal types (True is not 1, a date is not a datetime), NaN equal to NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)  # type: ignore[index]
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)  # type: ignore[arg-type]
    return a == b


def assert_equivalent(text: str) -> None:
    for loader in LOADERS:
        expected = yaml.load(text, Loader=loader)
        for located in (True, False):
            found, _ = load(text, "t.yaml", located)
            assert same(found, expected), (text, loader, located, found, expected)
            found, _ = load(text.encode(), "t.yaml", located)
            assert same(found, expected), (text, loader, located, found, expected)


def test_the_bundled_data_file_reads_as_safe_load_reads_it():
    for path in [ROOT / "data" / "models.yaml", *sorted((ROOT / "rubrics").glob("*.yaml")), ROOT / "openscore" / "organizations.yaml"]:
        assert_equivalent(path.read_text(encoding="utf-8"))


EDGE_CASES = [
    "a: &x [1, 2]\nb: *x\nc: &y {k: v}\nd: *y\ne: &s text\nf: *s\n",  # anchors and aliases
    "l: |\n  one\n   two\n\n  three\nf: >\n  folded\n  line\n\n  para\nk: |-\n  kept\n  \nk2: |+\n  keep\n\n",
    "plain: a plain\n  multi-line\n  scalar\nq: 'single ''quoted''\n  folded'\nd: \"double \\\"q\\\"\\n\\t\\u00e9\\x41\\\n  continued\"\n",
    "u: 深度求索 Zürich مختبر 🤖\nescaped: \"\\u4e2d\\U0001F916\"\n'ключ': значение\n",
    "d1: 2024-01-31\nd2: 2024-01-31T10:20:30Z\nd3: 2024-01-31 10:20:30.5+02:00\nd4: 2024-1-3\nd5: '2024-01-31'\nd6: 2024-01-31t10:00:00\n",
    "b: [yes, no, on, off, true, false, True, FALSE, y, n, Yes, ON]\n",
    "n: [~, null, Null, NULL, '', ]\nempty:\n",
    "i: [0, -12, +7, 0x1F, 017, 0o17, 1_000, 190:20:30, 0b101, 00]\n",
    "f: [1.5, -0.0, 1e3, 1.0e+3, .5, 6.8523015e+5, 685.230_15e+03, 190:20:30.15, .inf, -.Inf, .NaN, 1.]\n",
    "t: [!!str 123, !!int '12', !!float '1', !!bool 'yes', !!null '', !!str yes, !!timestamp 2024-01-01]\n",
    "flow: {a: [1, {b: c}], 'd e': \"f\", g: [], h: {}}\nseq:\n- - nested\n  - list\n- k: v\n  k2: [x]\n",
    "# comment\nkey: value # trailing\n'quoted key': 1\n\"tab\\tkey\": 2\n? explicit\n: value\n",
    "1: int key\n-2: int key\nkey: 3\n",
    "---\nonly: one document\n...\n",
    "",
    "- just\n- a list\n",
    "scalar at the root\n",
    "s: 'colon: inside'\nhash: 'a #b'\nurl: https://example.org/a?b=c#d\nat: '@x'\nbang: '!x'\n",
    "w: \"  leading and trailing  \"\nnl: \"a\\nb\"\ncr: \"a\\rb\"\nlong: " + "x" * 5000 + "\n",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_read_as_safe_load_reads_them(text):
    assert_equivalent(text)


TRICKY = ["yes", "No", "on", "~", "null", "1:20", "0x1F", "017", "1e3", "1_0", ".inf", "2024-01-01", "2024-02-30", "a: b", "#x",
          "- x", " lead", "trail ", "tab\there", "two\nlines", "é深🤖", "", "'", '"', "\\", "@", "%", "!tag", "*a", "&b", "? q",
          "x" * 100, "<<", "=", "True", "0.1", "-0", "+1", "..."]


def value(rng: random.Random, depth: int = 0) -> object:
    roll = rng.random()
    if depth < 4 and roll < 0.2:
        return {str(rng.choice(TRICKY)) + str(i): value(rng, depth + 1) for i in range(rng.randint(0, 4))}
    if depth < 4 and roll < 0.35:
        return [value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return rng.choice([*TRICKY, 0, -7, 3.25, True, False, None, dt.date(2024, 2, 29), dt.datetime(2024, 1, 1, 10, 20, 30)])


@pytest.mark.parametrize("seed", range(150))
def test_random_documents_in_every_style_read_as_safe_load_reads_them(seed):
    rng = random.Random(seed)
    text = yaml.safe_dump({"doc": value(rng)}, default_flow_style=rng.choice([False, True, None]), allow_unicode=rng.random() < 0.5,
                          width=rng.choice([20, 80, 1000]), default_style=rng.choice([None, None, "'", '"', "|"]),
                          canonical=rng.random() < 0.1, explicit_start=rng.random() < 0.3)
    assert_equivalent(text)


@pytest.mark.parametrize("text, where, said", [
    ("a: 1\nb: 2\na: 3\n", ":3:1:", "duplicate key 'a'"),  # safe_load keeps the last silently
    ("base: &b {x: 1}\nc:\n  <<: *b\n", ":3:3:", "mapping keys must be plain scalars"),  # merge keys
    ("a: !!python/object:os.system {}\n", ":1:4:", "is not allowed"),
    ("a: !custom x\n", ":1:4:", "is not allowed"),
    ("a: !!binary aGVsbG8=\n", ":1:4:", "is not allowed"),
    ("a: !!set {x}\n", ":1:4:", "is not allowed"),
    ("a: 1\n---\nb: 2\n", ":2:1:", "expected a single document"),
    ("a: *nothing\n", ":1:4:", "undefined alias"),
    ("a: [1, 2\n", ":2:1:", "malformed YAML"),
    ("a:\n\t- b\n", ":2:1:", "tabs are not allowed"),
    ("a: !!int 'x'\n", ":1:4:", "bad value"),
])
def test_deliberate_differences_are_one_located_line(text, where, said):
    for located in (True, False):
        with pytest.raises(OpenscoreError) as caught:
            load(text, "t.yaml", located)
        message = str(caught.value.problems[0])
        assert message.startswith("t.yaml" + where) and said in message and "\n" not in message, message


def test_keys_other_than_text_integers_and_booleans_are_read_as_text():
    found, _ = load("2.5: a\n2024-01-01: b\ntrue: c\n7: d\n", "t.yaml")
    assert found == {"2.5": "a", "2024-01-01": "b", True: "c", 7: "d"}  # safe_load: 2.5 and a date as keys
    with pytest.raises(OpenscoreError, match=r"t.yaml:2:1: error: duplicate key True"):  # safe_load: {1: 'b'}, silently
        load("1: a\ntrue: b\n", "t.yaml")


def test_an_impossible_date_stays_text_where_safe_load_fails():
    with pytest.raises(ValueError):
        yaml.safe_load("d: 2026-11-31\n")
    assert load("d: 2026-11-31\n", "t.yaml")[0] == {"d": "2026-11-31"}  # the schema then reports it on its field


def test_positions_are_kept_only_when_asked():
    text = "models:\n  - id: a\n    notes: |\n      x\n  - id: b\n"
    _, source = load(text, "t.yaml")
    assert source.locate(("models", 1, "id")) == (5, 9) and source.locate(("models", 0, "notes")) == (3, 12)
    assert source.locate(("models", 1, "id"), key=True) == (5, 5)
    _, bare = load(text, "t.yaml", located=False)
    assert bare.locate(("models", 1, "id")) is None and bare.problem(("models",), "x").line is None
