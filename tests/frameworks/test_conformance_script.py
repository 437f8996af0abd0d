"""scripts/conformance.py measures agreement on checkouts of the frameworks' repositories; here on stand-in
checkouts built from the vendored MOF conformance set and the project's own EOSAI fixtures."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from openscore.rubrics import load_rubric

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
FRAMEWORKS = TESTS / "fixtures" / "frameworks"


def test_the_eosai_rubric_follows_the_index_parameters():
    categories = yaml.safe_load((FRAMEWORKS / "eosai-parameters.yml").read_text())
    rubric = load_rubric("eosai")
    assert [(g.id, g.name, list(g.criteria)) for g in rubric.groups] == [
        (c["ref"], c["name"], [p["ref"] for p in c["params"]]) for c in categories]
    types = {p["ref"]: sorted(p["types"]) for c in categories for p in c["params"]}
    assert {c.id: sorted(t.value for t in c.applies_to) for c in rubric.criteria} == types


def test_conformance_script_reports_every_agreement(tmp_path):
    mot = tmp_path / "mot" / "Test_Data"
    shutil.copytree(TESTS / "data" / "mot-conformance", mot)
    projects = tmp_path / "oc" / "projects"
    shutil.copytree(FRAMEWORKS / "eosai-2023", projects)
    osai = tmp_path / "osai"
    shutil.copytree(FRAMEWORKS / "eosai", osai)
    shutil.copy(FRAMEWORKS / "eosai-parameters.yml", osai / "_parameters.yml")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "conformance.py"), "--mot", str(tmp_path / "mot"),
                             "--eosai-2023", str(tmp_path / "oc"), "--eosai", str(osai), "-v"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "MOF (Model Openness Tool conformance set): agree 27 of 27" in result.stdout
    assert "EOSAI 2023 (opening-up-chatgpt projects): agree 6 of 6" in result.stdout
    assert "EOSAI (osai-index main-database systems): agree 4 of 4" in result.stdout


def test_conformance_script_lists_disagreements_and_fails(tmp_path):
    osai = tmp_path / "osai"
    shutil.copytree(FRAMEWORKS / "eosai", osai)
    shutil.copy(FRAMEWORKS / "eosai-parameters.yml", osai / "_parameters.yml")
    params = yaml.safe_load((osai / "_parameters.yml").read_text())
    params[2]["params"].append({"ref": "package", "types": ["text"]})  # a parameter openscore's rubric does not have
    (osai / "_parameters.yml").write_text(yaml.safe_dump(params))
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "conformance.py"), "--eosai", str(osai), "-v"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "agree 0 of 4" in result.stdout and "mean.yaml: index" in result.stdout
