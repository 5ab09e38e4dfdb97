"""Help › About: versions of everything, and diagnostics to copy into a bug report."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import diagnostics


def qt_details() -> dict[str, str]:
    """Return what only the GUI knows: Qt's version, the platform plugin and every screen."""
    details = {"Qt": qVersion(), "PySide6": PySide6.__version__, "Qt platform": QGuiApplication.platformName()}
    for index, screen in enumerate(QGuiApplication.screens()):
        size = screen.geometry()
        details[f"Screen {index + 1}"] = (
            f"{size.width()}x{size.height()} at {screen.devicePixelRatio():g}x, {screen.logicalDotsPerInch():.0f} dpi"
        )
    return details


def diagnostics_text() -> str:
    """Return the full diagnostics report, GUI details included."""
    return diagnostics.report(qt_details())


class AboutDialog(QDialog):
    """Show what CourseBuilder is, which versions run, and copy diagnostics."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CourseBuilder"))
        layout = QVBoxLayout(self)
        versions = diagnostics.versions()
        # The product's name and version number need no translation.
        title = QLabel()
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setText("<h2>" + "CourseBuilder " + versions["CourseBuilder"] + "</h2>")
        blurb = QLabel(self.tr("CourseBuilder builds portable training courses for phones, projectors and USB sticks."))
        blurb.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(blurb)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([self.tr("Component"), self.tr("Version")])
        self.table.setRootIsDecorated(False)
        for name, version in {**versions, **qt_details()}.items():
            self.table.addTopLevelItem(QTreeWidgetItem([name, version]))
        self.table.resizeColumnToContents(0)
        layout.addWidget(self.table)
        self.log_label = QLabel(self.tr("Log file: %1").replace("%1", str(diagnostics.log_file())))
        self.log_label.setWordWrap(True)
        layout.addWidget(self.log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy diagnostics"))
        self.copy_button.setToolTip(self.tr("Copies versions, system, screens, folders and the last 200 log lines, to paste into a bug report."))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 460)

    def copy_diagnostics(self) -> str:
        """Put the diagnostics report on the clipboard and return it."""
        text = diagnostics_text()
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Copied"))
        return text
