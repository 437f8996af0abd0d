"""`rate MODEL --sources` and `sources diff`: what each source says, and where they disagree."""

from __future__ import annotations

import datetime as dt
import json

from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.domain.evidence import ModelEntry
from openscore.sources.disagreements import resolved_key, side_by_side
from openscore.sources.interface import Provenance

runner = CliRunner()


def entry(id: str, artifacts: dict, licenses: dict | None = None) -> ModelEntry:
    return ModelEntry.model_validate({"id": id, "name": id, "organization": "Org", "family": "x", "last_reviewed": dt.date(2025, 1, 1),
                                      "licenses": licenses or {}, "artifacts": artifacts})


def test_disagreement_on_status_and_on_the_license_that_applies_but_not_on_spelling():
    curated = entry("x-7b", {"weights": {"status": "open", "license": "Apache-2.0", "url": "https://e.org/w"},
                             "model_card": {"status": "open", "url": "https://e.org/c"},
                             "pretraining_data": {"status": "closed"}})
    mot = entry("x-7b", {"weights": {"status": "open", "license": "Apache 2.0"}, "model_card": {"status": "open"},
                         "pretraining_data": {"status": "open"}, "training_code": {"status": "unknown"}},
                licenses={"distribution": "MIT"})
    view = side_by_side([(curated, Provenance("curated", "c"), "curated"), (mot, Provenance("mot", "m", reviewed=False), "repo")], resolved_key)
    rows = {row.kind: row for row in view.rows}
    assert rows["weights"].differs == ()  # Apache-2.0 and 'Apache 2.0' are one license
    assert rows["pretraining_data"].differs == ("status",)
    assert rows["model_card"].differs == ()  # a license only one source names is a gap, not a disagreement
    assert "training_code" not in rows  # unknown everywhere is no fact


def test_rate_sources_shows_every_source_and_marks_disagreements():
    result = runner.invoke(app, ["rate", "falcon-40b", "--sources"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "curated:falcon-40b" in result.stdout and "mot:falcon-40b" in result.stdout and "≠" in result.stdout
    data = json.loads(runner.invoke(app, ["rate", "falcon-40b", "--sources", "--format", "json"]).stdout)
    assert data["kind"] == "sources-side-by-side" and [m["name"] for m in data["members"]][:2] == ["curated:falcon-40b", "mot:falcon-40b"]
    assert data["members"][1]["record"] == "models/Falcon-40B.yml" and data["members"][1]["reviewed"] is False
    assert any(a["differs"] for a in data["artifacts"])


def test_sources_diff_lists_linked_releases_artifact_by_artifact():
    data = json.loads(runner.invoke(app, ["sources", "diff", "--format", "json"]).stdout)
    assert data["kind"] == "sources-diff" and len(data["releases"]) >= 20
    for release in data["releases"]:
        assert len(release["members"]) >= 2 and release["artifacts"]
        assert all(a["differs"] for a in release["artifacts"])
    markdown = runner.invoke(app, ["sources", "diff", "--format", "markdown"]).stdout
    assert markdown.startswith("# Where the sources disagree") and "| Artifact |" in markdown


def test_what_is_not_released_shows_no_license_but_its_own():
    """A closed artifact is under no license: the release's license is not shown on it ("closed · llama3")."""
    curated = entry("x-7b", {"preprocessing_code": {"status": "closed"},
                             "weights": {"status": "closed", "license": "Proprietary"},
                             "inference_code": {"status": "open", "url": "https://e.org/i"}},
                    licenses={"distribution": "llama3"})
    view = side_by_side([(curated, Provenance("curated", "c"), "curated")], resolved_key)
    said = {row.kind: row.said[0] for row in view.rows}
    assert said["preprocessing_code"].license is None
    assert said["weights"].license == "Proprietary"  # written on the artifact by its record
    assert said["inference_code"].license == "llama3"  # released: the license that applies
