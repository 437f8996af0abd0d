"""Words made from identifiers (artifact kinds, levels, license classes), marked for translation.

The identifiers themselves never change; these are the words shown for them to a person. The
scorer builds reasons from the English words and is handed `i18n.translate` to say them in the
language of the run; the human formats use `level`, `license_class` and `artifact`.
"""

from __future__ import annotations

from openscore.i18n import N_, _

ARTIFACTS = {
    "architecture_code": N_("architecture code"),
    "preprocessing_code": N_("preprocessing code"),
    "training_code": N_("training code"),
    "inference_code": N_("inference code"),
    "evaluation_code": N_("evaluation code"),
    "supporting_libraries": N_("supporting libraries"),
    "weights": N_("weights"),
    "finetuned_weights": N_("finetuned weights"),
    "checkpoints": N_("checkpoints"),
    "pretraining_data": N_("pretraining data"),
    "finetuning_data": N_("finetuning data"),
    "evaluation_data": N_("evaluation data"),
    "training_config": N_("training config"),
    "model_card": N_("model card"),
    "data_card": N_("data card"),
    "technical_report": N_("technical report"),
    "preprint": N_("preprint"),
    "paper": N_("paper"),
    "evaluation_results": N_("evaluation results"),
    "sample_outputs": N_("sample outputs"),
    "code_docs": N_("code docs"),
    "package": N_("package"),
    "api": N_("api"),
}
LEVELS = {"open": N_("open"), "partial": N_("partial"), "closed": N_("closed"), "unknown": N_("unknown")}
LICENSE_CLASSES = {
    "osi-approved": N_("osi-approved"),
    "free-software": N_("free-software"),
    "open-data": N_("open-data"),
    "open-content": N_("open-content"),
    "restricted": N_("restricted"),
    "non-commercial": N_("non-commercial"),
    "proprietary": N_("proprietary"),
    "unknown": N_("unknown"),
}
# How a family's variants differ (openscore/domain/variants.py says them through the function it is given).
VARIANTS = (
    N_("{new} instead of {old}"), N_("under {new} instead of {old}"), N_("no license"), N_("{kinds} {change}"),
    N_("{counted} of {total} models under more restrictive terms: "), N_("{n} of {total} variants on more open terms: "),
    N_("{n} of {total} variants on other terms: "), N_("Graded as the family, with notes of their own: "),
    N_(" ({note})"), N_("Rate one: openscore rate {id}"), N_("{variant}{repos}: {changes}"),
)
# Name clashes across data files (openscore/domain/names.py says them through the function it is given).
NAMES = (
    N_("duplicate id '{name}' (first at {first_at})"), N_("{what} '{name}' of '{owner}' shadows the id of '{other}' ({first_at})"),
    N_("family alias '{name}' of '{owner}' (family {family}) already names family {other}"),
    N_("{what} '{name}' of '{owner}' is also a name of '{other}' ({first_at})"),
    N_("alias"), N_("Hugging Face repo"), N_("family alias"),
)
# The scorer's phrases (openscore/domain/scorer.py says them through the translation function it is given).
SCORER = (
    N_("released"), N_("partly released"), N_("not released"), N_("not researched yet"), N_("no license stated"), N_("base weights"),
    N_("{license} ({license_class})"), N_("{license} is {license_class}{restrictions}"),
    N_("{why}, {said}, so {level}"), N_("{why}, but {said}, so {level}"), N_("{why}, {said}"), N_("{why}, {license}"),
    N_("{why} ({note})"), N_("{kinds}: {why}"), N_("nothing released, so no terms to judge: {reasons}"),
    N_(" ({others})"), N_(" ({restrictions})"), N_(" ({restrictions}, +{more} more)"),
    N_("{kind}: {license} is a license for {types}, not {wanted}"),
    N_("code"), N_("model"), N_("data"), N_("document"), N_("service"),  # content types, in that sentence and `license`
    N_("{license}: no license"), N_("license '{license}' is not recognised"), N_("{license} (on {list})"), N_("{license} is not on {list}"),
    N_("not assessed for {types} systems (the framework applies it to {applies})"),
    N_("the index has not graded this; openscore's reading of the artifacts: {reason}"), N_("judged {level} by {by}"),
    N_("openscore's own reading from the artifacts gives {level} ({reason}); the grade follows {by}"),
    N_("openscore's own license reading differs on {criteria}; the result follows the framework's rule (see the flagged criteria)"),
    N_("; openscore reads '{license}' as {key}, the framework matches license ids exactly"),
    N_("openscore's own license reading gives {level} ({reason}){why}; the framework's rule ({list}) gives {framework}, "
       "and the result follows the framework"),
    N_("no class"),
    N_("openscore's own license reading differs on {criteria}{outcome}; the result above follows the framework's own rule"),
    N_(" (the class and progress stay the same)"), N_(": it would give {top} ({shown})"),
    # TRANSLATORS: separators of lists inside a reason: between names, and between groups of artifacts
    N_(", "), N_("; "),
)


def level(value: str) -> str:
    """A level (open, partial, closed, unknown) as a word of the run's language."""
    return _(LEVELS.get(value, value))


def license_class(value: str) -> str:
    return _(LICENSE_CLASSES.get(value, value))


def artifact(kind: str) -> str:
    return _(ARTIFACTS.get(kind, kind.replace("_", " ")))
