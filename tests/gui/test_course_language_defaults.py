"""New objects get their default texts in the course's language, whatever the editor's language is."""

from __future__ import annotations

import pytest

from coursebuilder.gui.editors.blocks import ExerciseBlockEditor
from coursebuilder.gui.editors.lesson_editor import LessonEditor
from coursebuilder.model import ExerciseBlock, Lesson, Quiz

EXPECTED = {
    "zh-Hans": ("新模块", "新课时", "新测验", "练一练", "新题目", ("完全没有", "非常"), ["选项 1", "选项 2"]),
    "en": ("New module", "New lesson", "New quiz", "Practice", "New question", ("Not at all", "Very much"),
           ["Choice 1", "Choice 2"]),
    "km": ("ម៉ូឌុលថ្មី", "មេរៀនថ្មី", "តេស្តខ្លីថ្មី", "ហាត់អនុវត្ត", "សំណួរថ្មី", ("មិនសោះឡើយ", "ខ្លាំងណាស់"),
           ["ជម្រើសទី 1", "ជម្រើសទី 2"]),
    "lo": ("ໂມດູນໃໝ່", "ບົດຮຽນໃໝ່", "ແບບທົດສອບໃໝ່", "ຝຶກປະຕິບັດ", "ຄຳຖາມໃໝ່", ("ບໍ່ເລີຍ", "ຫຼາຍແທ້ໆ"),
           ["ຕົວເລືອກ 1", "ຕົວເລືອກ 2"]),
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_defaults_follow_the_course_language_not_the_interface(window, qtbot, language):
    module_t, lesson_t, quiz_t, practice, prompt, scale, choices = EXPECTED[language]
    window.new_course()
    window.document.course.language = language  # the editor itself runs in English here
    module = window.outline.add_module()
    lesson = window.outline.add_item(Lesson)
    quiz = window.outline.add_item(Quiz)
    assert (module.title, lesson.title, quiz.title) == (module_t, lesson_t, quiz_t)
    window.outline.select(lesson)
    editor = window.editor
    assert isinstance(editor, LessonEditor)
    block = editor.add_block("exercise")
    assert isinstance(block, ExerciseBlock) and block.title == practice
    exercise = editor.block_editor
    assert isinstance(exercise, ExerciseBlockEditor)
    rating = exercise.questions.add("rating_scale")
    assert rating.prompt == prompt and (rating.min_label, rating.max_label) == scale
    single = exercise.questions.add("single_choice")
    assert [c.text for c in single.choices] == choices
