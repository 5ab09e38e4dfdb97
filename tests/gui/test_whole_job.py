"""A lecturer builds a whole course in the real widgets, saves, closes and reopens it."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from coursebuilder.model import (
    FillBlankQuestion,
    ImageBlock,
    Lesson,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    Quiz,
    Survey,
    TrueFalseQuestion,
    course_to_data,
)
from coursebuilder.gui.editors.assessment_editor import AssessmentEditor
from coursebuilder.gui.editors.blocks import ExerciseBlockEditor, MediaBlockEditor, TextBlockEditor
from coursebuilder.gui.editors.course_editor import CourseEditor
from coursebuilder.gui.editors.lesson_editor import LessonEditor
from coursebuilder.gui.editors.module_editor import ModuleEditor

from .helpers import drop_files, photo_file, type_into, wait_job


def show(window, qtbot, obj, editor_type):
    """Select ``obj`` in the outline and return its editor."""
    window.outline.select(obj)
    assert isinstance(window.editor, editor_type)
    assert window.editor.isVisible()
    return window.editor


def test_lecturer_builds_saves_and_reopens_a_course(window, qtbot, answers, tmp_path):
    window.new_course()
    doc = window.document
    course = doc.course
    assert window.isWindowModified() is False

    # Course properties.
    editor = show(window, qtbot, course, CourseEditor)
    type_into(editor.title, "网上卖农产品 Selling produce online")
    editor.language.setCurrentText("zh-Hans")
    type_into(editor.subtitle, "Day 1")
    editor._add_author()
    editor.authors.item(0, 0).setText("Li Na")
    assert course.title == "网上卖农产品 Selling produce online"
    assert course.language == "zh-Hans" and course.authors[0].name == "Li Na"
    assert window.isWindowModified() and "网上卖农产品" in window.windowTitle()

    # A second module with two lessons.
    module = window.outline.add_module()
    assert course.modules[1] is module
    editor = show(window, qtbot, module, ModuleEditor)
    type_into(editor.title, "Filming")
    assert window.outline.node_of(module).text(0) == "Filming"
    first = window.outline.add_item(Lesson)
    second = window.outline.add_item(Lesson)
    assert module.items == [first, second]

    # Lesson one: text with live preview, a photo dropped from disk, an exercise.
    lesson = show(window, qtbot, first, LessonEditor)
    type_into(lesson.title, "Hold the phone still")
    lesson.minutes.setValue(20)
    type_into(lesson.objectives, "Film without shaking\nUse daylight")
    type_into(lesson.notes, "Show the tripod first.")
    lesson.add_block("text")
    text_editor = lesson.block_editor
    assert isinstance(text_editor, TextBlockEditor)
    type_into(text_editor.source, "Use **both hands**.\n\n<script>alert(1)</script>")
    qtbot.waitUntil(lambda: "both hands" in text_editor.preview.toHtml() and "<script" not in text_editor.preview.toPlainText().lower() or "&lt;script" in text_editor.preview.toHtml())
    assert "<script>" not in text_editor.preview.toHtml()
    photo = photo_file(tmp_path / "tripod.jpg")
    drop_files(lesson.blocks, [photo])
    qtbot.waitUntil(lambda: len(first.blocks) == 2, timeout=20_000)
    image = first.blocks[1]
    assert isinstance(image, ImageBlock) and image.media.startswith("media/tripod-")
    assert course.media[0].original_name == "tripod.jpg"
    media_editor = lesson.block_editor
    assert isinstance(media_editor, MediaBlockEditor) and media_editor.block is image
    type_into(media_editor.alt, "A phone on a small tripod")
    type_into(media_editor.caption, "A 20-yuan tripod")
    lesson.add_block("exercise")
    ex_editor = lesson.block_editor
    assert isinstance(ex_editor, ExerciseBlockEditor)
    q = ex_editor.questions.add("single_choice")
    qe = ex_editor.questions.editor
    type_into(qe.prompt, "When is the light softest?")
    qe.choices.set_cell(0, "text", "Noon")
    qe.choices.set_cell(1, "text", "Early morning")
    qe.choices.set_cell(1, "correct", True)
    assert [c.correct for c in q.choices] == [False, True], "single choice keeps one correct answer"
    qe.choices.add_row()
    qe.choices.set_cell(2, "text", "Midnight")
    assert [c.text for c in q.choices] == ["Noon", "Early morning", "Midnight"]

    # Lesson two: one text block, reordered by keyboard.
    lesson2 = show(window, qtbot, second, LessonEditor)
    type_into(lesson2.title, "Framing")
    lesson2.add_block("text")
    type_into(lesson2.block_editor.source, "Keep the horizon level.")
    lesson2.add_block("text")
    type_into(lesson2.block_editor.source, "First: clean the lens.")
    lesson2.blocks.setFocus()
    QTest.keyClick(lesson2.blocks, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [b.markdown for b in second.blocks] == ["First: clean the lens.", "Keep the horizon level."]

    # A quiz with several question kinds, and a survey.
    window.outline.select(second)
    quiz = window.outline.add_item(Quiz)
    qz = show(window, qtbot, quiz, AssessmentEditor)
    type_into(qz.title, "Check your filming")
    qz.pass_mark.setValue(70)
    qz.attempts.setValue(2)
    qz.shuffle.setChecked(True)
    mc = qz.questions.add("multiple_choice")
    e = qz.questions.editor
    type_into(e.prompt, "Which help a steady shot?")
    e.choices.set_cell(0, "text", "A tripod")
    e.choices.set_cell(1, "text", "Running")
    e.choices.add_row()
    e.choices.set_cell(2, "text", "Leaning on a wall")
    e.choices.set_cell(2, "correct", True)
    assert [c.correct for c in mc.choices] == [True, False, True]
    tf = qz.questions.add("true_false")
    e = qz.questions.editor
    type_into(e.prompt, "Backlight makes faces dark.")
    e.answer.setChecked(False)
    e.answer.setChecked(True)
    type_into(e.hint, "Think of a window behind someone.")
    fb = qz.questions.add("fill_blank")
    e = qz.questions.editor
    type_into(e.sentence, "Film with the light behind you")
    cursor = e.sentence.textCursor()
    cursor.setPosition(len("Film with the "))
    cursor.setPosition(len("Film with the light"), cursor.MoveMode.KeepAnchor)
    e.sentence.setTextCursor(cursor)
    e.mark_blank()
    assert fb.text == "Film with the [[light]] behind you" and fb.blanks() == [["light"]]
    assert "blank 1: light" in e.blanks_label.text()
    mt = qz.questions.add("matching")
    e = qz.questions.editor
    type_into(e.prompt, "Match the tool to its use")
    for row, (left, right) in enumerate([("Tripod", "Steady"), ("Reflector", "Light")]):
        e.pairs.set_cell(row, "left", left)
        e.pairs.set_cell(row, "right", right)
    od = qz.questions.add("ordering")
    e = qz.questions.editor
    type_into(e.prompt, "Put the steps in order")
    type_into(e.items, "Clean lens\nFrame\nRecord")
    nm = qz.questions.add("numeric")
    e = qz.questions.editor
    type_into(e.prompt, "How many seconds should a product shot last?")
    e.number.setValue(5)
    e.tolerance.setValue(2)
    type_into(e.unit, "s")
    e.points.setValue(2)
    type_into(e.feedback_correct, "Yes")
    assert [type(x) for x in quiz.questions] == [MultipleChoiceQuestion, TrueFalseQuestion, FillBlankQuestion, MatchingQuestion, OrderingQuestion, NumericQuestion]
    assert (nm.answer, nm.tolerance, nm.unit, nm.points) == (5.0, 2.0, "s", 2.0)
    assert od.items == ["Clean lens", "Frame", "Record"] and mt.pairs[1].right == "Light" and tf.answer is True

    survey = window.outline.add_item(Survey)
    sv = show(window, qtbot, survey, AssessmentEditor)
    rating = sv.questions.add("rating_scale")
    e = sv.questions.editor
    type_into(e.prompt, "How useful was day 1?")
    e.scale_max.setValue(5)
    sv.questions.add("open_text")
    assert not hasattr(sv.questions.editor, "points"), "survey questions are not scored"

    # Reorder: drag lesson two above lesson one in the outline, move the quiz up.
    assert window.outline.move_to(second, first, "before")
    assert module.items[:2] == [second, first]
    window.outline.select(quiz)
    window.outline.move_selected(-1)
    assert module.items == [second, first, quiz, survey] or module.items == [second, quiz, first, survey]

    built = copy.deepcopy(course_to_data(course))
    assert rating.scale_max == 5

    # Undo then redo several edits brings back exactly what was built.
    stack = doc.undo_stack
    steps = 12
    names = []
    for _ in range(steps):
        names.append(stack.undoText())
        window.act_undo.trigger()
    assert course_to_data(course) != built
    assert all(names) and "Move" in names[0]
    for _ in range(steps):
        window.act_redo.trigger()
    assert course_to_data(course) == built

    # Save through File › Save (asks where), close, reopen.
    target = tmp_path / "usb" / "selling.coursebundle"
    target.parent.mkdir()
    answers.save_paths.append(target)
    assert window.save()
    assert target.is_file() and not doc.is_modified() and not window.isWindowModified()
    assert window.close_course()
    assert window.document is None and window.stack.currentWidget() is window.start
    job = window.open_path(target)
    wait_job(qtbot, job)
    reopened = window.document.course
    assert course_to_data(reopened) == built
    with window.document.bundle.media.open(reopened.media[0].path) as fh:
        assert fh.read() == photo.read_bytes()
    assert answers.errors == []
