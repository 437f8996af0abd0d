from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from fakehub import hub_fixture  # noqa: F401 - the `hub` fixture (a local fake Hugging Face Hub) for every test

FIXTURES = Path(__file__).parent / "fixtures"

# Keep the suite's caches (validated data, Hub responses) out of the user's cache directory;
# subprocesses started by tests inherit this too. Tests that test the cache set their own.
os.environ.setdefault("OPENSCORE_CACHE_DIR", tempfile.mkdtemp(prefix="openscore-test-cache-"))
# Snapshots updated by `openscore sources update` go here, never to the user's data directory.
os.environ.setdefault("OPENSCORE_SNAPSHOT_DIR", tempfile.mkdtemp(prefix="openscore-test-snapshots-"))


@pytest.fixture
def fixture_data() -> Path:
    return FIXTURES / "models.yaml"


@pytest.fixture(autouse=True)
def _no_terminal_size_from_the_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    """Output widths come from each test, never from the terminal the suite runs in (pytest-xdist's workers set COLUMNS)."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


@pytest.fixture(autouse=True)
def english_to_start_with():
    """Every test starts in English: a command run with `--lang zh` in this process leaves its language behind."""
    from openscore import i18n

    i18n.set_language("en")
    yield
