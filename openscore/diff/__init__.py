"""Score changes for `openscore diff`: the data and rubrics at a git revision against the work tree, scored and compared."""
