"""Where the Hub disagrees with a curated entry: repo name, license tag, gating, weight files."""

from __future__ import annotations

from dataclasses import dataclass

from openscore.domain.artifacts import ArtifactKind as K
from openscore.domain.evidence import RELEASED, ModelEntry, Status
from openscore.domain.licensing import LicenseResolver
from openscore.domain.rubric import RANK
from openscore.i18n import _, current
from openscore.sources.hub.model import HubModel
from openscore.words import level


@dataclass(frozen=True)
class Discrepancy:
    entry_id: str
    repo_id: str
    topic: str  # "renamed", "license", "gated" or "weights"
    message: str

    def __str__(self) -> str:
        return f"{self.entry_id}: {self.repo_id}: {self.topic}: {self.message}"


def discrepancies(entry: ModelEntry, repo_id: str, model: HubModel, resolve: LicenseResolver) -> list[Discrepancy]:
    """What the data file says about `entry`'s repo `repo_id` and its weights that the Hub's `model` contradicts."""
    kinds = [k for k in (K.WEIGHTS, K.FINETUNED_WEIGHTS) if k in entry.artifacts] or [K.WEIGHTS]
    status = max((entry.artifact(k).status for k in kinds), key=RANK.__getitem__)
    found: list[tuple[str, str]] = []
    if model.repo_id.lower() != repo_id.lower():
        found.append(("renamed", _("the Hub now calls the repo {repo}; the data file's hf_repos should follow").format(repo=model.repo_id)))
    ours = next((text for text in (entry.license_for(k)[0] for k in kinds) if text), None)
    theirs = model.license_text
    if theirs and theirs != "other" and not _same_license(ours, theirs, resolve):
        found.append(("license", _("the Hub's license tag is '{theirs}', the data file says {ours}").format(
            theirs=theirs, ours=repr(ours) if ours else _("nothing"))))
    if status is Status.OPEN and (model.gated or model.private):
        how = _("gated ({approval} approval)").format(approval=model.gated) if model.gated else _("private")
        found.append(("gated", _("the repo is now {how}, the data file says the weights are open").format(how=how)))
    if status in RELEASED and not model.weight_files:
        found.append(("weights", _("no weight files in the repo, the data file says the weights are {status}").format(
            status=status.value if current() == "en" else level(status.value))))
    return [Discrepancy(entry.id, repo_id, topic, message) for topic, message in found]


def _same_license(ours: str | None, theirs: str, resolve: LicenseResolver) -> bool:
    if ours is None:
        return False
    if ours.strip().lower() == theirs.strip().lower():
        return True
    a, b = resolve(ours), resolve(theirs)
    return bool(getattr(a, "recognised", False) and getattr(b, "recognised", False) and a.key.lower() == b.key.lower())
