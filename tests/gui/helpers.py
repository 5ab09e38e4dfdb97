"""Small helpers for driving the editor like a lecturer."""

from __future__ import annotations

import io
import re

from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest

JOB_TIMEOUT_MS = 30_000


def close_without_prompts(window) -> None:
    """Drop the window's unsaved changes, then close it: a test's course is never worth a prompt."""
    if window.document is not None:
        window.document.undo_stack.setClean()
        window.set_document(None)
    window.close()


def wait_job(qtbot, job) -> None:
    """Wait until a job has ended and its result handlers have run."""
    assert job is not None
    qtbot.waitUntil(lambda: job.ended, timeout=JOB_TIMEOUT_MS)


def type_into(widget, text: str) -> None:
    """Replace a field's text by typing, as a lecturer would."""
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    # Chinese arrives through the input method, not as key presses (QTest only knows ASCII keys).
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            QTest.keyClicks(widget, chunk.replace("\n", "\r"))
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def photo_file(path, size=(800, 600), colour=(180, 120, 60)):
    """Write a small photo-like JPEG and return its path."""
    im = Image.new("RGB", size, colour)
    ImageDraw.Draw(im).ellipse([100, 100, 500, 400], fill=(40, 160, 60))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    path.write_bytes(buf.getvalue())
    return path


def drop_files(widget, files, pos=None) -> None:
    """Deliver a file-manager drop of ``files`` onto ``widget`` through its real drop handler."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    point = QPointF(pos) if pos is not None else QPointF(widget.rect().center())
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    assert event.isAccepted(), "the widget refused the dropped files"
