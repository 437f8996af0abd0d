"""The words of `openscore diff` shared by the table and Markdown formats: 'old → new' cells, title, footer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from openscore.formats import wording

if TYPE_CHECKING:
    from openscore.diff.changes import CriterionChange, Diff, ModelChange, RubricChanges
    from openscore.domain.scorecard import Scorecard

HEAD = ("Model", "Change", "Result", "Score", "Criteria")


def title(diff: Diff) -> str:
    return f"Score changes against {diff.base} ({diff.commit[:12]})"


def cells(change: ModelChange) -> list[str]:
    """Model, change, result, score and criteria as words: 'old → new' where they differ."""
    return [f"{change.model_name} ({change.model_id})", change.change, _sides(change, wording.result), _sides(change, wording.score),
            "; ".join(_criterion(c) for c in change.criteria)]


def _sides(change: ModelChange, show: Callable[[Scorecard], str]) -> str:
    old, new = (show(card) if card else "" for card in (change.old, change.new))
    return f"{old} → {new}" if old and new and old != new else old or new


def _criterion(c: CriterionChange) -> str:
    def side(level: str | None, points: float | None) -> str:
        return "not in rubric" if level is None else f"{wording.level(level)} ({wording.number(points or 0)})"

    return f"{c.name}: {side(c.old_level, c.old_points)} → {side(c.new_level, c.new_points)}"


def unchanged(diff: Diff) -> list[RubricChanges]:
    return [r for r in diff.rubrics if not r.models and not r.note]


def footer(diff: Diff) -> str:
    quiet = [r.rubric.id for r in unchanged(diff)]
    if len(quiet) == len(diff.rubrics):
        return "No score or verdict changes."
    return f"No changes under: {', '.join(quiet)}." if quiet else ""
