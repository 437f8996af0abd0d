"""Names for entries built from other data (the Hub, other databases): an id from a display name, a family guess."""

from __future__ import annotations

import re


def slug(name: str) -> str:
    """An openscore id from a display name: 'Mistral 7B-Instruct' -> 'mistral-7b-instruct', 'Command-R+' -> 'command-r-plus'."""
    value = re.sub(r"[^a-z0-9.]+", "-", name.lower().replace("+", " plus "))
    return re.sub(r"-{2,}", "-", value).strip("-.")[:100]


def family_of(model_id: str) -> str:
    """The leading word of an id, as a family guess: 'llama-3.1-8b' -> 'llama'."""
    match = re.match(r"[a-z]+", model_id)
    return match.group(0) if match else model_id
