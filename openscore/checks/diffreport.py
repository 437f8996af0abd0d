"""`openscore diff` output: a terminal table, Markdown for a pull request, or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import TextIO

from openscore.checks.changes import CriterionChange, Diff, ModelChange, RubricChanges
from openscore.domain.scorecard import Scorecard
from openscore.formats import text
from openscore.formats.escape import markdown as esc
from openscore.formats.escape import markdown_code as code
from openscore.textsafe import clean

HEAD = ("Model", "Change", "Result", "Score", "Criteria")


def render(diff: Diff, fmt: str, out: TextIO) -> None:
    {"table": _table, "markdown": _markdown, "json": _json}[fmt](diff, out)


def title(diff: Diff) -> str:
    return f"Score changes against {diff.base} ({diff.commit[:12]})"


def _cells(change: ModelChange) -> list[str]:
    """Model, change, result, score and criteria as words: 'old → new' where they differ."""
    return [f"{change.model_name} ({change.model_id})", change.change, _sides(change, text.result), _sides(change, text.score),
            "; ".join(_criterion(c) for c in change.criteria)]


def _sides(change: ModelChange, show: Callable[[Scorecard], str]) -> str:
    old, new = (show(card) if card else "" for card in (change.old, change.new))
    return f"{old} → {new}" if old and new and old != new else old or new


def _criterion(c: CriterionChange) -> str:
    def side(level: str | None, points: float | None) -> str:
        return "not in rubric" if level is None else f"{text.level(level)} ({text.number(points or 0)})"

    return f"{c.name}: {side(c.old_level, c.old_points)} → {side(c.new_level, c.new_points)}"


def _unchanged(diff: Diff) -> list[RubricChanges]:
    return [r for r in diff.rubrics if not r.models and not r.note]


def _table(diff: Diff, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=False, markup=False, emoji=False)
    console.print(Text(clean(title(diff)), style="bold"))
    for note in diff.notes:
        console.print(Text(clean(note), style="dim"))
    for changes in diff.rubrics:
        if not changes.models and not changes.note:
            continue
        console.print(Text(clean(f"\n{changes.rubric.name} (rubric {changes.rubric.id})"), style="bold"))
        if changes.note:
            console.print(Text(clean(changes.note), style="dim"))
        if not changes.models:
            console.print("no changes")
            continue
        table = Table(show_lines=True)
        for name in HEAD:
            table.add_column(name, overflow="fold")
        for change in changes.models:
            table.add_row(*(Text(clean(cell)) for cell in _cells(change)))
        console.print(table)
    console.print(Text(clean(_footer(diff))))


def _footer(diff: Diff) -> str:
    quiet = [r.rubric.id for r in _unchanged(diff)]
    if len(quiet) == len(diff.rubrics):
        return "No score or verdict changes."
    return f"No changes under: {', '.join(quiet)}." if quiet else ""


def _markdown(diff: Diff, out: TextIO) -> None:
    lines = [f"### Score changes against {esc(diff.base)} ({code(diff.commit[:12])})"]
    lines += ["", *(f"> {esc(note)}" for note in diff.notes)] if diff.notes else []
    for changes in diff.rubrics:
        if not changes.models and not changes.note:
            continue
        lines += ["", f"#### {esc(changes.rubric.name)} (rubric {code(changes.rubric.id)})", ""]
        if changes.note:
            lines += [f"> {esc(changes.note)}", ""]
        if not changes.models:
            lines.append("No changes.")
            continue
        lines += ["| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD)]
        lines += ["| " + " | ".join(_cell(v) for v in _cells(change)) + " |" for change in changes.models]
    footer = _footer(diff)
    out.write("\n".join([*lines, *(["", esc(footer)] if footer else [])]) + "\n")


def _cell(value: str) -> str:
    return esc(value) or " "


def _json(diff: Diff, out: TextIO) -> None:
    def card(c: Scorecard | None) -> dict[str, object] | None:
        if c is None:
            return None
        return {"score": c.score, "max_score": c.max_score, "verdict": c.verdict.id if c.verdict else None, "tier": c.tier}

    document = {
        "openscore": "1",
        "kind": "score-diff",
        "base": diff.base,
        "base_commit": diff.commit,
        "notes": list(diff.notes),
        "rubrics": [
            {"id": r.rubric.id, "name": r.rubric.name, "version": r.rubric.version, "note": r.note,
             "changes": [{"model_id": m.model_id, "model_name": m.model_name, "change": m.change,
                          "old": card(m.old), "new": card(m.new),
                          "criteria": [asdict(c) for c in m.criteria]} for m in r.models]}
            for r in diff.rubrics
        ],
    }
    from openscore.textsafe import json_text

    out.write(json_text(json.dumps(document, indent=2, ensure_ascii=False)) + "\n")

