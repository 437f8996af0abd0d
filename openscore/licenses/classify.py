"""License class from maintained facts: the SPDX list's OSI flag, ScanCode's category, and the
overlay's content rules (which SPDX licenses are written for data or documents).

The rules, in order:
1. a content rule matching the SPDX id decides (CC-BY-NC* non-commercial, CC-BY/CC0/ODC/CDLA...
   open-data, GFDL/FreeBSD-DOC open-content, ...);
2. an OSI-approved license is `osi-approved`, meant for code and models;
3. "non-commercial" in the name makes it `non-commercial`;
4. a license on the FSF's free software list that the OSI has not approved (Apache-1.0, BSD-4-Clause,
   ...) is `free-software`: it grants the freedoms to use, study, change and share, with no use
   restriction; the OSI has simply not approved it (often never submitted). It is not `restricted`;
5. otherwise ScanCode's category: other free licenses the OSI has not approved (Permissive, Copyleft,
   Public Domain; on neither list, so openscore cannot vouch for them) and free-of-charge proprietary
   terms are `restricted`, naming why;
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
    if fsf:
        return LicenseClass.FREE_SOFTWARE, SOFTWARE, ()
    if category in _FREE_CATEGORIES:
        return LicenseClass.RESTRICTED, SOFTWARE, ("not OSI-approved, and not on the FSF's free software list",)
    if category in _RESTRICTED_CATEGORIES:
        return LicenseClass.RESTRICTED, SOFTWARE, (_RESTRICTED_CATEGORIES[category],)
    if category == "Commercial":
        return LicenseClass.PROPRIETARY, SOFTWARE, ("commercial license (ScanCode: Commercial)",)
    return LicenseClass.UNKNOWN, (), ()
