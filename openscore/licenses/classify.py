"""License class from maintained facts: the SPDX list's OSI flag, ScanCode's category, and the
overlay's content rules (which SPDX licenses are written for data or documents).

The rules, in order:
1. a content rule matching the SPDX id decides (CC-BY-NC* non-commercial, CC-BY/CC0/ODC/CDLA...
   open-data, GFDL/FreeBSD-DOC open-content, ...);
2. an OSI-approved license is `osi-approved`, meant for code and models;
3. "non-commercial" in the name makes it `non-commercial`;
4. otherwise ScanCode's category: free licenses the OSI has not approved (Permissive, Copyleft,
   Public Domain) and free-of-charge proprietary terms are `restricted`, naming why;
   Commercial is `proprietary`; anything else (CLA, Patent License, Unstated, no category) `unknown`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from openscore.domain.licensing import LicenseClass

SOFTWARE = ("code", "model")
_NON_COMMERCIAL = re.compile(r"non[- ]?commercial", re.IGNORECASE)
_FREE_CATEGORIES = ("Permissive", "Copyleft", "Copyleft Limited", "Public Domain")
_RESTRICTED_CATEGORIES = {
    "Proprietary Free": "proprietary terms, free of charge (ScanCode: Proprietary Free)",
    "Free Restricted": "free to use with restrictions (ScanCode: Free Restricted)",
    "Source-available": "source-available, not open source (ScanCode: Source-available)",
}

Terms = tuple[LicenseClass, tuple[str, ...], tuple[str, ...]]  # class, content types, restrictions


def classify(spdx_id: str, name: str, osi: bool, fsf: bool, category: str | None, rules: Sequence[dict[str, Any]] = ()) -> Terms:
    """Class, content types and restrictions of a license the libraries describe."""
    for rule in rules:
        if re.search(rule["match"], spdx_id):
            return LicenseClass(rule["class"]), tuple(rule["content_types"]), tuple(rule.get("restrictions", ()))
    if osi:
        return LicenseClass.OSI_APPROVED, SOFTWARE, ()
    if _NON_COMMERCIAL.search(name):
        return LicenseClass.NON_COMMERCIAL, SOFTWARE, ("non-commercial use only",)
    if category in _FREE_CATEGORIES or (fsf and category is None):
        why = "not OSI-approved (free software by the FSF's list)" if fsf else "not OSI-approved"
        return LicenseClass.RESTRICTED, SOFTWARE, (why,)
    if category in _RESTRICTED_CATEGORIES:
        return LicenseClass.RESTRICTED, SOFTWARE, (_RESTRICTED_CATEGORIES[category],)
    if category == "Commercial":
        return LicenseClass.PROPRIETARY, SOFTWARE, ("commercial license (ScanCode: Commercial)",)
    return LicenseClass.UNKNOWN, (), ()
