"""Find entries by the names people type: id, alias, display name, Hugging Face repo, in any case or spelling.

A name resolves, in order: exactly (any case, with or without a `huggingface.co/` or `hf.co/`
prefix); by its words (spaces, punctuation and letter-digit boundaries do not matter, so
"Llama 3.1", "llama3.1" and "LLAMA-3.1" agree; an organization's name in front is ignored);
as a family (its id or a family alias, which names every entry of the family); and last with
size and tuning suffixes dropped ("Qwen2-1.5B-Chat" → qwen2), which the match's note says (never that the
shorter name's facts cover a size the data does not record). Variants
(`ModelEntry.variants`) answer to their names like entries and resolve to their effective entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from openscore.domain.evidence import ModelEntry, Variant, effective


class UnknownModel(LookupError):
    def __init__(self, query: str, suggestions: list[str]):
        self.query, self.suggestions = query, suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no model '{query}'{hint}")


class AmbiguousModel(LookupError):
    def __init__(self, query: str, candidates: list[str]):
        self.query, self.candidates = query, candidates
        super().__init__(f"'{query}' could mean {', '.join(candidates)}; use one of these ids")


class SeriesModel(AmbiguousModel):
    """A name of a whole series: a family (its id or a family alias) of several releases, all of them `candidates`.

    `record` is a database record that has the series' name as its own id (`SOURCE:ID`), if any."""

    def __init__(self, query: str, candidates: list[str], family: str, record: str | None = None):
        super().__init__(query, candidates)
        self.family, self.record = family, record


@dataclass(frozen=True)
class Match:
    """What a name resolved to; `note` says how when the name was not the entry's own."""

    entry: ModelEntry
    note: str | None = None


_Item = tuple[ModelEntry, "Variant | None"]  # an entry, or one of its variants
_HUB = re.compile(r"^(?:https?://)?(?:www\.)?(?:hf\.co|huggingface\.co)/(?:models/)?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+|\d+")
_SPLIT = re.compile(r"[\s_/:·•,;()\[\]-]+")
# Sizes (7b, 1.5b, 8x7b, a22b), context lengths (128k), versions (v0.3) and dated updates (2507, 0324).
_SIZE = re.compile(r"^(?:\d+x)?\d+(?:\.\d+)?[bmkt]$|^a\d+(?:\.\d+)?b$|^v\d+(?:\.\d+)*$|^\d{4}$")
# Words that name a tuning, format or packaging of a release rather than another release.
_QUALIFIERS = frozenset(("instruct", "instruction", "chat", "it", "base", "hf", "sft", "dpo", "rlhf", "preview", "latest",
                         "gguf", "awq", "gptq", "fp8", "fp16", "bf16", "int4", "int8", "mlx", "onnx"))


def words(text: str) -> str:
    """The words of a name, lower-cased and separated by single spaces: its spelling-free key."""
    found = _WORD.findall(_HUB.sub("", text.strip()).lower())
    if "".join(found).isascii():
        return " ".join(found)
    joined: list[str] = []  # Chinese words are not spaced: "通义 千问" is "通义千问"
    for word in found:
        if joined and _cjk(joined[-1][-1]) and _cjk(word[0]):
            joined[-1] += word
        else:
            joined.append(word)
    return " ".join(joined)


def _cjk(char: str) -> bool:
    """A CJK ideograph (the unified blocks and extension A), written without spaces between words."""
    return "\u3400" <= char <= "\u9fff"


class Catalog:
    """An index over entries (and their variants) by every name they answer to."""

    def __init__(self, entries: Iterable[ModelEntry]):
        self.entries = tuple(entries)
        self._exact: dict[str, list[_Item]] = {}
        for entry in self.entries:
            for item in (None, *entry.variants):
                names = (item or entry).names()
                for name in dict.fromkeys(n.lower() for n in names):
                    self._exact.setdefault(name, []).append((entry, item))
        self._loose: dict[str, list[_Item]] | None = None  # built on the first miss: `rate ID` never needs it
        self._families: dict[str, list[ModelEntry]] | None = None

    @property
    def variants(self) -> tuple[ModelEntry, ...]:
        """The effective entry of every variant, in file order."""
        return tuple(effective(entry, variant) for entry in self.entries for variant in entry.variants)

    def find(self, query: str) -> ModelEntry:
        """The one entry or variant `query` names; raise UnknownModel or AmbiguousModel."""
        return self.resolve(query).entry

    def resolve(self, query: str) -> Match:
        """`find`, saying how the name was understood when it was not an exact name."""
        found = self.lookup(query)
        if found is None:
            raise UnknownModel(query, self.suggest(query))
        return found

    def lookup(self, query: str) -> Match | None:
        """`resolve` without the suggestions on a miss (None): for asking several catalogs in turn."""
        return self.exact(query) or self.loose(query)

    def exact(self, query: str) -> Match | None:
        """The entry or variant `query` is exactly a name of (any case, Hub prefix or not); else None."""
        key = query.strip().lower()
        hits = self._exact.get(key) or self._exact.get(_HUB.sub("", key).strip("/"))
        return Match(self._one(query, hits)) if hits else None

    def loose(self, query: str) -> Match | None:
        """What `query` names by its words, as a family, or without its size and tuning words; else None."""
        spelled = words(query)
        family = self._family(query, spelled, series=True)  # before display names: 'llama' is the family, not LLaMA 1 alone
        if family:
            return Match(family, f"'{query}' names the family {family.family}, of which the data holds one entry")
        hits = self._loose_hits(spelled)
        if hits:
            return Match(self._one(query, hits))
        reduced = _without_qualifiers(query)
        while reduced:
            shorter = words(reduced)
            hits = self._loose_hits(shorter)
            if hits:
                found = self._one(query, hits)
                return Match(found, _instead(query, reduced, found, "variant" if found.variant_of else "entry"))
            family = self._family(query, shorter)
            if family:
                return Match(family, _instead(query, reduced, family, f"one entry of the family {family.family}"))
            reduced = _without_qualifiers(reduced)
        return None

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """Ids close to `query`: the same family (first word) first, then by edit distance."""
        import difflib  # only on a miss: keeps it off the start-up path of `rate`

        spelled = words(query)
        if not spelled:
            return []
        head = spelled.split()[0]
        best: dict[str, float] = {}
        for key, items in self._loose_index().items():
            ratio = difflib.SequenceMatcher(None, spelled, key).ratio()
            same_family = key.split()[0] == head or any(words(e.family) == head for e, _ in items)
            score = ratio + (0.5 if same_family else 0.0)
            if score >= 0.75:
                for entry, variant in items:
                    name = (variant or entry).id
                    best[name] = max(best.get(name, 0.0), score)
        ranked = sorted(best, key=lambda name: (-best[name], name))
        return ranked[:limit]

    def _one(self, query: str, hits: list[_Item]) -> ModelEntry:
        unique = list(dict.fromkeys((entry.id, variant.id if variant else None) for entry, variant in hits))
        if len(unique) > 1:
            raise AmbiguousModel(query, [variant or entry for entry, variant in unique])
        entry, variant = hits[0]
        return effective(entry, variant) if variant else entry

    def is_series(self, name: str) -> bool:
        """Whether `name` is the name of a family of several entries (what `rate` shows as a series)."""
        self._family_index()
        return len(self._families.get(words(name), ())) > 1  # type: ignore[union-attr]

    def _family_index(self) -> None:
        if self._families is None:  # a family alias names the whole family, whichever of its entries lists it
            names = {words(name): entry.family for entry in self.entries for name in (entry.family, *entry.family_aliases)}
            self._families = {key: [e for e in self.entries if e.family == family] for key, family in names.items()}

    def _loose_hits(self, spelled: str) -> list[_Item]:
        if not spelled:
            return []
        index = self._loose_index()
        hits = index.get(spelled)
        if hits:
            return hits
        for entry in self.entries:  # an organization's name in front: "Meta Llama 3.1", "Qwen Qwen2-7B"
            for org in (entry.organization, *entry.organization_aliases, entry.organization_zh or ""):
                prefix = words(org)
                if prefix and spelled.startswith(prefix + " ") and index.get(spelled[len(prefix) + 1:]):
                    return index[spelled[len(prefix) + 1:]]
        return []

    def _family(self, query: str, spelled: str, series: bool = False) -> ModelEntry | None:
        """The entry of a family of one that `spelled` names; for a family of several, SeriesModel when `series`
        (the name the user typed is the family's), else AmbiguousModel (a shortened name); else None."""
        self._family_index()
        members = self._families.get(spelled, [])  # type: ignore[union-attr]
        if len(members) > 1:  # a family name such as 'llama' names several releases
            ids = sorted(e.id for e in members)
            raise SeriesModel(query, ids, members[0].family) if series else AmbiguousModel(query, ids)
        return members[0] if members else None

    def _loose_index(self) -> dict[str, list[_Item]]:
        if self._loose is None:
            self._loose = {}
            for entry in self.entries:
                for variant in (None, *entry.variants):
                    for key in _keys(entry, variant):
                        items = self._loose.setdefault(key, [])
                        if (entry, variant) not in items:
                            items.append((entry, variant))
        return self._loose


def _keys(entry: ModelEntry, variant: Variant | None) -> set[str]:
    """Every spelling-free key an entry or variant answers to."""
    item = variant or entry
    names = [*item.names(), item.name, item.name_zh or ""]
    for repo in item.hf_repos:
        owner, _, name = repo.partition("/")
        names.append(name)
        first, _, rest = name.partition("-")
        if rest and words(first) and words(first) in words(owner):  # meta-llama/Meta-Llama-3-8B answers to Llama-3-8B
            names.append(rest)
    return {key for key in map(words, names) if key}


def _instead(query: str, reduced: str, found: ModelEntry, kind: str) -> str:
    """The note for a name answered by a shorter one: what the data does not record, and what is shown instead."""
    parts = [p for p in _SPLIT.split(_HUB.sub("", query.strip()).lower()) if p]
    sizes = [word for word in parts[len(reduced.split()):] if _SIZE.match(word)]
    missing = f"no size {', '.join(sizes)} of '{found.id}'" if sizes else f"no entry or variant '{query}'"
    return f"the data records {missing}; showing the {kind} '{found.id}' ({found.name}) instead"


def _without_qualifiers(name: str) -> str:
    """`name` without its last size or tuning word ("Qwen2-72B-Instruct" → "Qwen2-72B" → "Qwen2"); "" when none is left."""
    parts = [p for p in _SPLIT.split(_HUB.sub("", name.strip()).lower()) if p]
    if len(parts) > 1 and (parts[-1] in _QUALIFIERS or _SIZE.match(parts[-1])):
        return " ".join(parts[:-1])
    return ""
