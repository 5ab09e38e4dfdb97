"""Formatting buttons and Ctrl+B / Ctrl+I for a Markdown text box, for lecturers who do not write Markdown."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolBar

from ...model.text_format import TextEdit, link, prefix_lines, wrap


def utf16_offset(text: str, index: int) -> int:
    """Return the Qt (UTF-16) position of Python character ``index`` of ``text`` (they differ for emoji)."""
    return len(text[:index].encode("utf-16-le")) // 2


def character_index(text: str, units: int) -> int:
    # Qt cursor positions count UTF-16 units; the formatting works on Python characters.
    count = 0
    for i, ch in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class MarkdownToolbar(QToolBar):
    """Bold, italic, heading, list, numbered list, link and picture for one text box."""

    def __init__(self, box: QPlainTextEdit, on_picture: Callable[[], object] | None = None, parent=None):
        super().__init__(parent)
        self.box = box
        self.setObjectName("markdownToolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_bold = self._add(self.tr("B"), self.tr("Bold (Ctrl+B)"), self.bold, QKeySequence.StandardKey.Bold)
        font = QFont()
        font.setBold(True)
        self.act_bold.setFont(font)
        self.act_italic = self._add(self.tr("I"), self.tr("Italic (Ctrl+I)"), self.italic, QKeySequence.StandardKey.Italic)
        font = QFont()
        font.setItalic(True)
        self.act_italic.setFont(font)
        self.act_heading = self._add(self.tr("Heading"), self.tr("Make the line a heading"), lambda: self.lines("heading"))
        self.act_bullets = self._add(self.tr("• List"), self.tr("Make the lines a list"), lambda: self.lines("bullets"))
        self.act_numbers = self._add(self.tr("1. List"), self.tr("Make the lines a numbered list"), lambda: self.lines("numbers"))
        self.act_link = self._add(self.tr("Link"), self.tr("Make the words a link (Ctrl+K)"), self.link, "Ctrl+K")
        self.act_picture = None
        if on_picture is not None:
            self.act_picture = self._add(self.tr("Picture…"), self.tr("Add a picture after this text"), on_picture)

    def _add(self, text: str, tip: str, slot, key=None) -> QAction:
        act = QAction(text, self)
        act.setToolTip(tip)
        act.triggered.connect(slot)
        if key is not None:
            act.setShortcut(QKeySequence(key))
            # Only while typing in this box: Ctrl+B elsewhere means nothing to the editor.
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.box.addAction(act)
        self.addAction(act)
        return act

    def _selection(self) -> tuple[str, int, int]:
        text = self.box.toPlainText()
        cursor = self.box.textCursor()
        return text, character_index(text, cursor.selectionStart()), character_index(text, cursor.selectionEnd())

    def apply(self, edit: TextEdit) -> None:
        """Make a formatting edit in the box as one typing step, then select what it says."""
        text = self.box.toPlainText()
        new = edit.apply(text)
        cursor = self.box.textCursor()
        cursor.beginEditBlock()
        cursor.setPosition(utf16_offset(text, edit.start))
        cursor.setPosition(utf16_offset(text, edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.insert)
        cursor.endEditBlock()
        cursor.setPosition(utf16_offset(new, edit.select[0]))
        cursor.setPosition(utf16_offset(new, edit.select[1]), QTextCursor.MoveMode.KeepAnchor)
        self.box.setTextCursor(cursor)
        self.box.setFocus()

    def bold(self) -> None:
        """Make the selection bold (or plain again)."""
        text, a, b = self._selection()
        self.apply(wrap(text, a, b, "**", self.tr("bold text")))

    def italic(self) -> None:
        """Make the selection italic (or plain again)."""
        text, a, b = self._selection()
        self.apply(wrap(text, a, b, "*", self.tr("italic text")))

    def lines(self, kind: str) -> None:
        """Make the selected lines a heading, a list or a numbered list (or plain again)."""
        text, a, b = self._selection()
        self.apply(prefix_lines(text, a, b, kind))

    def link(self) -> None:
        """Make the selection a link, with the address selected for typing."""
        text, a, b = self._selection()
        self.apply(link(text, a, b, self.tr("link text")))


def add_picture_after(ctx, block, parent):
    """Ask for a picture and add it as a picture block right after ``block``; return the import job.

    A picture goes in its own block rather than as Markdown ``![]()``: that way it gets alt
    text, a caption and the sizes made for phones and slides.
    """
    from ...model import ImageBlock
    from ...model.edits import add_file_blocks

    files = ctx.choose_files(parent, "image")
    if not files:
        return None
    document = ctx.document
    job = document.start_import(files[:1])

    def done(added):
        lesson = next((lesson for lesson in document.course.lessons() if any(b is block for b in lesson.blocks)), None)
        pictures = [item for item in document.files(added) if item.kind == "image"]
        if lesson is None or not pictures:
            return
        at = next(i for i, b in enumerate(lesson.blocks) if b is block) + 1
        op = add_file_blocks(document.course, lesson, at, pictures, lambda item: ImageBlock(media=item.path))
        if op is not None:
            document.do(op, QCoreApplication.translate("MarkdownToolbar", "Add picture"))

    job.sig_done.connect(done)
    return job

