"""What the hostile-input tests share: one-line error checks, entries of any shape (hypothesis strategies), a private cache.

Whatever a data file holds, openscore ends with a result or one-line errors and exit 2, never a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from openscore.cli.app import app
from openscore.domain.artifacts import ArtifactKind
from openscore.domain.evidence import ModelEntry, Status
from openscore.rubrics import load_all

runner = CliRunner()
ERROR_LINE = re.compile(r"^openscore: (\S.*: )?(error|warning|note): \S.*$")
LOCATED = re.compile(r"^openscore: .+\.yaml:\d+:\d+: error: \S.*$")
NOTE = re.compile(r"^openscore: note: .+ does not validate: .*run `openscore validate` for the full list$")
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


# Entries of any shape, for the property-based tests of the scorer and the formats.
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
