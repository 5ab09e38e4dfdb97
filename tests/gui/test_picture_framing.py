"""Turning and cropping a picture block from the editor: undoable, shown in the editor's picture."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from coursebuilder.gui.editors.blocks import MediaBlockEditor
from coursebuilder.model import ImageBlock

from .test_panels import open_test_course


def picture_editor(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    lesson = doc.course.modules[0].items[0]
    window.outline.select(lesson)
    row = next(i for i, b in enumerate(lesson.blocks) if isinstance(b, ImageBlock) and "diagram" in b.media)
    window.editor.blocks.setCurrentRow(row)
    editor = window.editor.block_editor
    assert isinstance(editor, MediaBlockEditor)
    qtbot.waitUntil(lambda: editor.picture.pixmap() is not None and not editor.picture.pixmap().isNull(), timeout=20_000)
    return doc, lesson.blocks[row], editor


def test_turn_buttons_turn_the_shown_picture_and_undo(window, qtbot, tmp_path):
    doc, block, editor = picture_editor(window, qtbot, tmp_path)
    wide = editor.picture.pixmap().size()
    assert wide.width() > wide.height()  # the 40x30 diagram
    assert not editor.framing.reset.isEnabled()
    QTest.mouseClick(editor.framing.right, Qt.MouseButton.LeftButton)
    assert block.rotate == 90
    tall = editor.picture.pixmap().size()
    assert tall.height() > tall.width()
    assert editor.framing.reset.isEnabled()
    QTest.mouseClick(editor.framing.left, Qt.MouseButton.LeftButton)
    QTest.mouseClick(editor.framing.left, Qt.MouseButton.LeftButton)
    assert block.rotate == 270
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert block.rotate == 90
    QTest.mouseClick(editor.framing.reset, Qt.MouseButton.LeftButton)
    assert block.rotate == 0 and block.crop == []
    assert window.act_undo.text() == "&Undo Show the whole picture"


def test_crop_dialog_keeps_the_dragged_part(window, qtbot, tmp_path):
    doc, block, editor = picture_editor(window, qtbot, tmp_path)
    whole = editor.picture.pixmap().size()
    dialog = editor.framing.open_crop()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    area = dialog.area
    r = area._picture_rect()
    QTest.mousePress(area, Qt.MouseButton.LeftButton, pos=QPoint(int(r.x() + r.width() * 0.25), int(r.y() + r.height() * 0.25)))
    QTest.mouseMove(area, QPoint(int(r.x() + r.width() * 0.6), int(r.y() + r.height() * 0.5)))
    QTest.mouseRelease(area, Qt.MouseButton.LeftButton, pos=QPoint(int(r.x() + r.width() * 0.75), int(r.y() + r.height() * 0.75)))
    dialog.accept()
    x, y, w, h = block.crop
    assert abs(x - 0.25) < 0.02 and abs(y - 0.25) < 0.02 and abs(w - 0.5) < 0.02 and abs(h - 0.5) < 0.02
    # The editor shows the kept half, not the whole picture.
    shown = editor.picture.pixmap().size()
    assert abs(shown.width() - whole.width() / 2) <= 1 and abs(shown.height() - whole.height() / 2) <= 1
    # Turned afterwards, the crop turns with the picture and still shows the same part.
    QTest.mouseClick(editor.framing.right, Qt.MouseButton.LeftButton)
    assert block.rotate == 90 and len(block.crop) == 4
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert block.rotate == 0 and block.crop == []


def test_a_cancelled_crop_changes_nothing(window, qtbot, tmp_path):
    doc, block, editor = picture_editor(window, qtbot, tmp_path)
    dialog = editor.framing.open_crop()
    dialog.area.box = dialog.area.box.adjusted(0.1, 0.1, -0.1, -0.1)
    dialog.reject()
    assert block.crop == [] and not doc.is_modified()


def test_the_trainee_preview_shows_the_turned_picture(window, qtbot, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from coursebuilder.gui.preview_dialog import PreviewDialog

    doc, block, editor = picture_editor(window, qtbot, tmp_path)
    QTest.mouseClick(editor.framing.right, Qt.MouseButton.LeftButton)
    lesson = next(ls for ls in doc.course.lessons() if any(b is block for b in ls.blocks))
    dialog = PreviewDialog(doc, window.thumbnails, lesson, window)
    image = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(f"framed-{block.id}"))
    assert image is not None and image.height() > image.width()  # the 40x30 diagram, turned upright
    assert f"framed-{block.id}" in dialog.browser.toHtml()
    # The block itself still points at its file.
    assert block.media.startswith("media/")
    dialog.deleteLater()
