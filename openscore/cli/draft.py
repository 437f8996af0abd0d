"""`openscore draft org/name`: a ready-to-edit data-file entry built from Hub evidence."""

from __future__ import annotations

from typing import Annotated

import typer

from openscore.cli import common, hub_cmd
from openscore.domain.evidence import ModelEntry
from openscore.i18n import _


@common.reports_errors
def draft(
    repo: Annotated[str, typer.Argument(metavar="REPO", help="Hugging Face repo id, org/name.")],
    refresh: hub_cmd.RefreshOption = False,
    cache_dir: hub_cmd.CacheDirOption = None,
    force: Annotated[bool, typer.Option("--force", help="Draft even when an entry of the data already lists the repo.")] = False,
) -> None:
    """Print a data-file entry for a Hub repo: facts the Hub shows, `unknown` where it says nothing.

    Save it, check and complete it, try it with `openscore rate ID --data FILE`, then move it into data/models.yaml.
    """
    from openscore.errors import EXIT_USAGE

    listed = None if force else _listed(repo)
    if listed is not None:
        shown = repo.strip().removeprefix("https://huggingface.co/").strip("/")
        typer.echo(common.one_line(_("openscore: {repo} is already covered by {id} ({name}); see `openscore rate {id}`, or draft it "
                                     "anyway with --force").format(repo=shown, id=listed.id, name=listed.name)), err=True)
        return
    assessed = hub_cmd.assess(repo, refresh, cache_dir)
    if assessed is None:
        raise common.OpenscoreError(_("'{repo}' is not a Hugging Face repo id (org/name)").format(repo=repo), EXIT_USAGE)
    common.render("yaml", "draft", assessed)


def _listed(repo: str) -> ModelEntry | None:
    """The entry of the data in use that lists `repo` among its Hugging Face repos (any case), if one does."""
    from openscore.errors import OpenscoreError

    wanted = repo.strip().removeprefix("https://huggingface.co/").removeprefix("hf.co/").strip("/").lower()
    try:
        entries = common.load_catalog(None, ["curated"]).entries
    except OpenscoreError:
        return None  # the data's own problems are `validate`'s business; drafting does not need it
    return next((e for e in entries if wanted in {r.lower() for r in e.hf_repos}), None)


def register(app: typer.Typer) -> None:
    app.command()(draft)
