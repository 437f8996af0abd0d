"""The European Open Source AI Index (Radboud University): one record per model family, 14 openness dimensions."""

from openscore.sources.databases import Database

DATABASE = Database(
    name="osai-index",
    title="European Open Source AI Index",
    importer="eosai",
    repository="https://github.com/Language-Technology-Assessment/main-database",
    records="*.yaml",
    exclude=("a_submission_template.yaml",),
    license="CC-BY-4.0",
    attribution="European Open Source AI Index database (Liesenfeld, Blankvoort, Kalra, Dingemanse), CC BY 4.0; "
                "index files cited as doi:10.5281/zenodo.15386042; https://osai-index.eu",
    homepage="https://osai-index.eu",
    attribution_zh="European Open Source AI Index 数据库（Liesenfeld, Blankvoort, Kalra, Dingemanse），CC BY 4.0；"
                   "索引文件引用为 doi:10.5281/zenodo.15386042；https://osai-index.eu",
)
