"""The outline's keys and menu, the problems panel, the media library and the Edit menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from coursebuilder.bundle import save_bundle
from coursebuilder.gui.editors.assessment_editor import AssessmentEditor
from coursebuilder.gui.editors.lesson_editor import LessonEditor
from coursebuilder.model import ImageBlock, Lesson, Module, Quiz
from coursebuilder.model.operations import SetField

from ..factories import make_bundle
from .helpers import photo_file, wait_job


def open_test_course(window, qtbot, tmp_path):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    wait_job(qtbot, window.open_path(folder))
    return window.document


def test_outline_keyboard_and_menu_actions_are_undoable(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    course = doc.course
    day1 = course.modules[0]
    lesson, quiz = day1.items
    window.outline.select(quiz)
    window.outline.setFocus()
    QTest.keyClick(window.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert day1.items == [quiz, lesson]
    window.outline.act_duplicate.trigger()
    assert len(day1.items) == 3 and day1.items[1].title == f"{quiz.title} (copy)" and day1.items[1].id != quiz.id
    window.outline.select(day1.items[1])
    QTest.keyClick(window.outline, Qt.Key.Key_Delete)
    assert day1.items == [quiz, lesson]
    # Moving down past the end of a module moves into the next one.
    window.outline.select(lesson)
    window.outline.act_down.trigger()
    assert course.modules[1].items[0] is lesson
    assert window.act_undo.text().endswith("Move")
    for _ in range(4):
        window.act_undo.trigger()
    assert day1.items == [lesson, quiz]
    # Arrow keys walk the outline.
    window.outline.select(course)
    QTest.keyClick(window.outline, Qt.Key.Key_Down)
    assert window.outline.current_obj() is day1


def test_drag_in_outline_moves_modules_and_items(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    day1, day2 = doc.course.modules
    assert window.outline.move_to(day2, day1, "before")
    assert doc.course.modules == [day2, day1]
    survey = day2.items[1]
    assert window.outline.move_to(survey, day1, "into")
    assert day1.items[-1] is survey
    assert not window.outline.move_to(doc.course.modules[0].items[0], doc.course, "into")
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.course.modules == [day1, day2] and day2.items[1] is survey


def test_block_drag_and_keyboard_reorder(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    lesson = doc.course.modules[0].items[0]
    window.outline.select(lesson)
    editor = window.editor
    first, second = lesson.blocks[:2]
    editor.move_block(0, 1)
    assert lesson.blocks[:2] == [second, first]
    assert editor.blocks.currentRow() == 1
    editor.blocks.setFocus()
    QTest.keyClick(editor.blocks, Qt.Key.Key_Delete)
    assert first not in lesson.blocks
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert lesson.blocks[:2] == [first, second]


def test_problems_panel_lists_and_jumps_to_the_place(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    lesson = doc.course.modules[0].items[0]
    image = next(b for b in lesson.blocks if isinstance(b, ImageBlock))
    with qtbot.waitSignal(window.problems.sig_counted, timeout=5000):
        doc.do(SetField(image, "alt", ""))
    messages = [p.message for p in window.problems.problems]
    assert any("alt text" in m for m in messages)
    row = next(i for i, p in enumerate(window.problems.problems) if "alt text" in p.message)
    tree = window.problems.tree
    node = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if "alt text" in tree.topLevelItem(i).text(1))
    assert row >= 0
    window.problems.tree.itemClicked.emit(node, 0)
    assert isinstance(window.editor, LessonEditor) and window.editor.lesson is lesson
    assert window.editor.current_block() is image
    # A quiz question without a correct answer jumps to the question.
    quiz = doc.course.modules[0].items[1]
    choice_q = quiz.questions[0]
    with qtbot.waitSignal(window.problems.sig_counted, timeout=5000):
        for c in choice_q.choices:
            doc.do(SetField(c, "correct", False))
    place = next(p.place for p in window.problems.problems if "no choice is marked correct" in p.message and ".questions[0]" in p.place and "items[1]" in p.place)
    window.jump_to(place)
    assert isinstance(window.editor, AssessmentEditor) and window.editor.questions.current() is choice_q


def test_problems_panel_warns_about_media_too_large_for_the_venue(window, qtbot, tmp_path):
    from coursebuilder.gui.problems.venue import RURAL, venue_problems

    doc = open_test_course(window, qtbot, tmp_path)
    big = doc.course.media[0]
    problems = venue_problems(doc.course, doc.bundle.media.paths(), venue=type(RURAL)("tiny", max_image_bytes=10))
    assert any(big.original_name in p.message and "too large" in p.message for p in problems)
    assert not venue_problems(doc.course, doc.bundle.media.paths())


def test_media_library_shows_usage_and_removes_unused(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    library = window.media_library
    qtbot.waitUntil(lambda: library.list.count() == len(doc.course.media))
    usage = library.usage()
    photo = doc.course.cover
    assert any("cover" in w.lower() for w in usage[photo])
    extra = photo_file(tmp_path / "unused.jpg")
    job = doc.start_import([extra])
    wait_job(qtbot, job)
    doc.add_media(job.result)
    assert library.list.count() == len(doc.course.media)
    assert "1 unused" in library.summary.text()
    assert library.remove_unused() == 1
    assert all(m.original_name != "unused.jpg" for m in doc.course.media)
    doc.undo_stack.undo()
    assert any(m.original_name == "unused.jpg" for m in doc.course.media)


def test_thumbnails_are_made_off_the_gui_thread_and_cached(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    photo = doc.course.media_by_path()[doc.course.cover]
    qtbot.waitUntil(lambda: window.thumbnails.get(photo, doc.bundle.media) is not None, timeout=30_000)
    assert window.thumbnails.path(photo) is not None and not window.thumbnails._failed
    assert str(window.thumbnails.cache.root).startswith(str(tmp_path.parent)) or "cbhome" in str(window.thumbnails.cache.root)


def test_edit_menu_names_each_command(window, qtbot):
    window.new_course()
    doc = window.document
    window.outline.select(doc.course)
    window.outline.add_item(Quiz)
    assert window.act_undo.text() == "&Undo Add quiz" or "Add quiz" in window.act_undo.text()
    window.act_undo.trigger()
    assert "Add quiz" in window.act_redo.text()


def test_title_shows_name_and_unsaved_mark(window):
    window.new_course()
    doc = window.document
    assert window.windowTitle().startswith("New course")
    doc.do(SetField(doc.course, "title", "种植 Planting"))
    assert window.windowTitle().startswith("种植 Planting") and window.isWindowModified()
    doc.undo_stack.undo()
    assert not window.isWindowModified()


def test_new_course_has_a_module_and_lesson_ready(window):
    window.new_course()
    course = window.document.course
    assert isinstance(course.modules[0], Module) and isinstance(course.modules[0].items[0], Lesson)


def test_outline_drop_event_moves_through_the_model(window, qtbot, tmp_path):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    doc = open_test_course(window, qtbot, tmp_path)
    day1, day2 = doc.course.modules
    pricing = day2.items[0]
    outline = window.outline
    outline.select(pricing)
    target = outline.node_of(day1.items[1])
    mime = outline.mimeData([outline.currentItem()])
    centre = QPointF(outline.visualItemRect(target).center())
    event = QDropEvent(centre, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    outline.dropEvent(event)
    assert pricing in day1.items and pricing not in day2.items
    # The tree was redrawn from the model, not moved by Qt on its own.
    assert [outline.obj(outline.node_of(day1).child(i)) for i in range(outline.node_of(day1).childCount())] == day1.items
    doc.undo_stack.undo()
    assert day2.items[0] is pricing


def test_dragging_a_question_in_the_list_reorders_the_model(window, qtbot, tmp_path):
    from PySide6.QtCore import QModelIndex

    doc = open_test_course(window, qtbot, tmp_path)
    quiz = doc.course.modules[0].items[1]
    window.outline.select(quiz)
    questions = window.editor.questions
    first, second = quiz.questions[:2]
    # What the list does itself when a row is dragged below the next one.
    assert questions.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 2)
    qtbot.waitUntil(lambda: quiz.questions[:2] == [second, first])
    assert questions.list.item(0).text().startswith("1. " + second.prompt[:10])
    assert "Reorder" in window.act_undo.text()


def test_preview_shows_the_lesson_in_the_course_language(window, qtbot, tmp_path):
    from coursebuilder.gui.preview_dialog import item_html

    doc = open_test_course(window, qtbot, tmp_path)
    assert doc.course.language == "zh-Hans"
    lesson = doc.course.modules[0].items[0]
    page = item_html(doc, window.thumbnails, lesson)
    assert "30 分钟" in page and "学习目标" in page and "<h1>拍摄 Filming</h1>" in page
    assert "<strong>window</strong>" in page  # the Markdown is rendered
    doc.do(SetField(doc.course, "language", "en"))
    page = item_html(doc, window.thumbnails, lesson)
    assert "30 min" in page and "You will learn to" in page


def test_dragging_a_block_in_the_list_moves_it_in_the_lesson(window, qtbot, tmp_path):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    doc = open_test_course(window, qtbot, tmp_path)
    lesson = doc.course.modules[0].items[0]
    window.outline.select(lesson)
    blocks = window.editor.blocks
    first = lesson.blocks[0]
    blocks.setCurrentRow(0)
    mime = blocks.model().mimeData([blocks.currentIndex()])
    target = blocks.visualRect(blocks.model().index(2, 0))
    below_third = QPointF(target.center().x(), target.bottom() - 1)
    event = QDropEvent(below_third, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    blocks.dropEvent(event)
    qtbot.waitUntil(lambda: lesson.blocks[2] is first)
    assert blocks.count() == len(lesson.blocks) and blocks.currentRow() == 2
    assert "Move block" in window.act_undo.text()
