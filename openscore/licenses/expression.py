"""SPDX expressions (`Apache-2.0 AND CC-BY-4.0`, `MIT OR Apache-2.0`, `X WITH exception`).

Each license in an expression is resolved on its own, then combined: AND takes the most
restrictive class of its parts (every license applies), OR the most open (the user may pick,
so only the chosen part's restrictions count). `WITH` adds an exception, which only grants
more, so it keeps its license's class.

license-expression parses. A flat list of licenses openscore knows by their ids, joined by one
operator (`Apache-2.0 AND CC-BY-4.0`, the usual case in data files), is split directly instead:
importing the library would cost more start-up time than everything else here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any, NamedTuple

from openscore.licenses.record import CONTENT_TYPES, OPENNESS, LicenseRecord

Resolve = Callable[[str], LicenseRecord]
_FLAT = re.compile(r"\s+(AND|OR)\s+", re.IGNORECASE)


class _Node(NamedTuple):
    record: LicenseRecord
    key: str
    name: str
    spdx: str | None
    operator: str | None  # "AND", "OR", or None for one license


def flat(text: str, known: Callable[[str], LicenseRecord | None]) -> LicenseRecord | None:
    """The record of `A AND B AND ...` (or OR) when `known` finds every part; None otherwise."""
    pieces = _FLAT.split(text)
    operators = {op.upper() for op in pieces[1::2]}
    if len(operators) != 1 or "(" in text or ")" in text:
        return None
    parts = [known(p) for p in pieces[::2]]
    if not all(parts):
        return None
    return replace(_join(operators.pop(), [_leaf(p) for p in parts if p]).record, query=text)


def combine(text: str, resolve_one: Resolve) -> LicenseRecord:
    """The record of any expression license-expression parses; ValueError (with its message) if it does not."""
    try:
        tree = _licensing().parse(text)
    except Exception as error:  # the parser raises several exception types on bad input
        raise ValueError(str(error) or type(error).__name__) from None
    if tree is None:
        raise ValueError("empty expression")
    node = _walk(tree, resolve_one)
    return replace(node.record, query=text, key=node.key, name=node.name, spdx=node.spdx)


@cache
def _licensing() -> Any:
    from license_expression import Licensing

    return Licensing()  # no known symbols: openscore looks every license up itself


def _walk(tree: Any, resolve_one: Resolve) -> _Node:
    from license_expression import AND, OR, LicenseWithExceptionSymbol

    if isinstance(tree, (AND, OR)):
        return _join("AND" if isinstance(tree, AND) else "OR", [_walk(arg, resolve_one) for arg in tree.args])
    if isinstance(tree, LicenseWithExceptionSymbol):
        from openscore.licenses.index import exception_id

        base = _leaf(resolve_one(tree.license_symbol.key))
        exception = exception_id(tree.exception_symbol.key) or tree.exception_symbol.key
        spdx = f"{base.spdx} WITH {exception}" if base.spdx else None
        return _Node(base.record, f"{base.key} WITH {exception}", f"{base.name} with {exception}", spdx, None)
    return _leaf(resolve_one(tree.key))


def _leaf(record: LicenseRecord) -> _Node:
    return _Node(record, record.key, record.name, record.spdx, None)


def _join(operator: str, parts: list[_Node]) -> _Node:
    def text(part: _Node, value: str) -> str:
        return f"({value})" if part.operator and part.operator != operator else value

    records = [p.record for p in parts]
    rank = OPENNESS.__getitem__
    if operator == "AND":
        cls, chosen, flag = max((r.license_class for r in records), key=rank), records, all
    else:
        cls = min((r.license_class for r in records), key=rank)
        chosen, flag = [next(r for r in records if r.license_class is cls)], any
    key = f" {operator} ".join(text(p, p.key) for p in parts)
    spdx = f" {operator} ".join(text(p, p.spdx) for p in parts if p.spdx) if all(p.spdx for p in parts) else None
    merged = LicenseRecord(
        query=key,
        key=key,
        name=f" {operator.lower()} ".join(text(p, p.name) for p in parts),
        license_class=cls,
        recognised=all(r.recognised for r in records),
        spdx=spdx,
        osi_approved=flag(r.osi_approved for r in records),
        fsf_libre=flag(r.fsf_libre for r in records),
        content_types=tuple(t for t in CONTENT_TYPES if any(t in r.content_types for r in records)),
        restrictions=_unique(x for r in chosen for x in r.restrictions),
        properties=_unique(p for r in chosen for p in r.properties),
        sources=_unique(s for r in records for s in r.sources),
        suggestions=_unique(s for r in records for s in r.suggestions),
        warning="; ".join(r.warning for r in records if r.warning) or None,
    )
    return _Node(merged, key, merged.name, spdx, operator)


def _unique(items: Any) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(items))
