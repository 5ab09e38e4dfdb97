"""Every view follows the removal of what it shows; no edit reaches an object outside the course."""

from __future__ import annotations

import copy
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coursebuilder.bundle import CourseBundle
from coursebuilder.gui.document import Document
from coursebuilder.gui.editors.assessment_editor import AssessmentEditor
from coursebuilder.gui.editors.lesson_editor import LessonEditor
from coursebuilder.model import Course, Lesson, Module, Quiz, Survey, TextBlock, course_to_data
from coursebuilder.model.operations import SetField

from .helpers import type_into
from .test_import_actions import GIFT, informed, run_import  # noqa: F401 - fixture



def test_undoing_add_lesson_shows_the_module_and_typing_changes_nothing(window, qtbot):
    window.new_course()
    doc = window.document
    module = doc.course.modules[0]
    window.outline.select(module)
    window.outline.act_add_lesson.trigger()
    lesson = window.editor.shows
    assert isinstance(lesson, Lesson) and lesson in module.items and lesson is not module.items[0]
    title = window.editor.title
    window.act_undo.trigger()
    assert not any(i is lesson for i in module.items)
    assert window.editor.shows is module and window.outline.current_obj() is module
    before = course_to_data(doc.course)
    # The old title field may still be alive until the event loop deletes it: typing there reaches nothing.
    QTest.keyClicks(title, "Typed after undo")
    QTest.keyClicks(QApplication.focusWidget() or window, "x")
    assert course_to_data(doc.course) == before
    assert not doc.is_modified() and doc.undo_stack.canRedo()
    window.act_redo.trigger()
    assert any(i is lesson for i in module.items) and lesson.title == "New lesson"


def test_an_edit_of_an_object_outside_the_course_is_refused(window, qtbot):
    window.new_course()
    doc = window.document
    stray = Lesson(title="Not in the course")
    with qtbot.waitSignal(doc.sig_refused):
        assert not doc.do(SetField(stray, "title", "Changed"))
    assert stray.title == "Not in the course" and doc.undo_stack.count() == 0
    assert "no longer in the course" in window.statusBar().currentMessage()


def test_deleting_the_shown_lesson_shows_the_next_one_or_the_module(window):
    window.new_course()
    module = window.document.course.modules[0]
    first = module.items[0]
    window.outline.select(first)
    window.outline.act_delete.trigger()
    assert window.editor.shows is module
    window.act_undo.trigger()
    assert window.document.contains(first)


def test_a_lesson_moved_to_another_module_stays_shown(window):
    window.new_course()
    doc = window.document
    window.outline.select(doc.course.modules[0])
    window.outline.act_add_module.trigger()
    second = window.editor.shows
    lesson = doc.course.modules[0].items[0]
    window.outline.select(lesson)
    window.outline.act_down.trigger()  # past the end of its module: into the next one
    assert any(i is lesson for i in second.items)
    assert window.editor.shows is lesson
    window.act_undo.trigger()  # back into the first module, still shown
    assert any(i is lesson for i in doc.course.modules[0].items) and window.editor.shows is lesson
    window.outline.select(second)
    window.act_undo.trigger()  # the shown module goes: the course is shown
    assert window.editor.shows is doc.course and window.outline.current_obj() is doc.course


def test_undoing_an_import_leaves_the_imported_quiz(window, qtbot, monkeypatch, tmp_path, informed):  # noqa: F811
    window.new_course()
    doc = window.document
    bank = tmp_path / "bank.gift"
    bank.write_text(GIFT, encoding="utf-8")
    run_import(window, qtbot, monkeypatch, "gift", bank)
    imported = window.editor.shows
    assert isinstance(imported, Quiz) and doc.contains(imported)
    editor = window.editor
    question = editor.questions.editor.q
    window.act_undo.trigger()
    assert not doc.contains(imported)
    assert window.document.contains(window.editor.shows) and window.editor is not editor
    before = course_to_data(doc.course)
    type_into(editor.title, "Still typing")
    type_into(editor.questions.editor.hint, "A hint")
    assert course_to_data(doc.course) == before and question.hint == ""


# --- the property: random edits, undo and redo while an editor is open ----------------------------

STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("select"), st.integers(0, 30)),
        st.tuples(st.sampled_from(["add_module", "add_lesson", "add_quiz", "add_survey", "duplicate", "delete", "up", "down"]), st.none()),
        st.tuples(st.sampled_from(["undo", "redo", "undo", "redo"]), st.none()),
        st.tuples(st.sampled_from(["add_block", "remove_block", "add_question", "remove_question", "type"]), st.none()),
    ),
    min_size=1,
    max_size=10,
)


def _start(window) -> Document:
    if window.document is not None:
        window.document.undo_stack.setClean()
    course = Course(title="C", modules=[
        Module(title="M1", items=[Lesson(title="L1", blocks=[TextBlock(markdown="one")]), Quiz(title="Q1")]),
        Module(title="M2", items=[Survey(title="S1")]),
    ])
    window.set_document(Document(CourseBundle(course=course), window))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return window.document


def _run(window, step) -> None:
    name, arg = step
    outline, editor = window.outline, window.editor
    actions = {
        "add_module": outline.act_add_module, "add_lesson": outline.act_add_lesson, "add_quiz": outline.act_add_quiz,
        "add_survey": outline.act_add_survey, "duplicate": outline.act_duplicate, "delete": outline.act_delete,
        "up": outline.act_up, "down": outline.act_down, "undo": window.act_undo, "redo": window.act_redo,
    }
    if name == "select":
        nodes = list(outline._all_items())
        outline.setCurrentItem(nodes[arg % len(nodes)])
    elif name in actions:
        actions[name].trigger()
    elif name == "add_block" and isinstance(editor, LessonEditor):
        editor.add_buttons["text"].click()
    elif name == "remove_block" and isinstance(editor, LessonEditor):
        editor.remove_block()
    elif name == "add_question" and isinstance(editor, AssessmentEditor):
        editor.questions.add("single_choice" if isinstance(editor.item, Quiz) else "rating_scale")
    elif name == "remove_question" and isinstance(editor, AssessmentEditor):
        editor.questions.remove()
    elif name == "type" and editor is not None and hasattr(editor, "title"):
        QTest.keyClicks(editor.title, "z")
        assert editor.shows.title == editor.title.text(), "typing did not reach the shown object"


def _check(window, doc: Document) -> None:
    editor = window.editor
    assert editor is not None, "no editor is shown"
    assert doc.contains(editor.shows), f"the editor shows {editor.shows!r}, which is not in the course"
    assert window.outline.current_obj() is editor.shows
    if isinstance(editor, LessonEditor) and editor.block_editor is not None:
        assert any(b is editor.block_editor.block for b in editor.shows.blocks)
    if isinstance(editor, AssessmentEditor) and editor.questions.editor is not None:
        assert any(q is editor.questions.editor.q for q in editor.shows.questions)


def test_the_shown_object_is_always_in_the_course(window):
    window.hide()  # the same widgets and signals, without painting 200 courses' worth of editors
    @settings(max_examples=int(os.environ.get("FOLLOW_EXAMPLES", "200")), deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(steps=STEPS)
    def run(steps):
        doc = _start(window)
        _check(window, doc)
        before_edits = copy.deepcopy(doc.course)
        for step in steps:
            _run(window, step)
            _check(window, doc)
        while doc.undo_stack.canUndo():
            window.act_undo.trigger()
            _check(window, doc)
        assert doc.course == before_edits, "undoing everything does not give the course back"

    run()
