"""File › Import: each importer through the real menu action, as one undoable edit of the open course."""

from __future__ import annotations

import copy
import threading

import pytest
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coursebuilder import importers
from coursebuilder.bundle import open_bundle, save_bundle
from coursebuilder.model import ImageBlock, Quiz

from ..factories import make_bundle
from ..importers.import_support import photo_bytes, picture_bytes
from .helpers import JOB_TIMEOUT_MS, drop_files, wait_job

GIFT = """// a small bank
::Price:: What do you add to the cost to get the price? {=your work ~nothing}

::Fresh:: Vegetables sell best in the morning. {T}
"""


@pytest.fixture
def course_window(window, qtbot, tmp_path):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    wait_job(qtbot, window.open_path(folder))
    return window


@pytest.fixture
def informed(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append(f"{title}: {text}") or QMessageBox.StandardButton.Ok))
    return shown


def run_import(window, qtbot, monkeypatch, kind: str, source):
    """Choose File › Import › ``kind`` with the file dialog answering ``source``; return the ended job."""
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: asked.append(a[1]) or (str(source), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: asked.append(a[1]) or str(source)))
    action = window.importing.actions[kind]
    assert action in window.import_menu.actions() and action.isEnabled()
    action.trigger()
    assert asked, "the action did not ask for its source"
    job = window.importing.last_job
    wait_job(qtbot, job)
    return job


def check_undo_redo(window, before):
    """Undo gives back the course exactly; redo gives the import again."""
    doc = window.document
    after = copy.deepcopy(doc.course)
    doc.undo_stack.undo()
    assert doc.course == before
    doc.undo_stack.redo()
    assert doc.course == after


def media_bytes_after_reopen(window, tmp_path) -> dict[str, bytes]:
    target = tmp_path / "saved.coursebundle"
    assert window.save_to(target)
    reopened = open_bundle(target)
    return {m.original_name: reopened.media.open(m.path).read() for m in reopened.course.media}


def make_deck(path, picture: bytes):
    prs = Presentation()
    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = "Market day"
    title.placeholders[1].text = "Selling at the market"
    header = prs.slides.add_slide(prs.slide_layouts[2])  # Section Header: starts a lesson
    header.shapes.title.text = "Setting up the stall"
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Before you open"
    body = slide.placeholders[1].text_frame
    body.text = "Arrive early"
    para = body.add_paragraph()
    para.text = "Bring shade"
    para.level = 1
    pic_file = path.parent / "stall.png"
    pic_file.write_bytes(picture)
    slide.shapes.add_picture(str(pic_file), Inches(5), Inches(4), Inches(2))
    slide.notes_slide.notes_text_frame.text = "Ask who has sold before."
    chart_slide = prs.slides.add_slide(prs.slide_layouts[5])
    chart_slide.shapes.title.text = "Sales by day"
    data = CategoryChartData()
    data.categories = ["Mon", "Tue"]
    data.add_series("Sales", (3, 5))
    chart_slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(6), Inches(4), data)
    prs.save(str(path))
    return path


def test_import_a_deck(course_window, qtbot, monkeypatch, tmp_path):
    window = course_window
    doc = window.document
    before = copy.deepcopy(doc.course)
    picture = picture_bytes((200, 30, 30), size=(120, 90))
    deck = make_deck(tmp_path / "market.pptx", picture)
    job = run_import(window, qtbot, monkeypatch, "pptx", deck)
    assert job.state == "done", job.error

    course = doc.course
    assert course.modules[:2] == before.modules, "existing modules stay as they were"
    added = course.modules[2:]
    assert added, "the deck added no module"
    lessons = [item for m in added for item in m.items]
    assert any(lesson.title == "Setting up the stall" for lesson in lessons)
    stall = next(lesson for lesson in lessons if lesson.title == "Setting up the stall")
    assert "Ask who has sold before." in stall.notes
    assert len(course.media) == len(before.media) + 1
    assert window.statusBar().currentMessage() == "Imported from market.pptx: 1 module, 1 lesson, 1 picture"
    assert doc.undo_stack.undoText() == "Import deck “market.pptx”"
    assert doc.is_modified()

    # The chart is listed as not carried over, with its slide.
    dialog = window.importing.notes_dialog
    assert dialog is not None and dialog.isVisible()
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert any("slide 4" in n for n in notes), notes
    dialog.close()

    check_undo_redo(window, before)
    saved = media_bytes_after_reopen(window, tmp_path)
    assert picture in saved.values()


def test_import_a_markdown_folder(course_window, qtbot, monkeypatch, tmp_path):
    window = course_window
    doc = window.document
    before = copy.deepcopy(doc.course)
    folder = tmp_path / "notes"
    (folder / "02 Packing").mkdir(parents=True)
    photo = photo_bytes(taken="2025:05:01 09:00:00")
    (folder / "crate.jpg").write_bytes(photo)
    (folder / "01-welcome.md").write_text(
        "---\ntitle: Welcome 欢迎\nminutes: 15\nobjectives:\n  - Know the market\n---\n\n"
        "Hello traders.\n\n![A crate of tomatoes](crate.jpg)\n", "utf-8")
    (folder / "02 Packing" / "boxes.md").write_text("# Boxes\n\nUse strong boxes.\n", "utf-8")
    (folder / "02 Packing" / "check.gift").write_text(GIFT, "utf-8")

    job = run_import(window, qtbot, monkeypatch, "markdown", folder)
    assert job.state == "done", job.error
    course = doc.course
    new_items = [item for m in course.modules[2:] for item in m.items]
    welcome = next(i for i in new_items if i.title == "Welcome 欢迎")
    assert welcome.minutes == 15 and welcome.objectives == ["Know the market"]
    picture = next(b for b in welcome.blocks if isinstance(b, ImageBlock))
    assert picture.alt == "A crate of tomatoes"
    assert any(isinstance(i, Quiz) and len(i.questions) == 2 for i in new_items)
    assert doc.undo_stack.undoText() == "Import Markdown folder “notes”"

    check_undo_redo(window, before)
    saved = media_bytes_after_reopen(window, tmp_path)
    assert saved["crate.jpg"] == photo


def test_import_a_gift_bank_into_the_selected_module(course_window, qtbot, monkeypatch, tmp_path):
    window = course_window
    doc = window.document
    before = copy.deepcopy(doc.course)
    first = doc.course.modules[0]
    window.outline.select(first)
    bank = tmp_path / "market-check.gift"
    bank.write_text(GIFT, "utf-8")

    job = run_import(window, qtbot, monkeypatch, "gift", bank)
    assert job.state == "done", job.error
    assert doc.course.modules[0] is first, "the module object is kept, so older undo steps stay valid"
    quiz = first.items[-1]
    assert isinstance(quiz, Quiz) and [q.prompt for q in quiz.questions][0].startswith("What do you add")
    assert len(first.items) == len(before.modules[0].items) + 1
    assert doc.course.modules[1] == before.modules[1]
    assert doc.undo_stack.undoText() == "Import questions “market-check.gift”"
    check_undo_redo(window, before)


def test_a_broken_gift_bank_names_its_line_and_changes_nothing(course_window, qtbot, monkeypatch, tmp_path, answers):
    window = course_window
    doc = window.document
    before = copy.deepcopy(doc.course)
    steps = doc.undo_stack.count()
    bank = tmp_path / "broken.gift"
    bank.write_text("::One:: Fine? {T}\n\n::Two:: Where is the brace? {=here ~there\n", "utf-8")

    job = run_import(window, qtbot, monkeypatch, "gift", bank)
    assert job.state == "failed"
    assert len(answers.errors) == 1
    message = answers.errors[0]
    assert "broken.gift" in message and "line 3" in message, message
    assert doc.course == before
    assert doc.undo_stack.count() == steps and not doc.is_modified()


def test_import_photos_into_the_selected_lesson(course_window, qtbot, monkeypatch, tmp_path):
    window = course_window
    doc = window.document
    before = copy.deepcopy(doc.course)
    lesson = doc.course.modules[1].items[0]
    window.outline.select(lesson)
    folder = tmp_path / "phone"
    folder.mkdir()
    # Named against the order they were taken: capture time decides.
    later = photo_bytes(taken="2025:06:01 10:00:00", colour=(10, 20, 200))
    earlier = photo_bytes(taken="2025:06:01 08:00:00", colour=(200, 20, 10), orientation=6)
    (folder / "a.jpg").write_bytes(later)
    (folder / "b.jpg").write_bytes(earlier)

    job = run_import(window, qtbot, monkeypatch, "photos", folder)
    assert job.state == "done", job.error
    pictures = [b for b in lesson.blocks if isinstance(b, ImageBlock)]
    assert len(pictures) == 2
    by_path = {m.path: m for m in doc.course.media}
    assert [by_path[p.media].original_name for p in pictures] == ["b.jpg", "a.jpg"]
    assert doc.undo_stack.undoText() == "Import photos from “phone”"
    notes = window.importing.notes_dialog
    assert notes is not None and "alt text" in notes.notes.item(0).text()
    notes.close()

    check_undo_redo(window, before)
    # The photos' bytes are still read for the save after undo and redo.
    saved = media_bytes_after_reopen(window, tmp_path)
    assert saved["a.jpg"] == later and saved["b.jpg"] == earlier


def test_photos_need_a_lesson(course_window, qtbot, monkeypatch, informed):
    window = course_window
    window.outline.select(window.document.course.modules[0])
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: asked.append(a) or ""))
    window.importing.actions["photos"].trigger()
    assert asked == [] and len(informed) == 1 and "lesson" in informed[0]
    assert not window.document.is_modified()


def test_cancel_changes_nothing(course_window, qtbot, monkeypatch, tmp_path):
    window = course_window
    doc = window.document
    before = copy.deepcopy(doc.course)
    deck = make_deck(tmp_path / "market.pptx", picture_bytes((0, 90, 0)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(deck), "")))
    # The importer starts only once the lecturer has pressed Cancel, so the test never races it.
    pressed = threading.Event()
    real = importers.import_pptx

    def after_cancel(*args, **kwargs):
        assert pressed.wait(JOB_TIMEOUT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(importers, "import_pptx", after_cancel)
    window.importing.actions["pptx"].trigger()
    job = window.importing.last_job
    assert window.cancel_button.isVisible()
    window.cancel_button.click()
    pressed.set()
    wait_job(qtbot, job)
    assert job.state == "cancelled"
    assert doc.course == before and doc.undo_stack.count() == 0


def test_drop_a_folder_of_photos_on_a_lesson(course_window, qtbot, tmp_path):
    window = course_window
    doc = window.document
    before = copy.deepcopy(doc.course)
    lesson = doc.course.modules[1].items[0]
    window.outline.select(lesson)
    folder = tmp_path / "from phone"
    folder.mkdir()
    (folder / "2.jpg").write_bytes(photo_bytes(taken="2025:06:02 08:00:00"))
    (folder / "1.jpg").write_bytes(photo_bytes(taken="2025:06:03 08:00:00", colour=(0, 0, 200)))
    count = len(lesson.blocks)

    drop_files(window.editor.blocks, [folder])
    job = window.importing.last_job
    wait_job(qtbot, job)
    assert job.state == "done", job.error
    added = lesson.blocks[count:]
    names = {m.path: m.original_name for m in doc.course.media}
    assert [names[b.media] for b in added] == ["2.jpg", "1.jpg"]
    assert doc.undo_stack.undoText() == "Import photos from “from phone”"
    window.importing.notes_dialog.close()
    check_undo_redo(window, before)


def test_import_a_deck_as_a_new_course(window, qtbot, monkeypatch, tmp_path):
    assert window.document is None, "the start screen"
    assert not window.importing.actions["photos"].isEnabled()
    picture = picture_bytes((30, 30, 200), size=(100, 80))
    deck = make_deck(tmp_path / "market.pptx", picture)
    job = run_import(window, qtbot, monkeypatch, "pptx", deck)
    assert job.state == "done", job.error
    doc = window.document
    assert doc is not None and doc.path is None and doc.is_modified()
    course = doc.course
    assert (course.title, course.subtitle) == ("Market day", "Selling at the market")
    assert [i.title for m in course.modules for i in m.items] == ["Setting up the stall"]
    assert window.windowTitle().startswith("Market day")
    window.importing.notes_dialog.close()
    saved = media_bytes_after_reopen(window, tmp_path)
    assert list(saved.values()) == [picture]


def test_a_failed_import_without_a_course_goes_back_to_the_start_screen(window, qtbot, monkeypatch, tmp_path, answers):
    bank = tmp_path / "broken.gift"
    bank.write_text("::Two:: Where is the brace? {=here ~there\n", "utf-8")
    job = run_import(window, qtbot, monkeypatch, "gift", bank)
    assert job.state == "failed" and len(answers.errors) == 1 and "line 1" in answers.errors[0]
    assert window.document is None and window.stack.currentWidget() is window.start
