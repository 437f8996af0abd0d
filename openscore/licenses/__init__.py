"""License knowledge base: any license string to a record of its class, flags, restrictions and sources.

Facts come from maintained data: the SPDX list (names, OSI-approved and FSF-libre flags) and
ScanCode's license index (categories), both compiled with the curated overlay of AI model
licenses (`data/overlay.yaml`) into `data/index.json` by `scripts/build_license_index.py`.

Classes, most open first:
- `osi-approved`: approved by the OSI; meant for code and models.
- `free-software`: on the FSF's free software list, not approved by the OSI (Apache-1.0,
  BSD-4-Clause, WTFPL, ...): it grants the same freedoms with no use restriction, so rubrics
  count it open beside `osi-approved` (OSAID alone asks for OSI approval by name).
- `open-data`: free licenses written for data or for any kind of work (CC0, CC-BY, CC-BY-SA,
  ODC-By, ODbL, PDDL, CDLA, open government licenses); also fine for documents.
- `open-content`: free licenses written for documents only (GFDL, FreeBSD-DOC, ...).
- `restricted`: usable, with strings attached: AI model licenses with user caps or use
  policies (Llama, Gemma, Qwen, DeepSeek, RAIL, ...), source-available terms, no-derivatives
  terms, and free licenses on neither the OSI's nor the FSF's list (the restriction says so).
- `non-commercial`, `proprietary`, and `unknown` for anything openscore cannot tell.
Expressions: AND takes the most restrictive class of its parts, OR the most open.

    >>> resolve("Apache 2.0").key
    'Apache-2.0'
    >>> resolve("other", name="tongyi-qianwen").license_class.value
    'restricted'
"""

from openscore.licenses.record import LicenseProperty, LicenseRecord
from openscore.licenses.resolver import known_model_licenses, resolve, resolve_without_hints

__all__ = ["LicenseProperty", "LicenseRecord", "known_model_licenses", "resolve", "resolve_without_hints"]
