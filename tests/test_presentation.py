"""The presentation layer: one fallback rule for words, one line-break rule for Chinese and Japanese."""

from __future__ import annotations

import pytest

from coursebuilder.presentation import words as w
from coursebuilder.presentation.markdown import INLINE, LESSON, SLIDE, parse, to_html
from coursebuilder.presentation.order import mixed_order


@pytest.mark.parametrize("table", [w.SLIDES, w.PHONE, w.DEFAULTS, w.INSTRUCTIONS])
def test_a_word_missing_in_a_language_falls_back_to_english(monkeypatch, table):
    key = sorted(table["en"])[0]
    partial = {k: v for k, v in table["zh"].items() if k != key}
    monkeypatch.setitem(table, "zh", partial)  # type: ignore[index]
    assert w.words("zh-Hans", table)[key] == table["en"][key]


@pytest.mark.parametrize("tag, expected", [("zh-Hans", "zh"), ("zh_CN", "zh"), ("ZH-TW", "zh"), ("", "en"),
                                           ("en-GB", "en"), ("vi", "vi")])
def test_languages_are_matched_by_their_primary_subtag(tag, expected):
    assert w.primary(tag) == expected


def test_an_unknown_language_gets_english_everywhere():
    assert w.Labels("vi")("thanks") == "Thank you"
    assert w.phone_words("vi")["next"] == "Next"
    assert w.default_text("new_module", "vi") == "New module"


def test_every_language_has_the_keys_english_has():
    for table in (w.SLIDES, w.PHONE, w.DEFAULTS, w.INSTRUCTIONS):
        for language, entries in table.items():
            assert set(entries) == set(table["en"]), language
    # Every language trainees read has words in every place, the editor's new objects included.
    assert set(w.SLIDES) == set(w.PHONE) == set(w.DEFAULTS) == set(w.INSTRUCTIONS)


@pytest.mark.parametrize("language", ["km", "lo"])
def test_new_objects_in_a_khmer_or_lao_course_get_khmer_or_lao_texts(language):
    from coursebuilder.model.questions import BLANK_PATTERN
    from coursebuilder.presentation.scripts import scripts_in

    for key in w.DEFAULTS["en"]:
        letters = "".join(ch for ch in w.default_text(key, language, n=2) if ch.isalpha())
        assert scripts_in(letters) == {language}, (key, letters)
    assert BLANK_PATTERN.findall(w.default_text("fill_blank_text", language))


def test_every_question_kind_has_one_instruction_said_on_slides_and_phone():
    from coursebuilder.model import QUESTION_TYPES

    assert set(QUESTION_TYPES) <= set(w.INSTRUCTIONS["en"])
    for language in ("en", "zh-Hans"):
        # The phone says under a multiple-choice question what the slide says under it.
        assert w.phone_words(language)["multiple_hint"] == w.Labels(language)("multiple_choice")
    assert w.Labels("zh")("rating_scale", lo=1, hi=5) == "请打分：1 到 5。"


@pytest.mark.parametrize("source, shown", [
    ("中文\n换行", "中文换行"),            # Chinese: no space
    ("日本語の\n文です", "日本語の文です"),  # Japanese
    ("中文。\n「引用」", "中文。「引用」"),    # full-width punctuation
    ("한국어\n문장", "한국어\n문장"),        # Korean writes spaces between words: the break stays one
    ("Chinese\n中文", "Chinese\n中文"),      # a Latin word before: a space
])
def test_a_line_break_between_chinese_or_japanese_characters_disappears(source, shown):
    assert to_html(source, LESSON) == f"<p>{shown}</p>\n"
    assert to_html(source, INLINE) == shown
    children = parse(source, SLIDE)[1].children
    assert "".join(c.content if c.type == "text" else " " for c in children) == shown.replace("\n", " ")


def test_outputs_show_no_raw_html_and_only_safe_links():
    html = to_html("<script>x</script> [a](javascript:alert(1)) [b](https://e.org) ![c](http://e.org/p.png)")
    assert "<script>" not in html and 'href="javascript' not in html and "<img" not in html
    assert 'href="https://e.org"' in html and "[c]" in html


def test_the_mixed_order_is_stable_and_never_the_written_one():
    for n in range(2, 8):
        for seed in ("a", "b", "q-17"):
            order = mixed_order(n, seed)
            assert sorted(order) == list(range(n)) and order != list(range(n))
            assert mixed_order(n, seed) == order


def test_khmer_and_lao_slides_have_their_own_words_and_month_names():
    assert w.Labels("km")("thanks") == "សូមអរគុណ" and w.Labels("lo")("thanks") == "ຂອບໃຈ"
    assert w.Labels("km").date("2026-03-15") == "15 មីនា 2026"
    assert w.Labels("lo-LA").date("2026-12-02") == "2 ທັນວາ 2026"
    assert w.Labels("en").date("2026-03-15") == "15 March 2026"


@pytest.mark.parametrize("language", sorted(w.PHONE))
def test_one_point_or_question_is_counted_in_the_singular(language):
    words = w.phone_words(language)
    for key in ("points", "questions"):
        assert w.counted(language, key, 3) == words[key].format(n="3")
        assert w.counted(language, key, 2.5) == words[key].format(n="2.5")
    one = {"en": ("1 point", "1 question"), "zh": ("1 分", "1 道题")}.get(language)
    if one:
        assert (w.counted(language, "points", 1), w.counted(language, "questions", 1.0)) == one
    else:
        assert w.counted(language, "points", 1) == words["points"].format(n="1")
    assert w.counted("vi", "points", 1) == "1 point"


def test_slides_count_one_question_and_one_attempt_in_the_singular():
    en, zh = w.Labels("en"), w.Labels("zh-Hans")
    assert (en.counted("questions", 1), en.counted("attempts", 1)) == ("1 question", "1 attempt allowed")
    assert (en.counted("questions", 4), en.counted("attempts", 3)) == ("4 questions", "3 attempts allowed")
    assert zh.counted("questions", 1) == zh("questions", n=1) and w.Labels("km").counted("attempts", 1) == w.Labels("km")("attempts", n=1)
