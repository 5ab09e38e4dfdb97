"""The Markdown formatting toolbar and Ctrl+B / Ctrl+I in a text block."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from coursebuilder.gui.editors.blocks import TextBlockEditor
from coursebuilder.model import ImageBlock, TextBlock

from .helpers import photo_file
from .test_panels import open_test_course


def text_block_editor(window, qtbot, tmp_path):
    doc = open_test_course(window, qtbot, tmp_path)
    lesson = doc.course.modules[1].items[0]
    window.outline.select(lesson)
    window.editor.blocks.setCurrentRow(0)
    editor = window.editor.block_editor
    assert isinstance(editor, TextBlockEditor)
    return doc, lesson, editor


def select(box, start, end):
    cursor = box.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)


def test_ctrl_b_and_ctrl_i_format_the_selected_words_undoably(window, qtbot, tmp_path):
    doc, lesson, editor = text_block_editor(window, qtbot, tmp_path)
    block = lesson.blocks[0]
    assert block.markdown == "Price = cost + work."
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    editor.source.setFocus()
    select(editor.source, 0, 5)
    QTest.keyClick(editor.source, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert block.markdown == "**Price** = cost + work."
    select(editor.source, 19, 23)
    QTest.keyClick(editor.source, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert block.markdown == "**Price** = cost + *work*."
    # The preview shows it bold, as trainees will see it.
    qtbot.waitUntil(lambda: "<strong>Price</strong>" in editor.preview.toHtml() or "font-weight" in editor.preview.toHtml())
    # Typing goes on where the selection was: the word stays selected and is replaced.
    QTest.keyClicks(editor.source, "labour")
    assert block.markdown == "**Price** = cost + *labour*."
    while doc.undo_stack.canUndo():
        window.act_undo.trigger()
    assert block.markdown == "Price = cost + work."


def test_toolbar_buttons_make_headings_lists_and_links(window, qtbot, tmp_path):
    doc, lesson, editor = text_block_editor(window, qtbot, tmp_path)
    block = lesson.blocks[0]
    editor.source.setPlainText("Steps\nBuy\nClean\nSell")
    bar = editor.toolbar
    select(editor.source, 0, 0)
    bar.widgetForAction(bar.act_heading).click()
    assert block.markdown.startswith("## Steps\n")
    select(editor.source, len("## Steps\n"), len(block.markdown))
    bar.widgetForAction(bar.act_numbers).click()
    assert block.markdown == "## Steps\n1. Buy\n2. Clean\n3. Sell"
    bar.widgetForAction(bar.act_bullets).click()
    assert block.markdown == "## Steps\n- Buy\n- Clean\n- Sell"
    select(editor.source, 11, 14)
    bar.widgetForAction(bar.act_link).click()
    assert block.markdown.startswith("## Steps\n- [Buy](https://)")
    assert editor.source.textCursor().selectedText() == "https://"


def test_picture_button_adds_a_picture_block_after_the_text(window, qtbot, tmp_path, monkeypatch):
    photo = photo_file(tmp_path / "stall.jpg")
    monkeypatch.setattr(window, "choose_media_files", lambda parent, kind: [photo])
    doc, lesson, editor = text_block_editor(window, qtbot, tmp_path)
    bar = editor.toolbar
    bar.widgetForAction(bar.act_picture).click()
    qtbot.waitUntil(lambda: len(lesson.blocks) == 2, timeout=20_000)
    assert isinstance(lesson.blocks[1], ImageBlock)
    assert doc.course.media_by_path()[lesson.blocks[1].media].original_name == "stall.jpg"
    window.act_undo.trigger()
    assert len(lesson.blocks) == 1 and isinstance(lesson.blocks[0], TextBlock)


def test_text_pasted_from_slides_is_cleaned_as_it_enters_the_course(window, qtbot, tmp_path):
    # PowerPoint's line break is a vertical tab; Word leaves control characters and U+FFFE behind.
    doc, lesson, editor = text_block_editor(window, qtbot, tmp_path)
    editor.source.selectAll()
    editor.source.insertPlainText("Press\x0bEnter\x07 twice\ufffe")
    qtbot.waitUntil(lambda: "Press" in lesson.blocks[0].markdown, timeout=10_000)
    assert lesson.blocks[0].markdown == "Press\nEnter twice"
