"""Choosing the language: --lang, OPENSCORE_LANG, then the POSIX locale variables."""

from __future__ import annotations

import pytest

from openscore import i18n


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "zh_HK"}, "zh"),
        ({"LANG": "zh_SG.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US"}, "zh"),
        ({"OPENSCORE_LANG": "en", "LC_ALL": "zh_CN.UTF-8"}, "en"),
        ({"OPENSCORE_LANG": "zh"}, "zh"),
        ({"OPENSCORE_LANG": "ZH-Hans"}, "zh"),
        ({"OPENSCORE_LANG": "klingon", "LANG": "zh_CN"}, "en"),
    ],
)
def test_detect(environ, expected):
    assert i18n.detect(environ) == expected


def test_english_reads_no_catalog():
    i18n.set_language("en")
    assert i18n._("Weights") == "Weights"
    assert i18n._translations is None
    assert i18n.ngettext("1 model", "{n} models", 2) == "{n} models"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_pick_falls_back_to_english_per_field():
    i18n.set_language("zh")
    try:
        assert i18n.pick({"zh": "权重"}, "Weights") == "权重"
        assert i18n.pick({}, "Weights") == "Weights"
        assert i18n.pick(None, "Weights") == "Weights"
    finally:
        i18n.set_language("en")
