"""The data file loader's fuzz target: its seed corpus and mutations always; a short atheris run when atheris is installed."""

from __future__ import annotations

import importlib.util
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "fuzz" / "fuzz_datafile.py"
CORPUS = ROOT / "fuzz" / "corpus"


def _target():
    spec = importlib.util.spec_from_file_location("fuzz_datafile", TARGET)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.test_one_input


def _seeds() -> list[bytes]:
    return [path.read_bytes() for path in sorted(CORPUS.iterdir())] + [(ROOT / "data" / "models.yaml").read_bytes()]


def test_corpus_and_mutations_load_or_fail_cleanly():
    """Byte flips, cuts and splices of the seeds: every one gives entries or an OpenscoreError (the target asserts which)."""
    test_one_input, seeds, rng = _target(), _seeds(), random.Random(9)
    for seed in seeds:
        test_one_input(seed)
    for _ in range(400):
        data = bytearray(rng.choice(seeds)[:4000])
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(data) + 1)
            how = rng.randrange(3) if at < len(data) else 2
            if how == 0:
                data[at] = rng.randrange(256)
            elif how == 1:
                del data[at : at + rng.randint(1, 40)]
            else:
                donor = rng.choice(seeds)
                start = rng.randrange(len(donor))
                data[at:at] = donor[start : start + rng.randint(1, 60)]
        test_one_input(bytes(data))


def test_short_atheris_run_finds_no_crash(tmp_path):
    pytest.importorskip("atheris", reason="the fuzz extra is not installed (pip install -e '.[fuzz]')")
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)  # libFuzzer adds what it finds to its corpus: not to the repository's
    done = subprocess.run(
        [sys.executable, str(TARGET), "-runs=20000", "-max_total_time=20", "-rss_limit_mb=2048", f"-artifact_prefix={tmp_path}/",
         str(corpus)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done" in done.stderr and not list(tmp_path.glob("crash-*"))
