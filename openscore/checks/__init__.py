"""Checks of data and rubric files for `openscore validate`, and score changes for `openscore diff`.

Every finding is an `openscore.errors.Problem` located with the file's `SourceMap`.
"""
