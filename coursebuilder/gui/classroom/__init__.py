"""Classroom › Start in the editor: serve the open course to phones; see their results."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu


class ClassroomActions(QObject):
    """The Classroom menu of a main window and the windows it opens."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.classroom_window = None
        self.results_window = None
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def fill_menu(self, menu: QMenu) -> None:
        """Add Start and Results to ``menu``."""
        self.act_start = QAction(self.tr("&Start classroom…"), self)
        self.act_start.triggered.connect(self.open_classroom)
        self.act_results = QAction(self.tr("&Results…"), self)
        self.act_results.triggered.connect(self.open_results)
        menu.addAction(self.act_start)
        menu.addAction(self.act_results)
        menu.aboutToShow.connect(self._update)

    def _update(self) -> None:
        has = self.window.document is not None
        self.act_start.setEnabled(has)
        self.act_results.setEnabled(has)

    def open_classroom(self) -> None:
        """Show the classroom window (one per editor window)."""
        from .window import ClassroomWindow

        if self.window.document is None:
            return
        if self.classroom_window is None:
            self.classroom_window = ClassroomWindow(self.window)
        self.classroom_window.show()
        self.classroom_window.raise_()

    def open_results(self) -> None:
        """Show the results of the open course."""
        from .results_view import ResultsWindow

        if self.window.document is None:
            return
        if self.classroom_window is not None and self.classroom_window.controller.running:
            # The classroom's own results window shows the live counts too.
            self.classroom_window.show_results()
            return
        if self.results_window is not None:
            self.results_window.close()
        self.results_window = ResultsWindow(self.window.document.course, self.window)
        self.results_window.reload()
        self.results_window.show()

    def shutdown(self) -> None:
        """Stop the classroom: called when the editor window closes or the application quits."""
        if self.classroom_window is not None:
            self.classroom_window.close()
