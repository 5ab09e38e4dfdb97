"""Cut, copy and paste of modules, lessons, blocks and questions, within a course and between two windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coursebuilder.bundle import CourseBundle, open_bundle
from coursebuilder.bundle.fragment import FRAGMENT_MIME, media_paths
from coursebuilder.gui.document import Document
from coursebuilder.model import Course, ExerciseBlock, Module

from .test_panels import open_test_course


def key(widget, k, mod=Qt.KeyboardModifier.ControlModifier):
    # Shortcuts reach only the active window, as with a real keyboard.
    widget.window().activateWindow()
    QTest.qWaitForWindowActive(widget.window())
    widget.setFocus()
    QTest.keyClick(widget, k, mod)


def wait_last_job(qtbot, window):
    qtbot.waitUntil(lambda: not window.jobs, timeout=30_000)


def empty_window(make_window, title="Other course"):
    other = make_window()
    other.set_document(Document(CourseBundle(course=Course(title=title, modules=[Module(title="Week 1")])), other))
    return other


def test_a_lesson_is_copied_to_another_window_with_its_media_and_pasted_as_one_undo_step(make_window, qtbot, tmp_path):
    first = make_window()
    doc = open_test_course(first, qtbot, tmp_path)
    lesson = doc.course.modules[0].items[0]
    first.outline.select(lesson)
    key(first.outline, Qt.Key.Key_C)
    wait_last_job(qtbot, first)
    assert QApplication.clipboard().mimeData().hasFormat(FRAGMENT_MIME)

    second = empty_window(make_window)
    target = second.document
    module = target.course.modules[0]
    second.outline.select(module)
    key(second.outline, Qt.Key.Key_V)
    wait_last_job(qtbot, second)
    (copy,) = module.items
    assert copy.title == lesson.title and copy.id != lesson.id
    assert len(target.course.media) == 5
    assert second.outline.current_obj() is copy
    assert second.act_undo.text() == "&Undo Paste"
    # Saved and reopened, the pictures are really in the other bundle.
    out = tmp_path / "other"
    assert second.save_to(out, folder=True)
    reopened = open_bundle(out)
    for path in media_paths(reopened.course.modules[0].items):
        with reopened.media.open(path) as fh:
            assert fh.read()
    second.act_undo.trigger()
    assert module.items == [] and target.course.media == []


def test_cut_removes_and_paste_brings_back_a_module_within_the_course(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    day1, day2 = doc.course.modules
    window.outline.select(day1)
    key(window.outline, Qt.Key.Key_X)
    wait_last_job(qtbot, window)
    assert doc.course.modules == [day2]
    window.outline.select(day2)
    window.clipboard.act_paste.trigger()
    wait_last_job(qtbot, window)
    assert [m.title for m in doc.course.modules] == ["Day 2", "Day 1"]
    # Pasting again gives a second, independent copy; the media are shared, not doubled.
    before = len(doc.course.media)
    window.clipboard.act_paste.trigger()
    wait_last_job(qtbot, window)
    assert len(doc.course.modules) == 3 and doc.course.modules[1].id != doc.course.modules[2].id
    assert len(doc.course.media) == before


def test_blocks_are_copied_from_the_block_list_and_pasted_after_the_selected_block(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    lesson1 = doc.course.modules[0].items[0]
    lesson2 = doc.course.modules[1].items[0]
    window.outline.select(lesson1)
    window.editor.blocks.setCurrentRow(1)
    key(window.editor.blocks, Qt.Key.Key_C)
    wait_last_job(qtbot, window)
    window.outline.select(lesson2)
    window.editor.blocks.setCurrentRow(0)
    key(window.editor.blocks, Qt.Key.Key_V)
    wait_last_job(qtbot, window)
    assert [b.type for b in lesson2.blocks] == ["text", "image"]
    assert lesson2.blocks[1].media == lesson1.blocks[1].media
    assert window.editor.current_block() is lesson2.blocks[1]


def test_questions_go_from_a_quiz_into_an_exercise(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    quiz = doc.course.modules[0].items[1]
    lesson = doc.course.modules[0].items[0]
    window.outline.select(quiz)
    window.editor.questions.list.setCurrentRow(2)
    key(window.editor.questions.list, Qt.Key.Key_C)
    wait_last_job(qtbot, window)
    window.outline.select(lesson)
    exercise_row = next(i for i, b in enumerate(lesson.blocks) if isinstance(b, ExerciseBlock))
    window.editor.blocks.setCurrentRow(exercise_row)
    exercise = lesson.blocks[exercise_row]
    n = len(exercise.questions)
    questions = window.editor.block_editor.questions
    questions.list.setCurrentRow(n - 1)
    key(questions.list, Qt.Key.Key_V)
    wait_last_job(qtbot, window)
    assert len(exercise.questions) == n + 1
    assert exercise.questions[-1].prompt == quiz.questions[2].prompt


def test_ctrl_c_in_a_text_field_copies_text_not_the_lesson(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    window.outline.select(doc.course.modules[0].items[0])
    QApplication.clipboard().clear()
    title = window.editor.title
    title.setFocus()
    title.selectAll()
    QTest.keyClick(title, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == doc.course.modules[0].items[0].title
    assert not QApplication.clipboard().mimeData().hasFormat(FRAGMENT_MIME)
    assert not window.jobs


def test_blocks_cannot_be_pasted_where_there_is_no_lesson(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    window.outline.select(doc.course.modules[0].items[0])
    window.editor.blocks.setCurrentRow(0)
    key(window.editor.blocks, Qt.Key.Key_C)
    wait_last_job(qtbot, window)
    window.outline.select(doc.course.modules[1])
    window.outline.setFocus()
    before = window.document.undo_stack.count()
    window.clipboard.act_paste.trigger()
    wait_last_job(qtbot, window)
    assert window.document.undo_stack.count() == before
    assert "Select a lesson" in window.statusBar().currentMessage()


def test_damaged_clipboard_content_is_a_message_not_a_crash(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData

    doc = open_test_course(window, qtbot, tmp_path)
    mime = QMimeData()
    mime.setData(FRAGMENT_MIME, b"PK\x03\x04 not really a zip")
    QApplication.clipboard().setMimeData(mime)
    window.outline.select(doc.course.modules[0])
    window.outline.setFocus()
    window.clipboard.act_paste.trigger()
    wait_last_job(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Cannot paste: the clipboard does not hold course content")
    assert not doc.is_modified()


def test_the_clipboard_format_has_one_name():
    from coursebuilder.bundle import fragment
    from coursebuilder.gui import clipboard

    assert clipboard.FRAGMENT_MIME == fragment.FRAGMENT_MIME


def test_another_program_gets_the_bytes_from_the_clipboard(window, qtbot, tmp_path):
    from coursebuilder.bundle.fragment import read_fragment

    doc = open_test_course(window, qtbot, tmp_path)
    window.outline.select(doc.course.modules[0].items[1])
    key(window.outline, Qt.Key.Key_C)
    wait_last_job(qtbot, window)
    mime = QApplication.clipboard().mimeData()
    # What Qt hands to another process: the formats it lists and the bytes of each.
    assert FRAGMENT_MIME in mime.formats()
    fragment = read_fragment(mime.data(FRAGMENT_MIME).data())
    assert fragment.kind == "items" and fragment.objects[0].title == doc.course.modules[0].items[1].title
    assert mime.text() == doc.course.modules[0].items[1].title
