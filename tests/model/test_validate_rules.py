"""Every validation rule, one row each: break a clean course one way and the rule names it, in English and Chinese."""

from __future__ import annotations

import re
from typing import Callable

import pytest

from coursebuilder.model import (
    Choice,
    Course,
    ExerciseBlock,
    ImageBlock,
    Lesson,
    MediaItem,
    Module,
    OpenTextQuestion,
    Pair,
    Quiz,
    RatingScaleQuestion,
    TextBlock,
    validate_course,
)
from coursebuilder.model.languages import Translation
from coursebuilder.model.messages import LANGUAGES, MESSAGES, NAMES, render
from coursebuilder.model.validate import ERROR, INFO, WARNING

from ..factories import make_bundle


def _lesson(c: Course) -> Lesson:
    return c.modules[0].items[0]


def _quiz(c: Course) -> Quiz:
    return c.modules[0].items[1]


def _block(c: Course, kind: type):
    return next(b for b in _lesson(c).blocks if isinstance(b, kind))


def _q(c: Course, kind: str):
    return next(q for q in _quiz(c).questions if q.type == kind)


def _set(obj, **values) -> None:
    for k, v in values.items():
        setattr(obj, k, v)


Q = "modules[0].items[1].questions"


def _qplace(c: Course, kind: str) -> str:
    return f"{Q}[{next(i for i, q in enumerate(_quiz(c).questions) if q.type == kind)}]"


def _khmer(c: Course, **texts: Translation) -> None:
    """Declare Khmer beside the default language and give it ``texts`` (keys with / written as __)."""
    c.languages = [c.language, "km"]
    c.translations = {"km": {key.replace("__", "/"): t for key, t in texts.items()}} if texts else {}


def _bplace(c: Course, kind: type) -> str:
    return f"modules[0].items[0].blocks[{next(i for i, b in enumerate(_lesson(c).blocks) if isinstance(b, kind))}]"


#: code -> (how to break the course, where the problem is, its severity)
RULES: dict[str, tuple[Callable[[Course], None], Callable[[Course], str], str]] = {
    "course.no_title": (lambda c: _set(c, title="  "), lambda c: "title", ERROR),
    "course.bad_language": (lambda c: _set(c, language="zh_CN"), lambda c: "language", ERROR),
    "course.no_modules": (lambda c: _set(c, modules=[]), lambda c: "modules", WARNING),
    "cover.missing": (lambda c: _set(c, cover="media/gone.jpg"), lambda c: "cover", ERROR),
    "cover.not_image": (lambda c: _set(c, cover=next(m.path for m in c.media if m.kind == "audio")),
                        lambda c: "cover", ERROR),
    "id.duplicate": (lambda c: _set(c.modules[1], id=c.modules[0].id), lambda c: "modules[1]", ERROR),
    "language.bad_tag": (lambda c: _set(c, languages=[c.language, "k m"]), lambda c: "languages[1]", ERROR),
    "language.listed_twice": (lambda c: _set(c, languages=[c.language, "km", "km"]), lambda c: "languages[2]", ERROR),
    "language.default_not_first": (lambda c: _set(c, languages=["km", c.language]), lambda c: "languages", ERROR),
    "translation.undeclared": (lambda c: _set(c, translations={"lo": {"course/title": Translation(text="ວິຊາ")}}),
                               lambda c: "translations.lo", WARNING),
    "translation.unknown_key": (lambda c: _khmer(c, gone__title=Translation(text="បាត់")),
                                lambda c: "translations.km.gone/title", INFO),
    "translation.media_missing": (lambda c: _khmer(c, b2__media=Translation(text="media/gone.jpg")),
                                  lambda c: f"{_bplace(c, ImageBlock)}.media", ERROR),
    "translation.media_wrong_kind": (
        lambda c: _khmer(c, b2__media=Translation(text=next(m.path for m in c.media if m.kind == "audio"))),
        lambda c: f"{_bplace(c, ImageBlock)}.media", ERROR),
    "translation.missing": (lambda c: _khmer(c), lambda c: "title", INFO),
    "translation.stale": (lambda c: _khmer(c, course__title=Translation(text="វគ្គសិក្សា", source="0" * 16)),
                          lambda c: "title", INFO),
    "module.no_title": (lambda c: _set(c.modules[0], title=""), lambda c: "modules[0]", ERROR),
    "module.empty": (lambda c: c.modules.append(Module(title="以后")), lambda c: "modules[2]", WARNING),
    "item.no_title": (lambda c: _set(_quiz(c), title=""), lambda c: "modules[0].items[1]", ERROR),
    "lesson.empty": (lambda c: c.modules[1].items.append(Lesson(title="不久")), lambda c: "modules[1].items[2]", WARNING),
    "lesson.negative_minutes": (lambda c: _set(_lesson(c), minutes=-5), lambda c: "modules[0].items[0]", ERROR),
    "media.listed_twice": (lambda c: c.media.append(c.media[0]), lambda c: f"media[{len(c.media) - 1}]", ERROR),
    "media.bad_checksum": (lambda c: _set(c.media[0], sha256="not a checksum"), lambda c: "media[0]", ERROR),
    "media.negative_size": (lambda c: _set(c.media[0], size=-1), lambda c: "media[0]", ERROR),
    "block.text_empty": (lambda c: _set(_block(c, TextBlock), markdown=" \n"), lambda c: _bplace(c, TextBlock), WARNING),
    "block.no_file": (lambda c: _set(_block(c, ImageBlock), media=""), lambda c: _bplace(c, ImageBlock), ERROR),
    "block.file_missing": (lambda c: _set(_block(c, ImageBlock), media="media/gone.png"),
                           lambda c: _bplace(c, ImageBlock), ERROR),
    "block.wrong_kind": (lambda c: _set(_block(c, ImageBlock), media=next(m.path for m in c.media if m.kind == "audio")),
                         lambda c: _bplace(c, ImageBlock), ERROR),
    "image.no_alt": (lambda c: _set(_block(c, ImageBlock), alt=""), lambda c: _bplace(c, ImageBlock), WARNING),
    "image.bad_turn": (lambda c: _set(_block(c, ImageBlock), rotate=45), lambda c: _bplace(c, ImageBlock), WARNING),
    "image.bad_crop": (lambda c: _set(_block(c, ImageBlock), crop=[0.5, 0.5, 0.9, 0.9]),
                       lambda c: _bplace(c, ImageBlock), WARNING),
    "exercise.no_questions": (lambda c: _set(_block(c, ExerciseBlock), questions=[]),
                              lambda c: _bplace(c, ExerciseBlock), WARNING),
    "assessment.no_questions": (lambda c: _set(_quiz(c), questions=[]), lambda c: "modules[0].items[1]", ERROR),
    "quiz.bad_pass_mark": (lambda c: _set(_quiz(c), pass_mark=120), lambda c: "modules[0].items[1]", ERROR),
    "quiz.negative_attempts": (lambda c: _set(_quiz(c), attempts=-1), lambda c: "modules[0].items[1]", ERROR),
    "quiz.nothing_to_mark": (lambda c: _set(_quiz(c), questions=[OpenTextQuestion(prompt="说说原因")]),
                             lambda c: "modules[0].items[1]", ERROR),
    "quiz.unscored_question": (lambda c: _quiz(c).questions.append(RatingScaleQuestion(prompt="有多确定？")),
                               lambda c: f"{Q}[{len(_quiz(c).questions) - 1}]", WARNING),
    "question.no_text": (lambda c: _set(_q(c, "true_false"), prompt=""), lambda c: _qplace(c, "true_false"), ERROR),
    "question.negative_points": (lambda c: _set(_q(c, "true_false"), points=-1), lambda c: _qplace(c, "true_false"), ERROR),
    "choice.too_few": (lambda c: _set(_q(c, "single_choice"), choices=[Choice(text="Only", correct=True)]),
                       lambda c: _qplace(c, "single_choice"), ERROR),
    "choice.empty": (lambda c: _q(c, "single_choice").choices.append(Choice(text=" ")),
                     lambda c: _qplace(c, "single_choice"), ERROR),
    "choice.duplicate": (lambda c: _q(c, "single_choice").choices.append(Choice(text=_q(c, "single_choice").choices[0].text)),
                         lambda c: _qplace(c, "single_choice"), ERROR),
    "choice.none_correct": (lambda c: [_set(ch, correct=False) for ch in _q(c, "multiple_choice").choices],
                            lambda c: _qplace(c, "multiple_choice"), ERROR),
    "choice.several_correct": (lambda c: [_set(ch, correct=True) for ch in _q(c, "single_choice").choices],
                               lambda c: _qplace(c, "single_choice"), ERROR),
    "choice.credit_range": (lambda c: _set(_q(c, "multiple_choice").choices[0], credit=150),
                            lambda c: _qplace(c, "multiple_choice"), ERROR),
    "choice.credit_mismatch": (lambda c: _set(next(ch for ch in _q(c, "single_choice").choices if not ch.correct),
                                              credit=100), lambda c: _qplace(c, "single_choice"), ERROR),
    "choice.credit_total": (lambda c: [_set(ch, credit=30.0 if ch.correct else -100.0)
                                       for ch in _q(c, "multiple_choice").choices],
                            lambda c: _qplace(c, "multiple_choice"), ERROR),
    "fill.no_blank": (lambda c: _set(_q(c, "fill_blank"), text="No blank here"), lambda c: _qplace(c, "fill_blank"), ERROR),
    "fill.empty_blank": (lambda c: _set(_q(c, "fill_blank"), text="Add [[ ]] to it"), lambda c: _qplace(c, "fill_blank"), ERROR),
    "matching.too_few": (lambda c: _set(_q(c, "matching"), pairs=[Pair(left="a", right="b")]),
                         lambda c: _qplace(c, "matching"), ERROR),
    "matching.half_pair": (lambda c: _q(c, "matching").pairs.append(Pair(left="left only", right="")),
                           lambda c: _qplace(c, "matching"), ERROR),
    "matching.duplicate_left": (lambda c: _q(c, "matching").pairs.append(Pair(left=_q(c, "matching").pairs[0].left, right="zz")),
                                lambda c: _qplace(c, "matching"), ERROR),
    "ordering.too_few": (lambda c: _set(_q(c, "ordering"), items=["one"]), lambda c: _qplace(c, "ordering"), ERROR),
    "ordering.duplicate": (lambda c: _set(_q(c, "ordering"), items=["one", "two", "one"]), lambda c: _qplace(c, "ordering"), ERROR),
    "short.no_answer": (lambda c: _set(_q(c, "short_answer"), answers=[" "]), lambda c: _qplace(c, "short_answer"), ERROR),
    "short.credit_unknown": (lambda c: _set(_q(c, "short_answer"), credit={"nowhere": 50.0}),
                             lambda c: _qplace(c, "short_answer"), ERROR),
    "short.credit_range": (lambda c: _set(_q(c, "short_answer"), credit={_q(c, "short_answer").answers[0]: 120.0}),
                           lambda c: _qplace(c, "short_answer"), ERROR),
    "numeric.negative_tolerance": (lambda c: _set(_q(c, "numeric"), tolerance=-0.5), lambda c: _qplace(c, "numeric"), ERROR),
    "rating.bad_range": (lambda c: _set(c.modules[1].items[1].questions[1], scale_min=5, scale_max=5),
                         lambda c: "modules[1].items[1].questions[1]", ERROR),
    "rating.too_many_steps": (lambda c: _set(c.modules[1].items[1].questions[1], scale_min=0, scale_max=20),
                              lambda c: "modules[1].items[1].questions[1]", WARNING),
}


def test_the_table_has_a_row_for_every_rule_in_the_catalogue():
    assert set(RULES) == set(MESSAGES), "each problem code needs a row here, each row a catalogue entry"


def test_the_clean_course_has_no_problem():
    assert validate_course(make_bundle().course) == []


@pytest.mark.parametrize("code", sorted(RULES))
def test_each_rule_finds_its_problem_at_its_place(code):
    course = make_bundle().course
    breaks, place, severity = RULES[code]
    breaks(course)
    found = [p for p in validate_course(course) if p.code == code]
    assert found, f"{code} was not reported; got {[p.code for p in validate_course(course)]}"
    assert {p.place for p in found} == {place(course)}
    assert {p.severity for p in found} == {severity}
    for p in found:
        assert p.message == p.text("en") == render(code, dict(p.params))
        chinese = p.text("zh_CN")
        assert chinese != p.message and re.search(r"[\u4e00-\u9fff]", chinese)


def test_every_problem_a_broken_course_shows_has_a_code():
    course = make_bundle().course
    for breaks, _place, _severity in RULES.values():
        try:
            breaks(course)
        except (StopIteration, IndexError):
            pass  # an earlier break removed what this one edits
    problems = validate_course(course)
    assert problems and all(p.code in MESSAGES for p in problems), [str(p) for p in problems if not p.code]


def test_every_message_is_written_in_every_language_with_the_same_parameters():
    for code, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), code
        fields = {lang: set(re.findall(r"{(\w+)", t)) for lang, t in texts.items()}
        assert len({frozenset(f) for f in fields.values()}) == 1, f"{code}: {fields}"
    for word, names in NAMES.items():
        assert set(names) == set(LANGUAGES), word


def test_chinese_messages_hold_no_english_words_of_their_own():
    for code, texts in MESSAGES.items():
        own = re.sub(r"{\w+[^}]*}", "", texts["zh"])
        # Tags, the [[ ]] syntax and SHA-256 are what the lecturer types or reads as they are.
        own = re.sub(r"\b(?:en|zh-Hans|km|lo|SHA-256)\b", "", own)
        assert not re.search(r"[A-Za-z]{2,}", own), f"{code}: {texts['zh']}"
    for names in NAMES.values():
        assert not re.search(r"[A-Za-z]", names["zh"]), names


def test_an_unknown_interface_language_falls_back_to_english():
    assert render("course.no_title", {}, "vi") == render("course.no_title", {}, "en")
    assert render("item.no_title", {"kind": "quiz"}, "zh-Hans") == "测验还没有标题"


def test_a_media_item_problem_names_the_file_in_both_languages():
    course = make_bundle().course
    course.media.append(MediaItem(path="media/图.png", sha256="x", size=1, mime="image/png"))
    p = next(p for p in validate_course(course) if p.code == "media.bad_checksum")
    assert "media/图.png" in p.text("en") and "media/图.png" in p.text("zh_CN")
