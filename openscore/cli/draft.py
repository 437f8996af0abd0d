"""`openscore draft org/name`: a ready-to-edit data-file entry built from Hub evidence."""

from __future__ import annotations

from typing import Annotated

import typer

from openscore.cli import common, hub_cmd


@common.reports_errors
def draft(
    repo: Annotated[str, typer.Argument(help="Hugging Face repo id, org/name.")],
    refresh: hub_cmd.RefreshOption = False,
    cache_dir: hub_cmd.CacheDirOption = None,
) -> None:
    """Print a data-file entry for a Hub repo: facts the Hub shows, `unknown` where it says nothing.

    Save it, check and complete it, try it with `openscore rate ID --data FILE`, then move it into data/models.yaml.
    """
    from openscore.errors import EXIT_USAGE

    assessed = hub_cmd.assess(repo, refresh, cache_dir)
    if assessed is None:
        raise common.OpenscoreError(f"'{repo}' is not a Hugging Face repo id (org/name)", EXIT_USAGE)
    common.render("yaml", "draft", assessed)


def register(app: typer.Typer) -> None:
    app.command()(draft)
