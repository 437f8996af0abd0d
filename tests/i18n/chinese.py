"""What may stay in Latin letters in Chinese output: identifiers and proper names, taken from the data.

`leftover_english(text)` removes, longest first, every identifier the data and code define (model
ids, names, aliases, organizations, families, Hugging Face repos, license strings, keys, names and
SPDX ids, rubric/criterion/verdict/tier ids, enum values, artifact kinds), URLs and command-line
options, and the Latin words the Chinese translations keep on purpose (OSI, API, Hugging Face…:
taken from the catalog and the overlay's Chinese texts). Whatever English word remains was not
translated.
"""

from __future__ import annotations

import functools
import re

from openscore.domain.artifacts import ArtifactKind, ContentType
from openscore.domain.evidence import ModelType
from openscore.domain.licensing import LicenseClass
from openscore.domain.rubric import Basis, Combine, Level

WORD = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z'’]*(?!\w)")  # a word, not the unit of a number (7B, A14B)
URL = re.compile(r"https?://\S+")
OPTION = re.compile(r"--[a-z][a-z-]*")
PHRASE = re.compile(r"(?<!\w)(?:[A-Za-z][A-Za-z0-9'’ .$>/-]*[A-Za-z0-9]|[A-Za-z])")


@functools.cache
def allowed_strings() -> tuple[str, ...]:
    from openscore import i18n
    from openscore.cli.common import load_catalog
    from openscore.licenses.index import index
    from openscore.rubrics import available, load_rubric

    found: set[str] = {"openscore", "ScanCode"}
    from openscore.resources import bundled
    from openscore.sources.registry import names

    # the bundled data and the bundled database snapshots, whatever the working directory
    for entry in load_catalog([bundled("data") / "models.yaml"], names()).entries:
        found.update((entry.id, entry.name, entry.organization, entry.family, *entry.aliases, *entry.hf_repos))
        for field in ("name_zh", "organization_zh"):
            found.add(getattr(entry, field, None) or "")
        for key in ("distribution", "code", "data", "document"):
            found.add(getattr(entry.licenses, key) or "")
        for artifact in entry.artifacts.values():
            found.add(artifact.license or "")
        for variant in getattr(entry, "variants", ()):
            found.update((variant.id, variant.name, *variant.aliases, *variant.hf_repos))
            found.update(repo.split("/", 1)[1] for repo in variant.hf_repos)
        found.update(repo.split("/", 1)[1] for repo in entry.hf_repos)
    data = index()
    for key, record in data["curated"].items():
        found.update((key, record["name"], record.get("spdx") or "", record.get("scancode") or ""))
    for key, line in data["spdx"].items():
        name, _, _, category, *_ = line.split("\t")
        found.update((key, name, category))
    for name in available():
        rubric = load_rubric(name)
        found.update((rubric.id, rubric.version, *(c.id for c in rubric.criteria), *(v.id for v in rubric.verdicts),
                      *(t.id for t in rubric.tiers)))
    for enum in (ArtifactKind, ContentType, LicenseClass, Basis, Combine, Level, ModelType):
        found.update(member.value for member in enum)
    from openscore.formats import FORMATS

    found.update(FORMATS)  # format names (`--format markdown`)
    found.update(_kept_by_translations(i18n))
    return tuple(sorted((s for s in found if s and WORD.search(s)), key=len, reverse=True))


def _kept_by_translations(i18n) -> set[str]:
    """Runs of Latin words inside the Chinese texts themselves (the catalog's and the overlay's): kept on purpose.

    Whole runs ("Built with Llama", "Hugging Face Hub"), not single words, so no common word is let through alone."""
    import gettext

    from openscore.licenses.index import index

    catalog = gettext.translation(i18n.DOMAIN, i18n.LOCALE_DIR, languages=["zh"])
    texts = [t for pair in catalog._catalog.items() for t in pair[1:]]  # type: ignore[attr-defined]
    texts += list(index().get("zh", {}).values())
    from openscore.cli.common import load_catalog
    from openscore.resources import bundled
    from openscore.rubrics import available, load_rubric

    for entry in load_catalog([bundled("data") / "models.yaml"]).entries:  # the data's own Chinese texts
        texts += [entry.notes_zh or "", *(a.notes_zh or "" for a in entry.artifacts.values())]
    for name in available():
        rubric = load_rubric(name)
        for obj in (rubric, *rubric.criteria, *rubric.verdicts, *rubric.tiers, *rubric.substitutions):
            texts += list((obj.zh or {}).values())
    return {run.strip() for text in texts if isinstance(text, str) for run in PHRASE.findall(_without_identifiers(text))}


def _without_identifiers(text: str) -> str:
    """A Chinese text without what it names rather than says: placeholders, `code`, 'quoted' keys, --options, and
    identifiers with '_', '.' or '/' (at_least, release.date, docs/X.md). Their words must not pass elsewhere."""
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"`[^`]*`|'[^'\s]*'", " ", text)
    text = OPTION.sub(" ", text)
    return re.sub(r"[\w.$/-]*[_./][\w.$/-]*", " ", text)


def leftover_english(text: str, *also: str) -> list[str]:
    """The Latin-letter words of `text` that are neither identifiers nor proper names the data knows (nor `also`)."""
    text = URL.sub(" ", text)
    for allowed in also:
        text = text.replace(allowed, " ")
    text = OPTION.sub(" ", text)
    text = re.sub(r"`[^`\n]*`", " ", text)  # a command or key in backticks: `openscore sources`
    for allowed in allowed_strings():
        if allowed in text:
            text = re.sub(rf"(?<![A-Za-z0-9]){re.escape(allowed)}(?![A-Za-z0-9])", " ", text)
    return WORD.findall(text)
