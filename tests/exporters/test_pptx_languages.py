"""A deck per language and bilingual decks from one course with translations; GIFT per language."""

from __future__ import annotations

import pytest
from pptx import Presentation

from coursebuilder.bundle import save_bundle
from coursebuilder.cli import main
from coursebuilder.exporters.pptx import PptxExportError, PptxOptions, export_pptx
from exporters.pptx_support import overflowing, run_text, runs, slot_typeface
from exporters.variant_support import variant_bundle
from factories import make_bundle

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _slides(prs) -> list[list[str]]:
    """Return each slide's text frames' paragraphs, as plain lines."""
    return [[p.text for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs if p.text]
            for s in prs.slides]


def _notes(prs) -> list[str]:
    return [s.notes_slide.notes_text_frame.text if s.has_notes_slide else "" for s in prs.slides]


def test_a_deck_in_one_chosen_language_has_only_that_language(tmp_path):
    bundle = variant_bundle()
    out = tmp_path / "km.pptx"
    result = export_pptx(bundle, PptxOptions(output=out, language="km"))
    prs = Presentation(str(out))
    text = "\n".join(line for slide in _slides(prs) for line in slide)
    assert "ការថតរូបផលិតផលឲ្យស្អាត" in text and "បន្លែស្រស់នៅផ្សារពេលព្រឹក" in text and "ពេលព្រឹក" in text
    assert "拍好产品照片" not in text and "Taking good product photos" not in text
    assert "សួរថាអ្នកណាធ្លាប់ថតរូប។" in "\n".join(_notes(prs))
    assert result.report.fonts and overflowing(prs, "km") == []
    # The default deck is the course's own language, as before.
    export_pptx(bundle, PptxOptions(output=tmp_path / "zh.pptx"))
    zh = "\n".join(line for slide in _slides(Presentation(str(tmp_path / "zh.pptx"))) for line in slide)
    assert "拍好产品照片" in zh and "ការថតរូប" not in zh


def test_bilingual_slides_put_the_second_language_under_the_first_smaller(tmp_path):
    bundle = variant_bundle()
    out = tmp_path / "zh-en.pptx"
    export_pptx(bundle, PptxOptions(output=out, language="zh-Hans", second_language="en"))
    prs = Presentation(str(out))
    slides = _slides(prs)
    one = export_pptx(bundle, PptxOptions(output=tmp_path / "zh.pptx"))
    assert len(prs.slides) == one.report.slides, "the second language adds no slides"
    # Titles, bullets, choices and captions: each English line right under its Chinese twin.
    for first, second in [("拍好产品照片", "Taking good product photos"), ("早上光线最好。", "Morning light is best."),
                          ("早上", "Morning"), ("半夜", "Midnight"), ("早市的新鲜蔬菜", "Fresh vegetables at the morning market"),
                          ("学习目标", "Objectives")]:
        pairs = [(s[i], s[i + 1]) for s in slides for i in range(len(s) - 1) if s[i].endswith(first)]
        assert pairs and all(b.endswith(second) for _a, b in pairs), (first, pairs)
    # The English runs are smaller than the Chinese they follow, and tagged English.
    sizes = {}
    for _n, _shape, r in runs(prs):
        rpr = r.find(f"{A}rPr")
        sizes.setdefault(run_text(r), (rpr.get("sz"), rpr.get("lang")))
    assert sizes["Morning light is best."][1] == "en-US"
    assert sizes["Morning light is best."][0] is not None
    # Choice letters keep counting although English lines sit between them.
    question = next(s for s in prs.slides if any("什么时候光线最好" in line for line in _slides_of(s)))
    letters = [p._p.find(f"{A}pPr/{A}buAutoNum") for sh in question.shapes if sh.has_text_frame
               for p in sh.text_frame.paragraphs if p.text in ("早上", "半夜")]
    assert [el.get("startAt", "1") for el in letters] == ["1", "2"]
    # Notes carry both languages.
    notes = "\n".join(_notes(prs))
    assert "问一问谁拍过照片。" in notes and "Ask who has taken photos before." in notes
    assert overflowing(prs, "zh-Hans") == []


def _slides_of(slide) -> list[str]:
    return [p.text for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]


def test_khmer_with_english_uses_each_language_s_font_and_tag(tmp_path):
    out = tmp_path / "km-en.pptx"
    export_pptx(variant_bundle(), PptxOptions(output=out, language="km", second_language="en"))
    prs = Presentation(str(out))
    khmer = [r for _n, _s, r in runs(prs) if "ពន្លឺពេលព្រឹក" in run_text(r)]
    english = [r for _n, _s, r in runs(prs) if run_text(r) == "Morning light is best."]
    assert khmer and english
    assert slot_typeface(khmer[0], "cs") == "Leelawadee UI" and khmer[0].find(f"{A}rPr").get("lang") == "km-KH"
    assert english[0].find(f"{A}rPr").get("lang") == "en-US"
    assert overflowing(prs, "km") == []


def test_an_untranslated_text_is_not_shown_twice(tmp_path):
    bundle = make_bundle()  # one language: a "bilingual" deck in it and English shows each text once
    bundle.course.languages = ["zh-Hans", "en"]
    out = tmp_path / "same.pptx"
    export_pptx(bundle, PptxOptions(output=out, second_language="en"))
    slides = _slides(Presentation(str(out)))
    assert not any(s[i] == s[i + 1] for s in slides for i in range(len(s) - 1))


@pytest.mark.parametrize("options, message", [
    (dict(language="lo"), "no language 'lo'"),
    (dict(language="km", second_language="km"), "second language is the first"),
    (dict(language="not a tag"), "not a language tag"),
])
def test_bad_language_choices_are_usage_errors(tmp_path, options, message):
    with pytest.raises(PptxExportError, match=message) as err:
        export_pptx(variant_bundle(), PptxOptions(output=tmp_path / "x.pptx", **options))
    assert err.value.kind == "usage"


def test_cli_language_and_languages(tmp_path, capsys):
    src = tmp_path / "variants.coursebundle"
    save_bundle(variant_bundle(), src)
    assert main(["export", "pptx", str(src), "-o", str(tmp_path / "km.pptx"), "--language", "km"]) == 0
    said = capsys.readouterr().out
    assert "fonts: Khmer text uses Leelawadee UI" in said
    assert main(["export", "pptx", str(src), "-o", str(tmp_path / "two.pptx"), "--languages", "zh-Hans,en"]) == 0
    lines = [line for s in _slides(Presentation(str(tmp_path / "two.pptx"))) for line in s]
    assert "Taking good product photos" in lines and "拍好产品照片" in lines
    assert main(["export", "pptx", str(src), "-o", str(tmp_path / "x.pptx"), "--languages", "en"]) == 2
    assert "must name two languages" in capsys.readouterr().err
    assert main(["export", "pptx", str(src), "-o", str(tmp_path / "x.pptx"), "--language", "lo"]) == 2
    assert "no language 'lo'; its languages are zh-Hans, en, km" in capsys.readouterr().err


def test_gift_per_language(tmp_path, capsys):
    src = tmp_path / "variants.coursebundle"
    save_bundle(variant_bundle(), src)
    out = tmp_path / "km.gift"
    assert main(["export", "gift", str(src), "-o", str(out), "--language", "km"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "តើពេលណាដែលពន្លឺល្អបំផុត?" in text and "=ពេលព្រឹក" in text and "什么" not in text
    assert main(["export", "gift", str(src), "-o", str(tmp_path / "zh.gift")]) == 0
    assert "什么时候光线最好" in (tmp_path / "zh.gift").read_text(encoding="utf-8")
    assert main(["export", "gift", str(src), "-o", str(tmp_path / "x.gift"), "--language", "lo"]) == 2
    assert "no language 'lo'" in capsys.readouterr().err


def test_a_line_and_its_second_language_stay_on_one_slide(tmp_path):
    from coursebuilder.exporters.pptx.bilingual import interleave
    from coursebuilder.exporters.pptx.fit import FrameStyle, LevelStyle, paginate
    from coursebuilder.exporters.pptx.fonts import Measurer
    from coursebuilder.exporters.pptx.richtext import BULLET, Para, Span

    first = [Para([Span(f"第{i}条：早上光线最好，写清楚价格和重量。")], kind=BULLET) for i in range(12)]
    second = [Para([Span(f"Point {i}: morning light is best; write the price and weight clearly.")], kind=BULLET)
              for i in range(12)]
    style = FrameStyle(width=600.0, height=300.0, measurer=Measurer("Arial", "Microsoft YaHei:lang=zh-cn"),
                       levels=[LevelStyle(24, 30, 8)])
    pages = paginate(interleave(first, second, "en"), style)
    assert len(pages) > 1
    for page in pages:
        assert page[0].scale == 1.0, "no slide starts with a second-language line cut off from its twin"
