"""`openscore badge`: the SVG and shields.io endpoint JSON, checked against the JSON scorecards."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from openscore.cli.app import app

runner = CliRunner()
REPORT = Path(__file__).parents[1] / "fixtures" / "report"
MODELS = REPORT / "models.yaml"
SVG = "{http://www.w3.org/2000/svg}"
SHIELDS_COLOURS = {"brightgreen", "green", "yellowgreen", "yellow", "orange", "red", "blue", "lightgrey"}


def invoke(*args: str, data: Path = MODELS):
    return runner.invoke(app, ["badge", *args, "--data", str(data)])


def card(model: str, rubric: str = "openscore", data: Path = MODELS) -> dict:
    result = runner.invoke(app, ["rate", model, "-f", "json", "--rubric", rubric, "--data", str(data)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["scorecards"][0]


def svg_parts(path: Path) -> tuple[list[str], str, ET.Element]:
    """The badge's visible texts, the message background colour, and the document."""
    root = ET.parse(path).getroot()
    texts = [t.text or "" for t in root.iter(f"{SVG}text") if t.get("aria-hidden") != "true"]
    message_rect = next(r for r in root.iter(f"{SVG}rect") if r.get("x"))
    return texts, message_rect.get("fill"), root


def models(data: Path = MODELS) -> list[str]:
    import yaml

    return [m["id"] for m in yaml.safe_load(data.read_text("utf-8"))["models"]]


def test_svg_says_openness_score_and_verdict(tmp_path):
    for model in models():
        out = tmp_path / f"{model}.svg"
        result = invoke(model, "--out", str(out))
        assert result.exit_code == 0, result.output
        texts, _, root = svg_parts(out)
        expected = card(model)
        assert texts == ["openness", f"{expected['score']:.0f} · {expected['verdict']['id']}"]
        assert expected["model_name"] in root.find(f"{SVG}title").text
        assert root.get("aria-label") == f"openness: {texts[1]}"


def test_colour_follows_the_verdict_ladder(tmp_path):
    """Most open verdict green, least open red, and different verdicts look different."""
    data = Path(__file__).parents[1] / "fixtures" / "models.yaml"  # one model per verdict of the default rubric
    fills = {}
    for model in models(data):
        out = tmp_path / f"{model}.svg"
        invoke(model, "-o", str(out), data=data)
        fills[card(model, data=data)["verdict"]["id"]] = svg_parts(out)[1]
    assert len(fills) == len(models(data)) == len(set(fills.values()))
    assert (fills["open-source"], fills["closed"]) == ("#4c1", "#e05d44")  # shields.io brightgreen and red


def test_shields_endpoint_json_matches_the_svg(tmp_path):
    out = tmp_path / "b.svg"
    invoke("mistletoe", "--out", str(out))
    result = invoke("mistletoe", "--format", "shields")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["schemaVersion"] == 1
    assert [doc["label"], doc["message"]] == svg_parts(out)[0]
    assert doc["color"] in SHIELDS_COLOURS


def test_other_rubrics_label_themselves_and_show_score_out_of_max(tmp_path):
    rubric = str(REPORT / "rubric.yaml")
    expected = card("zephyr-open", rubric)
    assert expected["max_score"] != 100
    doc = json.loads(invoke("zephyr-open", "--rubric", rubric, "-f", "shields").stdout)
    assert doc["label"] == "openness (fixture-two)"
    assert doc["message"] == f"{expected['score']:g}/{expected['max_score']:g} · {expected['verdict']['id']}"


def test_svg_to_stdout_without_out():
    result = invoke("aspen-api")
    assert result.exit_code == 0
    assert ET.fromstring(result.stdout).tag == f"{SVG}svg"


@pytest.mark.parametrize(
    ("args", "message"),
    [(["no-such-model"], "no model 'no-such-model'"), (["aspen-api", "--rubric", "nope"], "no rubric 'nope'"),
     (["aspen-api", "--out", "/nonexistent-dir/b.svg"], "cannot write /nonexistent-dir/b.svg")],
)
def test_bad_input_is_one_line_and_exit_2(args, message):
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_payload_name_stays_text(tmp_path):
    out = tmp_path / "evil.svg"
    result = invoke("evil", "--rubric", str(REPORT / "payload-rubric.yaml"), "--out", str(out), data=REPORT / "payloads.yaml")
    assert result.exit_code == 0, result.output
    svg = out.read_text("utf-8")
    assert "<script" not in svg and "<img" not in svg
    root = ET.fromstring(svg)  # well-formed: nothing broke out of an attribute or element
    assert {el.tag.removeprefix(SVG) for el in root.iter()} <= {"svg", "title", "linearGradient", "stop", "clipPath", "rect", "g", "text"}
    assert not [name for el in root.iter() for name in el.attrib if name.lower().startswith("on") or "href" in name]
    title = root.find(f"{SVG}title").text
    assert "<script>alert('name')</script>" in title and "<script>alert('verdict')</script>" in title  # shown, as text
