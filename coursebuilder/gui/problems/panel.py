"""The problems panel: what would go wrong in class, with a click taking the lecturer there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...model import Course, Problem, validate_course
from ...model.validate import ERROR, INFO
from ..app import interface_locale
from .places import describe_place, resolve
from .venue import venue_problems

if TYPE_CHECKING:
    from ..document import Document

PLACE = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    """List validation problems and venue checks, refreshed shortly after each edit."""

    sig_jump = Signal(str)
    """The lecturer clicked a problem; carries its place (``modules[0].items[1]...``)."""
    sig_counted = Signal(int, int)
    """Errors and warnings after a refresh."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: Document | None = None
        self.problems: list[Problem] = []
        #: Turns the checks' list into the one shown (the translation view lists missing texts per item).
        self.adjust: Callable[[Course, list[Problem]], list[Problem]] | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("problemsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Problem")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 320)
        self.tree.itemActivated.connect(self._jump)
        self.tree.itemClicked.connect(self._jump)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)

    def set_document(self, document: Document | None) -> None:
        """Check a course (or nothing)."""
        if self.document is not None:
            self.document.sig_course_changed.disconnect(self._timer.start)
        self.document = document
        if document is not None:
            document.sig_course_changed.connect(self._timer.start)
        self.tree.clear()
        self._timer.start(0)  # after the window has painted the course

    def refresh(self) -> None:
        """Check the course now and redraw the list."""
        self._timer.setInterval(400)
        self.tree.clear()
        if self.document is None:
            self.problems = []
            return
        course = self.document.course
        self.problems = validate_course(course) + venue_problems(course, self.document.bundle.media.paths())
        if self.adjust is not None:
            self.problems = self.adjust(course, self.problems)
        icons = {
            ERROR: self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            INFO: self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        language = interface_locale().name()
        for p in sorted(self.problems, key=lambda p: (p.severity != ERROR, p.severity == INFO)):
            text = p.text(language)
            node = QTreeWidgetItem([self._where(course, p), text])
            node.setIcon(0, icons.get(p.severity, icons["warning"]))
            node.setData(0, PLACE, p.place)
            node.setToolTip(1, text)
            self.tree.addTopLevelItem(node)
        if not self.problems:
            node = QTreeWidgetItem(["", self.tr("No problems found: the course is ready for class.")])
            node.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
            self.tree.addTopLevelItem(node)
        errors = sum(p.severity == ERROR for p in self.problems)
        # Notes (what is left to translate) are neither errors nor warnings.
        self.sig_counted.emit(errors, sum(p.severity not in (ERROR, INFO) for p in self.problems))

    @staticmethod
    def _where(course: Course, p: Problem) -> str:
        """Return the place of a problem in words: the file for media, else the course's own titles."""
        if p.place.startswith("media["):
            chain = resolve(course, p.place)
            if p.where:
                return p.where
            return (chain[-1].original_name or chain[-1].path) if len(chain) > 1 else p.place
        return describe_place(course, p.place)

    def _jump(self, node: QTreeWidgetItem, _column: int = 0) -> None:
        place = node.data(0, PLACE)
        if place is not None:  # the "no problems" line goes nowhere
            self.sig_jump.emit(place)
