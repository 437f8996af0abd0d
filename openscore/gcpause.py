"""Pausing the garbage collector while many acyclic objects are built (no YAML, no heavy import)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_FREEZE_AFTER = 200_000  # objects built with the collector paused


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects that form no cycles.

    With a large live heap (a 10,000-entry data file), the collections that its allocations
    trigger cost more than the building itself. After a large build, everything alive is
    frozen (`gc.freeze`): later collections skip it, reference counting still frees it.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_count()[0] > _FREEZE_AFTER:
            gc.freeze()
        if collecting:
            gc.enable()
