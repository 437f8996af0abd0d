"""What the checks are told: today's date, how old a review may be, and the license resolver."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Options:
    today: dt.date
    max_age: int | None = 365  # days since last_reviewed before a warning; None: never warn
    resolve: Callable[[str], Any] | None = None  # openscore.licenses.resolve; None: skip license checks
