"""Edit › Find and replace through the real dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .helpers import type_into
from .test_panels import open_test_course


def open_dialog(window):
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.outline.setFocus()
    QTest.keyClick(window.outline, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.find_actions.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_hits_list_every_place_and_jump_to_it(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    lesson = doc.course.modules[0].items[0]
    dialog = open_dialog(window)
    type_into(dialog.find_box, "tripod")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    assert dialog.count.text() == f"{len(dialog.hits)} found"
    # The hit in a quiz's matching pair: clicking it opens the quiz at that question.
    row = next(i for i, h in enumerate(dialog.hits) if h.attr == "left" and h.place.startswith("modules[0].items[1]"))
    dialog.results.setCurrentRow(row)
    quiz = doc.course.modules[0].items[1]
    assert window.editor.shows is quiz
    assert window.editor.questions.current() is quiz.questions[4]
    # A hit in speaker notes switches to the notes tab and selects the words.
    lesson.notes = "Bring a Tripod and a phone."
    type_into(dialog.find_box, "phone")
    qtbot.waitUntil(lambda: any(h.attr == "notes" for h in dialog.hits))
    window.outline.select(doc.course)
    dialog.results.setCurrentRow(next(i for i, h in enumerate(dialog.hits) if h.attr == "notes"))
    assert window.editor.shows is lesson
    assert window.editor.tabs.currentIndex() == 1
    assert window.editor.notes.textCursor().selectedText() == "phone"


def test_replace_all_is_one_undo_step_and_replace_one_changes_one(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    dialog = open_dialog(window)
    type_into(dialog.find_box, "price")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    n = len(dialog.hits)
    assert n >= 3
    type_into(dialog.replace_box, "cost")
    dialog.results.setCurrentRow(1)
    second = dialog.hits[1]
    QTest.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert len(dialog.hits) == n - 1
    assert "cost" in (getattr(second.obj, second.attr) if second.entry < 0 else getattr(second.obj, second.attr)[second.entry]).lower()
    QTest.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    assert dialog.hits == [] and dialog.count.text() == "Not found"
    assert window.act_undo.text() == "&Undo Replace all"
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: len(dialog.hits) == n - 1)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: len(dialog.hits) == n)
    assert not doc.is_modified()


def test_match_case_and_whole_words_narrow_the_hits(window, qtbot, tmp_path):
    open_test_course(window, qtbot, tmp_path)
    dialog = open_dialog(window)
    dialog.find_box.setText("price")
    dialog.search()
    loose = len(dialog.hits)
    dialog.case.setChecked(True)
    assert len(dialog.hits) < loose
    dialog.case.setChecked(False)
    dialog.whole.setChecked(True)
    assert 0 < len(dialog.hits) <= loose
