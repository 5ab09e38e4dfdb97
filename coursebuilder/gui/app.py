"""Start the editor application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from ..bundle import BundleError, open_bundle


def run(path: str | None = None) -> int:
    """Show the editor window, opening ``path`` if given, and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CourseBuilder")
    window = QMainWindow()
    window.resize(1100, 720)
    text = QApplication.translate("app", "CourseBuilder")
    if path:
        try:
            bundle = open_bundle(Path(path))
        except BundleError as exc:
            QMessageBox.critical(None, text, str(exc))
            return 3
        window.setWindowTitle(f"{bundle.course.title} — {text}")
    else:
        window.setWindowTitle(text)
    window.setCentralWidget(QLabel(text))
    window.show()
    return app.exec()
