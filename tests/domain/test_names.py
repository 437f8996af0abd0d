"""domain.names: one rule, one message for names across data files (entries, variants, family aliases)."""

from __future__ import annotations

import datetime as dt

from openscore.domain.evidence import ModelEntry
from openscore.domain.names import clashes


def entry(model_id: str, aliases: tuple[str, ...] = (), repos: tuple[str, ...] = (), family: str = "f",
          family_aliases: tuple[str, ...] = ()) -> ModelEntry:
    return ModelEntry(id=model_id, name=model_id, organization="o", family=family, aliases=aliases, hf_repos=repos,
                      family_aliases=family_aliases, last_reviewed=dt.date(2026, 1, 1))


def test_duplicate_id_across_files_in_any_case():
    [clash] = clashes([("a.yaml", [(0, entry("x"))]), ("b.yaml", [(3, entry("x"))])])
    assert (clash.kind, clash.place, clash.first) == ("duplicate-id", ("b.yaml", ("models", 3, "id")), ("a.yaml", ("models", 0, "id")))
    assert clash.message("a.yaml:2") == "duplicate id 'x' (first at a.yaml:2)"


def test_the_same_file_given_twice_is_no_clash_with_itself():
    same = [(0, entry("x", ("ex",), ("org/x",)))]
    assert clashes([("a.yaml", same), ("a.yaml", same)]) == []


def test_an_alias_that_is_another_entrys_id_shadows_it_whatever_the_order():
    [clash] = clashes([("a.yaml", [(0, entry("y", ("X",))), (1, entry("x"))])])
    assert clash.kind == "shadows-id" and clash.first == ("a.yaml", ("models", 1, "id"))
    assert clash.message("a.yaml:9") == "alias 'X' of 'y' shadows the id of 'x' (a.yaml:9)"


def test_a_repo_or_alias_of_two_entries():
    [clash] = clashes([("a.yaml", [(0, entry("x", repos=("org/m",))), (1, entry("y", repos=("ORG/M",)))])])
    assert clash.kind == "shared-name" and clash.place == ("a.yaml", ("models", 1, "hf_repos", 0))
    assert clash.message("a.yaml:4") == "Hugging Face repo 'ORG/M' of 'y' is also a name of 'x' (a.yaml:4)"


def test_a_family_alias_names_one_family_and_nothing_else():
    found = clashes([("a.yaml", [(0, entry("x", family="acme", family_aliases=("Acme family",))),
                                 (1, entry("y", family="other", family_aliases=("acme family", "x")))])])
    assert [c.message("a.yaml:2") for c in found] == [
        "family alias 'acme family' of 'y' (family other) already names family acme",
        "family alias 'x' of 'y' is also a name of 'x' (a.yaml:2)"] or sorted(c.kind for c in found) == [
        "family-alias-family", "family-alias-taken"]


def test_an_entrys_own_names_never_clash():
    assert clashes([("a.yaml", [(0, entry("x", ("X", "x-1"), ("org/x-1",)))])]) == []
