"""Every text gets its own language tag: declared when its script fits, else the one its script says."""

from __future__ import annotations

import pytest

from coursebuilder.presentation.lang_tags import language_script, text_language

KHMER = "ការលក់តាមអ៊ីនធឺណិត"
LAO = "ການຂາຍອອນລາຍ"


@pytest.mark.parametrize("text, declared, languages, expected", [
    (KHMER, "en", (), "km"),
    (LAO, "en", (), "lo"),
    ("Lesson 3: " + KHMER, "en", (), "km"),          # the other script wins over a few Latin words
    ("Selling online", "en", (), "en"),
    ("Selling online", "km", ("km", "en"), "en"),
    ("Vente en ligne", "km", ("km", "fr"), "fr"),    # Latin text is the course's Latin-script language
    ("Selling online", "lo", (), "en"),
    ("网上销售 Selling online", "zh-Hans", (), "zh-Hans"),   # bilingual fields of today's samples stay Chinese
    ("网上销售", "en", (), "zh-Hans"),
    ("網上銷售", "en", ("en", "zh-Hant"), "zh-Hant"),
    ("販売する", "ja", (), "ja"),
    ("販売", "ja", (), "ja"),                         # Japanese is written in Chinese characters too
    ("123 — 45 %", "km", (), "km"),                   # no letters: the page's language
    ("", "en", (), "en"),
    (KHMER + " " + LAO + LAO, "en", (), "lo"),        # most characters decide
    ("Prices " + KHMER, "km", (), "km"),
])
def test_text_language(text, declared, languages, expected):
    assert text_language(text, declared, languages) == expected


def test_language_script_reads_the_primary_subtag():
    assert [language_script(t) for t in ("km-KH", "lo", "zh-Hans", "en-GB", "pt")] == \
        ["km", "lo", "han", "latin", "latin"]
