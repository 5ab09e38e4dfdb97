"""Khmer and Lao on slides: the complex-script font slot, fonts the deck declares, lines broken between words."""

from __future__ import annotations

import unicodedata

import pytest
from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from coursebuilder.exporters.pptx import breaks
from coursebuilder.exporters.pptx.fit import FrameStyle, LevelStyle, wrap
from coursebuilder.exporters.pptx.fonts import Measurer
from coursebuilder.exporters.pptx.richtext import PLAIN, Para, Span
from coursebuilder.model import TextBlock
from exporters.pptx_support import overflowing, run_text, runs, slot_typeface
from factories import make_bundle

KHMER = "ការផ្សារដែកត្រូវការសុវត្ថិភាពជានិច្ច។ ពាក់វ៉ែនតាការពារភ្នែកនិងស្រោមដៃរាល់ពេលធ្វើការ"
LAO = "ການເຊື່ອມໂລຫະຕ້ອງການຄວາມປອດໄພສະເໝີ ໃສ່ແວ່ນຕາປ້ອງກັນແລະຖົງມືທຸກຄັ້ງທີ່ເຮັດວຽກ"
MEASURER = Measurer("Arial", "Microsoft YaHei:lang=zh-cn")


def _inside_cluster(text: str, cut: int) -> bool:
    """Whether a line starting at ``cut`` would tear a syllable: a mark, a subscript or a leading vowel's consonant."""
    ch, before = text[cut], text[cut - 1]
    return (unicodedata.category(ch) in ("Mn", "Mc") or before == "\u17d2"
            or before in "\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")


@pytest.mark.parametrize("text", [KHMER, LAO])
def test_lines_break_between_words_never_inside_a_syllable(text):
    style = FrameStyle(width=160.0, height=600.0, measurer=MEASURER, levels=[LevelStyle(24, 0, 0)])
    lines = wrap(Para([Span(text)], kind=PLAIN), style)
    assert len(lines) >= 4, "a long spaceless sentence wraps"
    assert "".join(text[line.start:line.end] for line in lines) == text
    allowed = breaks.spaceless_breaks(text) | {i + 1 for i, ch in enumerate(text) if ch.isspace()}
    for line in lines[1:]:
        assert line.start in allowed, f"break inside a word: {text[line.start - 3:line.start]}|{text[line.start:line.start + 3]}"
        assert not _inside_cluster(text, line.start)


def test_icu_finds_khmer_and_lao_words():
    assert breaks.icu_available()
    words = [KHMER[a:b] for a, b in zip((0, *sorted(breaks.spaceless_breaks(KHMER))),
                                        (*sorted(breaks.spaceless_breaks(KHMER)), len(KHMER)), strict=True)]
    assert "សុវត្ថិភាព" in words  # "safety", one word of several syllables
    lao = sorted(breaks.spaceless_breaks(LAO))
    assert LAO.index("ໂລຫະ") in lao and LAO.index("ໂລຫະ") + 1 not in lao


def test_without_icu_lines_still_break_only_between_syllables(monkeypatch):
    monkeypatch.setattr(breaks, "LineBreaker", None)
    monkeypatch.setattr(breaks, "CharacterBreaker", None)
    breaks.clusters.cache_clear()
    breaks._run_breaks.cache_clear()
    try:
        for text in (KHMER, LAO):
            cuts = breaks.spaceless_breaks(text)
            assert cuts and not any(_inside_cluster(text, c) for c in cuts)
        # A consonant with a subscript (coeng) and a vowel sign is one piece.
        assert breaks.clusters("ផ្សារ") == (4,)
        assert breaks.clusters("ເຊື່ອ") == (4,)
    finally:
        breaks.clusters.cache_clear()
        breaks._run_breaks.cache_clear()


def test_khmer_and_lao_are_measured_with_fonts_that_have_their_letters():
    # Measured, not estimated: a real Khmer font gives a width unlike the 0.62 em guess per character.
    guess = 0.62 * 20 * len(KHMER)
    assert 0 < MEASURER.width(KHMER, 20) < 0.8 * guess
    # Lines with stacked vowels get at least the Khmer or Lao font's own height.
    assert MEASURER.line_height(20, frozenset({"lo"})) >= 20 * 1.25
    assert MEASURER.line_height(20, frozenset({"lo"})) > MEASURER.line_height(20, frozenset({"latin"}))


def test_deck_names_leelawadee_in_the_complex_script_slot_and_declares_its_fonts(tmp_path):
    bundle = make_bundle()
    bundle.course.language = "km"
    bundle.course.modules[1].items[0].blocks = [TextBlock(markdown=f"{KHMER}\n\n{LAO}\n\nSafety first")]
    out = tmp_path / "km.pptx"
    result = export_pptx(bundle, PptxOptions(output=out, module=2))
    prs = Presentation(str(out))
    khmer = [r for _n, _s, r in runs(prs) if "ការផ្សារ" in run_text(r)]
    lao = [r for _n, _s, r in runs(prs) if "ການເຊື່ອມ" in run_text(r)]
    assert khmer and lao
    for r in khmer + lao:
        assert slot_typeface(r, "cs") == "Leelawadee UI"
    assert khmer[0].find("{http://schemas.openxmlformats.org/drawingml/2006/main}rPr").get("lang") == "km-KH"
    assert lao[0].find("{http://schemas.openxmlformats.org/drawingml/2006/main}rPr").get("lang") == "lo-LA"
    assert overflowing(prs, "km") == []
    # The report and the deck's properties say which fonts the deck expects.
    assert any(line.startswith("Khmer text uses Leelawadee UI") and "Khmer Sangam MN" in line for line in result.report.fonts)
    assert any(line.startswith("Lao text uses Leelawadee UI") and "Lao Sangam MN" in line for line in result.report.fonts)
    assert "Leelawadee UI" in prs.core_properties.comments
    theme = etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    for script in ("Khmr", "Laoo"):
        faces = theme.xpath(f".//a:minorFont/a:font[@script='{script}']/@typeface", namespaces=ns)
        assert faces == ["Leelawadee UI"]


def test_a_deck_without_complex_scripts_declares_nothing(tmp_path):
    out = tmp_path / "plain.pptx"
    result = export_pptx(make_bundle(), PptxOptions(output=out, module=2))
    assert not result.report.fonts
    assert "Fonts" not in (Presentation(str(out)).core_properties.comments or "")


def test_cut_text_keeps_whole_syllables():
    word = "ស្រស់ស្អាត"  # each syllable is a consonant, coeng, subscript and vowel sign
    for n in range(1, len(word)):
        shown = breaks.cut(word, n)
        assert word.startswith(shown) and len(shown) <= n
        assert not shown or not _inside_cluster(word, len(shown)), (n, shown)
    assert breaks.cut(word, 99) == word and breaks.cut("abc", 2) == "ab"


def test_a_long_lao_footer_and_title_are_shortened_between_syllables(tmp_path):
    bundle = make_bundle()
    bundle.course.language = "lo"
    bundle.course.title = LAO * 2
    bundle.course.modules[1].items[0].title = LAO * 3
    out = tmp_path / "lo.pptx"
    export_pptx(bundle, PptxOptions(output=out, module=2))
    prs = Presentation(str(out))
    texts = [sh.text_frame.text for s in prs.slides for sh in s.placeholders if sh.text_frame.text.endswith("…")]
    assert texts, "the long title and footer are shortened"
    for text in texts:
        kept = text[:-1]
        assert LAO.startswith(kept[: len(LAO)]) and len(kept) > 10, "a footer keeps more than one letter"
        assert not _inside_cluster(LAO * 3, len(kept))
