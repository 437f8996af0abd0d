"""Find entries by the names people type: id, alias or Hugging Face repo, any case."""

from __future__ import annotations

from collections.abc import Iterable

from openscore.domain.evidence import ModelEntry


class UnknownModel(LookupError):
    def __init__(self, query: str, suggestions: list[str]):
        self.query, self.suggestions = query, suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no model '{query}'{hint}")


class AmbiguousModel(LookupError):
    def __init__(self, query: str, candidates: list[str]):
        self.query, self.candidates = query, candidates
        super().__init__(f"'{query}' could mean {', '.join(candidates)}; use one of these ids")


class Catalog:
    """An index over entries by every name they answer to."""

    def __init__(self, entries: Iterable[ModelEntry]):
        self.entries = tuple(entries)
        self._by_name: dict[str, list[ModelEntry]] = {}
        for entry in self.entries:
            for name in dict.fromkeys(n.lower() for n in entry.names()):
                self._by_name.setdefault(name, []).append(entry)

    def find(self, query: str) -> ModelEntry:
        """The one entry `query` names; raise UnknownModel or AmbiguousModel."""
        key = query.strip().lower()
        hits = self._by_name.get(key) or self._by_name.get(key.removeprefix("https://huggingface.co/"))
        if not hits:
            family = sorted(e.id for e in self.entries if e.family == key)
            if len(family) > 1:  # a family name such as 'llama' names several releases
                raise AmbiguousModel(query, family)
            raise UnknownModel(query, self.suggest(key))
        if len(hits) > 1:
            raise AmbiguousModel(query, [e.id for e in hits])
        return hits[0]

    def suggest(self, key: str, limit: int = 3) -> list[str]:
        import difflib  # only on a miss: keeps it off the start-up path of `rate`

        close = difflib.get_close_matches(key, list(self._by_name), n=8, cutoff=0.6)
        ids = [self._by_name[name][0].id for name in close]
        prefixed = sorted(e.id for e in self.entries if e.id.startswith(key) and len(key) >= 3)
        return list(dict.fromkeys([*ids, *prefixed]))[:limit]
