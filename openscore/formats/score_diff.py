"""The words of `openscore diff` shared by the table and Markdown formats: 'old → new' cells, title, footer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from openscore.formats import wording
from openscore.i18n import N_, _

if TYPE_CHECKING:
    from openscore.diff.changes import CriterionChange, Diff, ModelChange, RubricChanges
    from openscore.domain.scorecard import Scorecard

HEAD = (N_("Model"), N_("Change"), N_("Result"), N_("Score"), N_("Criteria"))  # translated where shown
CHANGES = {"added": N_("added"), "removed": N_("removed"), "changed": N_("changed")}


def title(diff: Diff) -> str:
    return _("Score changes against {base} ({commit})").format(base=diff.base, commit=diff.commit[:12])


def cells(change: ModelChange) -> list[str]:
    """Model, change, result, score and criteria as words: 'old → new' where they differ."""
    return [change.model_name + wording.id_after(change.model_name, change.model_id), _(CHANGES[change.change]),
            _sides(change, wording.result), _sides(change, wording.score), _("; ").join(_criterion(c) for c in change.criteria)]


def _sides(change: ModelChange, show: Callable[[Scorecard], str]) -> str:
    old, new = (show(card) if card else "" for card in (change.old, change.new))
    return f"{old} → {new}" if old and new and old != new else old or new


def _criterion(c: CriterionChange) -> str:
    def side(level: str | None, points: float | None) -> str:
        return _("not in rubric") if level is None else f"{wording.level(level)} ({wording.number(points or 0)})"

    return _("{criterion}: {old} → {new}").format(criterion=c.name, old=side(c.old_level, c.old_points), new=side(c.new_level, c.new_points))


def unchanged(diff: Diff) -> list[RubricChanges]:
    return [r for r in diff.rubrics if not r.models and not r.note]


def footer(diff: Diff) -> str:
    quiet = [r.rubric.id for r in unchanged(diff)]
    if len(quiet) == len(diff.rubrics):
        return _("No score or verdict changes.")
    return _("No changes under: {rubrics}.").format(rubrics=", ".join(quiet)) if quiet else ""
