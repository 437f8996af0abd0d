"""The command line: a thin layer, one module per command.

A command's module is named after it, with `_cmd` exactly where that name is taken: by a Python
keyword or builtin (`import_cmd`, `list_cmd`, `license_cmd`) or by an openscore package
(`diff_cmd`: openscore.diff, `hub_cmd`: openscore.sources.hub, `rubrics_cmd`: openscore.rubrics,
`sources_cmd`: openscore.sources).
"""
