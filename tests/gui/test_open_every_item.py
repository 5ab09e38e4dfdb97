"""Every item of a course opens in its editor without changing anything, and saves back unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from coursebuilder.bundle import open_bundle, save_bundle
from coursebuilder.bundle.limits import MANIFEST_NAME
from coursebuilder.gui.editors.assessment_editor import AssessmentEditor
from coursebuilder.gui.editors.lesson_editor import LessonEditor
from coursebuilder.gui.preview_dialog import item_html
from coursebuilder.gui.start_screen import sample_courses
from coursebuilder.model import Assessment, Lesson, course_to_data

from ..factories import make_bundle
from .helpers import wait_job


def click_through(window) -> int:
    """Select every outline node, block and question in turn; return how many things were shown."""
    shown = 0
    outline = window.outline
    nodes = list(outline._all_items())
    assert len(nodes) == 1 + sum(1 + len(m.items) for m in window.document.course.modules)
    for node in nodes:
        obj = outline.obj(node)
        outline.setCurrentItem(node)
        assert window.editor is not None and window.editor.shows is obj
        shown += 1
        editor = window.editor
        if isinstance(obj, Lesson):
            assert isinstance(editor, LessonEditor)
            for row, block in enumerate(obj.blocks):
                editor.blocks.setCurrentRow(row)
                assert editor.block_editor.block is block
                shown += 1
                questions = getattr(editor.block_editor, "questions", None)
                if questions is not None:
                    shown += select_questions(questions)
        elif isinstance(obj, Assessment):
            assert isinstance(editor, AssessmentEditor)
            shown += select_questions(editor.questions)
        if isinstance(obj, (Lesson, Assessment)):
            html = item_html(window.document, window.thumbnails, obj)
            assert obj.title.split()[0] in html if obj.title.strip() else True
    return shown


def select_questions(question_list) -> int:
    for row, q in enumerate(question_list.owner.questions):
        question_list.list.setCurrentRow(row)
        assert question_list.editor.q is q
    return len(question_list.owner.questions)


def open_and_check(window, qtbot, folder: Path, tmp_path: Path) -> None:
    original = (folder / MANIFEST_NAME).read_bytes()
    expected = course_to_data(open_bundle(folder).course)
    job = window.open_path(folder)
    qtbot.waitUntil(lambda: job.ended, timeout=30_000)
    assert job.state == "done", job.error
    doc = window.document
    shown = click_through(window)
    assert shown > 3
    # Looking must not edit: no command, nothing modified, the title has no unsaved mark.
    assert doc.undo_stack.count() == 0, [doc.undo_stack.text(i) for i in range(doc.undo_stack.count())]
    assert not doc.is_modified() and not window.isWindowModified()
    copy = tmp_path / "saved-back"
    assert window.save_to(copy, folder=True)
    assert course_to_data(open_bundle(copy).course) == expected
    assert (copy / MANIFEST_NAME).read_bytes() == original
    for item in doc.course.media:
        assert (copy / item.path).read_bytes() == (folder / item.path).read_bytes()


def test_every_kind_of_block_and_question_opens_and_saves_back(window, qtbot, tmp_path):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    open_and_check(window, qtbot, folder, tmp_path)


SAMPLES = sample_courses()


@pytest.mark.skipif(not SAMPLES, reason="no sample courses in sample_courses/ yet")
@pytest.mark.parametrize("folder", [s[0] for s in SAMPLES], ids=[s[0].name for s in SAMPLES])
def test_sample_course_opens_shows_everything_and_saves_back_unchanged(window, qtbot, tmp_path, folder):
    open_and_check(window, qtbot, folder, tmp_path)


def test_new_from_sample_never_overwrites_the_sample(window, qtbot, answers, tmp_path):
    folder = tmp_path / "sample"
    save_bundle(make_bundle(), folder, folder=True)
    before = (folder / MANIFEST_NAME).read_bytes()
    wait_job(qtbot, window.open_path(folder, sample=True))
    doc = window.document
    assert doc.path is None
    doc.do(__import__("coursebuilder.model.operations", fromlist=["SetField"]).SetField(doc.course, "title", "Mine"))
    answers.save_paths.append(tmp_path / "mine.coursebundle")
    assert window.save()
    assert (folder / MANIFEST_NAME).read_bytes() == before
    assert open_bundle(tmp_path / "mine.coursebundle").course.title == "Mine"
    assert answers.asked == ["save: "]
