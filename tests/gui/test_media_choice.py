"""Choosing media: from the library, from disk, dropped on a block, and the course cover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from coursebuilder.bundle import save_bundle
from coursebuilder.gui.editors.blocks import MediaBlockEditor
from coursebuilder.gui.editors.course_editor import CourseEditor
from coursebuilder.model import AudioBlock, ImageBlock

from ..factories import make_bundle
from .helpers import drop_files, photo_file, wait_job


def open_lesson(window, qtbot, tmp_path):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    wait_job(qtbot, window.open_path(folder))
    lesson = window.document.course.modules[1].items[0]
    window.outline.select(lesson)
    return window.document, lesson, window.editor


def test_a_picture_block_offers_only_pictures_from_the_library(window, qtbot, tmp_path):
    doc, lesson, editor = open_lesson(window, qtbot, tmp_path)
    block = editor.add_block("image")
    media_editor = editor.block_editor
    assert isinstance(media_editor, MediaBlockEditor) and media_editor.block is block
    offered = [media_editor.media.itemData(i) for i in range(1, media_editor.media.count())]
    images = [m.path for m in doc.course.media if m.kind == "image"]
    assert offered == images
    media_editor.media.setCurrentIndex(2)
    assert block.media == images[1]
    assert "Choose file" in window.act_undo.text()
    window.act_undo.trigger()
    assert block.media == "" and media_editor.media.currentIndex() == 0


def test_add_from_disk_and_drop_on_a_block(window, qtbot, tmp_path, monkeypatch):
    doc, lesson, editor = open_lesson(window, qtbot, tmp_path)
    block = editor.add_block("image")
    media_editor = editor.block_editor
    first = photo_file(tmp_path / "stall.jpg")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(first)], "")))
    media_editor._choose()
    qtbot.waitUntil(lambda: block.media.startswith("media/stall-"))
    second = photo_file(tmp_path / "scales.jpg", colour=(20, 20, 200))
    drop_files(media_editor, [second])
    qtbot.waitUntil(lambda: block.media.startswith("media/scales-"))
    assert {m.original_name for m in doc.course.media} >= {"stall.jpg", "scales.jpg"}
    window.act_undo.trigger()
    assert block.media.startswith("media/stall-"), "one undo takes back the dropped file and the choice together"
    assert "scales.jpg" not in {m.original_name for m in doc.course.media}


def test_an_audio_block_refuses_nothing_but_lists_only_sound(window, qtbot, tmp_path):
    doc, lesson, editor = open_lesson(window, qtbot, tmp_path)
    editor.add_block("audio")
    media_editor = editor.block_editor
    assert isinstance(media_editor.block, AudioBlock)
    offered = [media_editor.media.itemData(i) for i in range(1, media_editor.media.count())]
    assert offered == [m.path for m in doc.course.media if m.kind == "audio"]
    assert hasattr(media_editor, "transcript") and not hasattr(media_editor, "alt")


def test_choose_a_new_cover_from_disk(window, qtbot, tmp_path, monkeypatch):
    doc, _lesson, _editor = open_lesson(window, qtbot, tmp_path)
    window.outline.select(doc.course)
    editor = window.editor
    assert isinstance(editor, CourseEditor)
    cover = photo_file(tmp_path / "new cover.jpg", colour=(250, 200, 0))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(cover)], "")))
    editor._choose_cover()
    qtbot.waitUntil(lambda: doc.course.cover.startswith("media/new-cover-"))
    assert editor.cover.currentData() == doc.course.cover
    window.act_undo.trigger()
    assert not doc.course.cover.startswith("media/new-cover-")
    assert "new cover.jpg" not in {m.original_name for m in doc.course.media}, "one undo takes back file and cover"


def test_rename_in_the_outline_is_one_undoable_edit(window, qtbot, tmp_path):
    doc, lesson, _editor = open_lesson(window, qtbot, tmp_path)
    node = window.outline.node_of(lesson)
    node.setText(0, "Pricing for the market")  # what the inline editor does on Enter
    assert lesson.title == "Pricing for the market"
    assert window.editor.title.text() == "Pricing for the market"
    window.act_undo.trigger()
    assert lesson.title == "Pricing" and window.outline.node_of(lesson).text(0) == "Pricing"
    node = window.outline.node_of(lesson)
    node.setText(0, "   ")  # an empty title is refused, the old one comes back
    assert lesson.title == "Pricing" and window.outline.node_of(lesson).text(0) == "Pricing"


def test_image_paths_are_posix_and_inside_media(window, qtbot, tmp_path):
    doc, lesson, editor = open_lesson(window, qtbot, tmp_path)
    job = editor.drop_files([photo_file(tmp_path / "Straße 路边摊.jpg")])
    wait_job(qtbot, job)
    block = lesson.blocks[-1]
    assert isinstance(block, ImageBlock)
    assert block.media.startswith("media/") and "\\" not in block.media and Path(block.media).parent.name == "media"


def test_drag_a_file_from_the_media_library_onto_a_lesson(window, qtbot, tmp_path):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDropEvent

    from coursebuilder.model import FileBlock, VideoBlock

    doc, lesson, editor = open_lesson(window, qtbot, tmp_path)
    library = window.media_library
    qtbot.waitUntil(lambda: library.list.count() == len(doc.course.media))
    video_row = next(i for i, m in enumerate(doc.course.media) if m.kind == "video")
    sheet_row = next(i for i, m in enumerate(doc.course.media) if m.kind == "file")
    for row in (video_row, sheet_row):
        mime = library.list.mimeData([library.list.item(row)])
        event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        editor.blocks.dropEvent(event)
    kinds = {type(b) for b in lesson.blocks}
    assert VideoBlock in kinds and FileBlock in kinds
    assert {b.media for b in lesson.blocks if isinstance(b, (VideoBlock, FileBlock))} == {doc.course.media[video_row].path, doc.course.media[sheet_row].path}
    assert "Add block" in window.act_undo.text()
