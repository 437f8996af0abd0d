"""The Model Openness Tool (LF AI & Data): per-release records graded by the Model Openness Framework."""

from openscore.sources.databases import Database

DATABASE = Database(
    name="mot",
    title="Model Openness Tool",
    importer="mof",
    repository="https://github.com/lfai/model_openness_tool",
    records="models/*.yml",
    exclude=(),
    license="MIT",
    attribution="Model Openness Tool data, copyright 2024 The Model Openness Tool Authors (LF AI & Data), "
                "MIT License; https://github.com/lfai/model_openness_tool, https://isitopen.ai",
    homepage="https://isitopen.ai",
    attribution_zh="Model Openness Tool 数据，版权所有 2024 The Model Openness Tool Authors（LF AI & Data），"
                   "MIT License；https://github.com/lfai/model_openness_tool、https://isitopen.ai",
)
