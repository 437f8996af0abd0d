"""Every format on any scorecard (hypothesis), and Chinese, RTL and emoji through every format."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import textwrap

import pytest
from hostile import (  # noqa: F401 - private_cache is an autouse fixture
    ENTRIES,
    RUBRICS,
    SLOW,
    VALID,
    assert_clean,
    data_text,
    private_cache,
    rate,
    write,
)
from hypothesis import given

from openscore.domain.scorer import score
from openscore.formats import names, render
from openscore.formats.interface import Report
from openscore.licenses import resolve
from openscore.sources.datafile import check_text


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
    errors = "\n".join(line for line in result.output.splitlines() if ": note: " not in line)  # the hint to run validate
    assert re.search(r"models\.yaml:4:3: error: x: unknown key '[^']+'(; did you mean 'artifacts'\?)?$", errors.strip()), result.output
