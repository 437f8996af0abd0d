"""The report page in headless Chromium, from file://: rows, sorting and filtering by URL fragment, no-JS fallback.

The page reads its sort and filter state from the fragment on load (#sort=KEY&dir=asc|desc&q=TEXT), so
`--dump-dom` shows the result of the page's own JavaScript without a DevTools client.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from test_html import make_report, parse, rows, scorecards

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium not found (Debian package `chromium`; .ci/run installs it)"
)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    result, out = make_report(tmp_path_factory.mktemp("report"))
    assert result.exit_code == 0, result.output
    return out


def chromium(tmp_path: Path, url: str, *args: str) -> str:
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args, url],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dom(tmp_path: Path, page_file: Path, fragment: str = "", *args: str):
    return parse(chromium(tmp_path, page_file.as_uri() + fragment, "--dump-dom", *args))


def order(page) -> list[str]:
    return [r.attrs["data-model"] for r in rows(page)]


def test_screenshot_and_one_row_per_model(tmp_path, page_file):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    chromium(tmp_path, page_file.as_uri(), "--hide-scrollbars", "--window-size=1280,1000", f"--screenshot={shot}")
    head = shot.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", head[16:24]) == (1280, 1000)

    page = dom(tmp_path, page_file)
    assert sorted(order(page)) == sorted(c["model_id"] for c in scorecards())
    assert "hidden" not in page.one(id="controls").attrs  # the script ran
    assert len(page.one("table", **{"class": "board"}).one("thead").all("button")) > 4  # every header is a sort button


@pytest.mark.parametrize(
    ("fragment", "key"),
    [("#sort=name", lambda c: c["model_name"].lower()),
     ("#sort=score&dir=asc", lambda c: c["score"]),
     ("#sort=data&dir=asc", lambda c: next(x["points"] for x in c["criteria"] if x["id"] == "data"))],
)
def test_sort_from_the_fragment(tmp_path, page_file, fragment, key):
    cards = scorecards()
    default = [c["model_id"] for c in sorted(cards, key=lambda c: (-c["percent"], c["model_id"]))]
    expected = [c["model_id"] for c in sorted(cards, key=lambda c: (key(c), default.index(c["model_id"])))]
    assert expected != default  # the fixture makes this sort visible
    page = dom(tmp_path, page_file, fragment)
    assert order(page) == expected
    column = fragment.split("&")[0].removeprefix("#sort=")
    assert page.one("th", **{"data-key": column}).attrs["aria-sort"] == "ascending"


def test_filter_from_the_fragment(tmp_path, page_file):
    target = next(c for c in scorecards() if c["organization"] == "Holly & Ivy")
    page = dom(tmp_path, page_file, "#q=holly%20%26%20ivy")
    shown = [r.attrs["data-model"] for r in rows(page) if "hidden" not in r.attrs]
    assert shown == [target["model_id"]]
    assert page.one(id="count").text() == f"1 of {len(rows(page))} rows"


def test_without_javascript_the_table_is_complete_and_sorted_by_score(tmp_path, page_file):
    """Scripts blocked by the page's own policy (--dump-dom needs JavaScript on, so it cannot simply be turned off)."""
    html = page_file.read_text("utf-8")
    blocked = tmp_path / "no-js.html"
    blocked.write_text(re.sub(r"script-src '[^']+'", "script-src 'none'", html, count=1), "utf-8")
    assert blocked.read_text("utf-8") != html
    page = dom(tmp_path, blocked, "#sort=name")
    cards = scorecards()
    assert order(page) == [c["model_id"] for c in sorted(cards, key=lambda c: (-c["percent"], c["model_id"]))]
    assert "hidden" in page.one(id="controls").attrs and not page.all("button")
    for cell in rows(page)[0].cells()[4:]:  # grades still readable, links still there
        assert cell.text().strip()
