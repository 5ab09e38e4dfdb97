"""Small traps a new lecturer fell into, each driven through the real widgets."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from coursebuilder.bundle import save_bundle
from coursebuilder.gui.editors.questions import new_question
from coursebuilder.model import ImageBlock, Lesson, MediaItem, Quiz, Survey, validate_course
from coursebuilder.model.operations import Insert, SetField

from ..factories import make_bundle
from .helpers import wait_job


def _active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_ctrl_y_and_ctrl_shift_z_both_redo(window, qtbot):
    window.new_course()
    _active(window, qtbot)
    doc = window.document
    for keys in ("Ctrl+Y", "Ctrl+Shift+Z"):
        doc.do(SetField(doc.course, "title", f"Redo with {keys}"))
        window.act_undo.trigger()
        assert doc.course.title != f"Redo with {keys}"
        QTest.keySequence(window, QKeySequence(keys))
        assert doc.course.title == f"Redo with {keys}", keys


def test_a_single_click_on_the_selected_item_does_not_rename_but_f2_does(window, qtbot):
    window.new_course()
    _active(window, qtbot)
    outline = window.outline
    lesson = window.document.course.modules[0].items[0]
    outline.select(lesson)
    rect = outline.visualItemRect(outline.node_of(lesson))
    QTest.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # a "slow second click" starts a rename where allowed
    QTest.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    assert outline.state() != outline.State.EditingState
    assert not outline.viewport().findChildren(QLineEdit)
    outline.setFocus()
    QTest.keyClick(outline, Qt.Key.Key_F2)
    assert outline.state() == outline.State.EditingState


def test_duplicate_says_copy(window):
    window.new_course()
    lesson = window.document.course.modules[0].items[0]
    window.outline.select(lesson)
    window.outline.act_duplicate.trigger()
    module = window.document.course.modules[0]
    assert [i.title for i in module.items] == ["Lesson 1", "Lesson 1 (copy)"]


def test_a_new_lesson_takes_the_typing_for_its_name(window, qtbot):
    window.new_course()
    _active(window, qtbot)
    window.outline.select(window.document.course.modules[0])
    window.outline.act_add_lesson.trigger()
    lesson = window.editor.shows
    assert isinstance(lesson, Lesson)
    assert QApplication.focusWidget() is window.editor.title and window.editor.title.selectedText() == "New lesson"
    QTest.keyClicks(QApplication.focusWidget(), "Pricing eggs")
    assert lesson.title == "Pricing eggs"


def test_quiz_and_survey_icons_differ(window):
    window.new_course()
    module = window.document.course.modules[0]
    window.document.do(Insert(module, "items", 1, Quiz(title="Q")))
    window.document.do(Insert(module, "items", 2, Survey(title="S")))
    outline = window.outline
    icons = {type(outline.obj(n)).__name__: outline.node_of(outline.obj(n)).icon(0).pixmap(16).toImage() for n in outline._all_items()}
    assert icons["Quiz"] != icons["Survey"] and icons["Quiz"] != icons["Lesson"] and icons["Survey"] != icons["Lesson"]


def test_the_block_list_names_pictures_by_their_original_file_names(window, qtbot, tmp_path):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    wait_job(qtbot, window.open_path(folder))
    doc = window.document
    lesson = next(lesson for lesson in doc.course.lessons() if any(isinstance(b, ImageBlock) for b in lesson.blocks))
    window.outline.select(lesson)
    image = next(b for b in lesson.blocks if isinstance(b, ImageBlock))
    item: MediaItem = doc.course.media_by_path()[image.media]
    doc.do(SetField(image, "alt", ""))
    doc.do(SetField(image, "caption", ""))
    row = next(i for i, b in enumerate(lesson.blocks) if b is image)
    text = window.editor.blocks.item(row).text()
    assert item.original_name in text and image.media.rsplit("/", 1)[-1] not in text


def test_the_start_screen_shows_no_problem_counts(window, qtbot):
    assert not window.counts.isVisible() or window.counts.text() == ""
    window.new_course()
    qtbot.waitUntil(lambda: window.counts.isVisible() and "error" in window.counts.text())
    window.document.undo_stack.setClean()
    window.close_course()
    qtbot.wait(50)
    assert not window.counts.isVisible()


def test_counts_and_kinds_read_as_english(window, qtbot):
    window.new_course()
    qtbot.waitUntil(lambda: "error" in window.counts.text())
    assert re.fullmatch(r"(0 errors|1 error|\d+ errors), (0 warnings|1 warning|\d+ warnings)", window.counts.text()), window.counts.text()
    window.media_library.refresh()
    doc = window.document
    doc.do(Insert(doc.course, "media", 0, MediaItem(path="media/a.jpg", sha256="0" * 64, size=10, mime="image/jpeg", original_name="a.jpg")))
    window.media_library.refresh()
    assert window.media_library.summary.text().startswith("1 file,")
    module = doc.course.modules[0]
    quiz = Quiz(title="Q", questions=[new_question("open_text", "en")])
    doc.do(Insert(module, "items", 1, quiz))
    words = [p.message for p in validate_course(doc.course)]
    assert any("open answer questions are not scored" in w for w in words), words  # the kind's one name
    assert not any(re.search(r"\ba [aeiou]", w) for w in words), words
    # No English sentence puts "a" before a word it cannot know ("a open text", "a image").
    from coursebuilder.model.messages import MESSAGES, WORD_PARAMETERS

    for code, templates in MESSAGES.items():
        for word in WORD_PARAMETERS:
            assert f"a {{{word}}}" not in templates["en"], code


def test_kind_rows_leave_no_large_gap(window, qtbot):
    window.new_course()
    window.resize(1440, 1000)  # a tall screen gives the question editor spare height
    module = window.document.course.modules[0]
    from coursebuilder.model import QUESTION_TYPES

    quiz = Quiz(title="Q", questions=[new_question(kind, "en") for kind in QUESTION_TYPES])
    window.document.do(Insert(module, "items", 1, quiz))
    window.outline.select(quiz)
    questions = window.editor.questions
    for row, q in enumerate(quiz.questions):
        questions.list.setCurrentRow(row)
        qtbot.wait(10)
        editor = questions.editor
        kind = editor.findChild(QLabel, "questionKind")
        line = kind.fontMetrics().height()
        gap = editor.prompt.mapTo(editor, QPoint(0, 0)).y() - (kind.mapTo(editor, QPoint(0, 0)).y() + kind.height())
        assert kind.height() < 2 * line and gap < line, f"{q.type}: Kind row {kind.height()} px high, {gap} px above the question"


def test_every_counted_string_has_english_plural_forms():
    import coursebuilder.gui as gui
    from coursebuilder.gui.app import TRANSLATIONS

    root = Path(gui.__file__).parent
    counted = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "%n" in node.value:
                counted.add(node.value)
    forms = {}
    for message in ET.parse(TRANSLATIONS / "coursebuilder_en.ts").iter("message"):
        forms[message.findtext("source")] = [f.text for f in message.iter("numerusform")]
    for text in counted:
        assert text in forms and all(forms[text]) and len(forms[text]) == 2, f"no English plural forms for {text!r}"
