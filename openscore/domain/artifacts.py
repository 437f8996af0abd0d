"""The controlled vocabulary of release artifacts an openness judgement looks at."""

from __future__ import annotations

from enum import Enum


class ContentType(str, Enum):
    """What kind of thing an artifact is; decides which global license applies to it."""

    CODE = "code"
    MODEL = "model"
    DATA = "data"
    DOCUMENT = "document"
    SERVICE = "service"


class ArtifactKind(str, Enum):
    """One part of a model release. Values are the keys used in data files and rubrics."""

    ARCHITECTURE_CODE = "architecture_code"
    PREPROCESSING_CODE = "preprocessing_code"
    TRAINING_CODE = "training_code"
    INFERENCE_CODE = "inference_code"
    EVALUATION_CODE = "evaluation_code"
    SUPPORTING_LIBRARIES = "supporting_libraries"
    WEIGHTS = "weights"
    FINETUNED_WEIGHTS = "finetuned_weights"
    CHECKPOINTS = "checkpoints"
    PRETRAINING_DATA = "pretraining_data"
    FINETUNING_DATA = "finetuning_data"
    EVALUATION_DATA = "evaluation_data"
    TRAINING_CONFIG = "training_config"
    MODEL_CARD = "model_card"
    DATA_CARD = "data_card"
    TECHNICAL_REPORT = "technical_report"
    PREPRINT = "preprint"
    PAPER = "paper"
    EVALUATION_RESULTS = "evaluation_results"
    SAMPLE_OUTPUTS = "sample_outputs"
    CODE_DOCS = "code_docs"
    PACKAGE = "package"
    API = "api"

    @property
    def content_type(self) -> ContentType:
        return _CONTENT_TYPES[self]

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


_K = ArtifactKind
_CONTENT_TYPES: dict[ArtifactKind, ContentType] = {
    **dict.fromkeys(
        (_K.ARCHITECTURE_CODE, _K.PREPROCESSING_CODE, _K.TRAINING_CODE, _K.INFERENCE_CODE,
         _K.EVALUATION_CODE, _K.SUPPORTING_LIBRARIES, _K.PACKAGE, _K.TRAINING_CONFIG),
        ContentType.CODE,
    ),
    **dict.fromkeys((_K.WEIGHTS, _K.FINETUNED_WEIGHTS, _K.CHECKPOINTS), ContentType.MODEL),
    **dict.fromkeys(
        (_K.PRETRAINING_DATA, _K.FINETUNING_DATA, _K.EVALUATION_DATA, _K.SAMPLE_OUTPUTS),
        ContentType.DATA,
    ),
    **dict.fromkeys(
        (_K.MODEL_CARD, _K.DATA_CARD, _K.TECHNICAL_REPORT, _K.PREPRINT,
         _K.PAPER, _K.EVALUATION_RESULTS, _K.CODE_DOCS),
        ContentType.DOCUMENT,
    ),
    _K.API: ContentType.SERVICE,
}

_DESCRIPTIONS: dict[ArtifactKind, str] = {
    _K.ARCHITECTURE_CODE: "source code that defines the model's architecture",
    _K.PREPROCESSING_CODE: "code that filters, cleans and tokenises the training data",
    _K.TRAINING_CODE: "code that trains the model (pre-training and fine-tuning)",
    _K.INFERENCE_CODE: "code that runs the trained model",
    _K.EVALUATION_CODE: "code that runs the benchmarks reported for the model",
    _K.SUPPORTING_LIBRARIES: "libraries and tools built for developing the model",
    _K.WEIGHTS: "final parameters of the base (pre-trained) model",
    _K.FINETUNED_WEIGHTS: "parameters of the instruction-, chat- or RLHF-tuned model",
    _K.CHECKPOINTS: "intermediate checkpoints saved during training",
    _K.PRETRAINING_DATA: "the data the base model was trained on",
    _K.FINETUNING_DATA: "instruction, preference or RLHF data used for fine-tuning",
    _K.EVALUATION_DATA: "data the model was evaluated on, where not a public benchmark",
    _K.TRAINING_CONFIG: "training configuration, hyper-parameters and training logs",
    _K.MODEL_CARD: "model card: intended use, limits, training summary",
    _K.DATA_CARD: "data card or datasheet describing the training data",
    _K.TECHNICAL_REPORT: "technical report on architecture and training",
    _K.PREPRINT: "scientific preprint (e.g. arXiv) about the model",
    _K.PAPER: "peer-reviewed paper about the model",
    _K.EVALUATION_RESULTS: "published benchmark and evaluation results",
    _K.SAMPLE_OUTPUTS: "sample outputs of the model",
    _K.CODE_DOCS: "documentation of the released code",
    _K.PACKAGE: "an installable package (PyPI, npm, ...) to run the model",
    _K.API: "a hosted API or service through which the model can be used",
}
