"""Fuzz the data file loader with atheris: any bytes must give entries or an OpenscoreError, nothing else.

Run: pip install -e '.[fuzz]'; python fuzz/fuzz_datafile.py [libFuzzer options] [corpus dirs]
e.g. mkdir -p /tmp/corpus; python fuzz/fuzz_datafile.py -max_total_time=60 /tmp/corpus fuzz/corpus
libFuzzer adds what it finds to the first directory: keep that one out of the repository.
Seeds: fuzz/corpus/ (a valid, a synthetic and a hostile data file). A crash leaves crash-<hash> behind.
"""

from __future__ import annotations

import sys


def test_one_input(data: bytes) -> None:
    """Parse, validate and score `data` as a data file; only OpenscoreError may escape the loader."""
    from openscore.errors import OpenscoreError
    from openscore.sources.datafile import check_text

    try:
        checked = check_text(data, "fuzz.yaml")
    except OpenscoreError as error:
        assert error.problems and all("\n" not in str(p) for p in error.problems), error.problems
        return
    for problem in checked.problems:
        assert problem.line is not None and "\n" not in str(problem), problem
    entries = checked.valid()
    if entries:
        _score(entries)


def _score(entries: tuple) -> None:
    from openscore.domain.scorer import score
    from openscore.licenses import resolve
    from openscore.rubrics import load_rubric

    rubric = load_rubric()
    for entry in entries:
        card = score(entry, rubric, resolve)
        assert 0 <= card.score <= card.max_score


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["openscore", "yaml"]):
        import openscore.domain.scorer
        import openscore.licenses
        import openscore.rubrics
        import openscore.sources.datafile  # noqa: F401
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
