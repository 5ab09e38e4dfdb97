"""Shared pieces of the editors: the context they work in and small form helpers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

if TYPE_CHECKING:
    from ..document import Document
    from ..thumbs import Thumbnails


@dataclass
class EditorContext:
    """What every editor needs: the document, thumbnails, and how to ask for files."""

    document: Document
    thumbnails: Thumbnails
    #: Ask the lecturer for media files; returns the chosen paths (a file dialog, or a test's stub).
    choose_files: Callable[[QWidget, str], list[Path]]
    #: Import a folder of photos into a lesson (lesson, folder) as one undoable edit; None where unavailable.
    import_photos: Callable[[object, Path], object] | None = None
    #: Show the shown lesson or assessment as trainees see it; None where unavailable.
    preview: Callable[[], None] | None = None


class EditorPage(QWidget):
    """What the main window knows of an editor: the object it shows, and how to point at a place in it.

    The window never reaches into an editor's widgets: it asks for ``shows`` and calls ``select``.
    """

    def __init__(self, shows: Any, parent: QWidget | None = None):
        super().__init__(parent)
        #: The course, module, lesson or assessment this editor edits.
        self.shows = shows

    def select(self, chain: list[Any]) -> None:
        """Select what ``chain`` (objects from the course down, as a problem's place resolves) points at."""


def select_question(questions: Any, chain: list[Any]) -> None:
    """Select the question of a question list that ``chain`` passes through, if any."""
    for i, q in enumerate(questions.owner.questions):
        if any(q is o for o in chain):
            questions.list.setCurrentRow(i)


def form(parent: QWidget) -> QFormLayout:
    """Return a form layout that wraps long labels instead of squeezing fields."""
    layout = QFormLayout(parent)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return layout


def text_box(lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    """Return a plain-text box about ``lines`` high."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * max(lines, 2) * 2 + 12)
    return box


def heading(text: str) -> QLabel:
    """Return a bold section heading."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    label.setFont(font)
    return label
