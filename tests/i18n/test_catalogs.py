"""The Chinese catalog is complete, has nothing no code uses, and the shipped .mo matches it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("babel")
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "update_catalogs.py"


@pytest.fixture(scope="module")
def catalogs():
    spec = importlib.util.spec_from_file_location("update_catalogs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_catalogs"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def template(catalogs):
    return catalogs.extract()


def test_code_marks_messages_for_translation(template):
    assert len([m for m in template if m.id]) > 0


@pytest.mark.parametrize("language", ["zh"])
def test_every_message_is_translated_and_every_entry_used(catalogs, template, language):
    assert catalogs.problems(language, template) == []


@pytest.mark.parametrize("language", ["zh"])
def test_shipped_compiled_catalog_is_current(catalogs, language):
    shipped = catalogs.po_path(language).with_suffix(".mo").read_bytes()
    assert shipped == catalogs.compiled(language), "run python scripts/update_catalogs.py"
