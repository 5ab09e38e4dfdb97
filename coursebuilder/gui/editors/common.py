"""Shared pieces of the editors: the context they work in and small form helpers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QScrollArea, QSplitter, QWidget

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


class AdaptiveSplitter(QSplitter):
    """Two panes side by side when the editor is wide enough, one above the other when it is not.

    Small laptops (1024 pixels wide, with the outline beside the editor) would otherwise have
    to scroll sideways to reach the second pane. The width that counts is that of the scroll
    area the editor sits in, not the splitter's own (which grows with a side-by-side layout).
    """

    def __init__(self, wide_enough: int, sizes: tuple[int, int] = (1, 3), parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        #: The editor width from which the panes go side by side.
        self.wide_enough = wide_enough
        self._sizes = sizes
        self._watched: QWidget | None = None
        self.setChildrenCollapsible(False)

    def fit(self, available: int) -> None:
        """Lay the panes out for an editor ``available`` pixels wide."""
        wanted = Qt.Orientation.Horizontal if available >= self.wide_enough else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
            # The second pane (the one being edited) stays the larger, as before the turn.
            total = sum(self.sizes()) or 1000
            first = total * self._sizes[0] // sum(self._sizes)
            self.setSizes([first, total - first])

    def _viewport(self) -> QWidget | None:
        w = self.parentWidget()
        while w is not None and not isinstance(w, QScrollArea):
            w = w.parentWidget()
        return w.viewport() if w is not None else None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        viewport = self._viewport()
        if viewport is not None and viewport is not self._watched:
            viewport.installEventFilter(self)
            self._watched = viewport
        self.fit(viewport.width() if viewport is not None else self.width())

    def eventFilter(self, watched, event) -> bool:
        if watched is self._watched and watched is not None and event.type() == QEvent.Type.Resize:
            self.fit(watched.width())
        return False
