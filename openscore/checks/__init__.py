"""Checks of data and rubric files for `openscore validate` (score changes are in `openscore.diff`).

Every finding is an `openscore.errors.Problem` located with the file's `SourceMap`.
"""
