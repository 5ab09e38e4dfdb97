"""The message that stays after an export: where the file went, with buttons to open it or its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget


class ExportDoneDialog(QDialog):
    """Say where an export was written until the lecturer closes it; open the file or its folder."""

    def __init__(self, path: Path, summary: str, warnings: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Export finished"))
        layout = QVBoxLayout(self)
        self.message = QLabel(
            self.tr("“%1” is ready (%2).\nIt is in the folder %3").replace("%1", self.path.name).replace("%2", summary)
            .replace("%3", str(self.path.parent)))
        self.message.setObjectName("exportDoneMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.warnings = QListWidget()
        self.warnings.setObjectName("exportWarnings")
        if warnings:
            layout.addWidget(QLabel(self.tr("Worth checking before class:")))
            self.warnings.addItems([str(w) for w in warnings])
            layout.addWidget(self.warnings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("Open file"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = buttons.addButton(self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole)
        # A folder export (the phone package as a folder) opens as a folder either way.
        self.open_button.setText(self.tr("Open folder") if self.path.is_dir() else self.tr("Open file"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_in_folder)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def open_file(self) -> bool:
        """Open the export with the program the system uses for it; return whether that worked."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def show_in_folder(self) -> bool:
        """Open the folder holding the export in the file manager; return whether that worked."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def show_export_done(window, path: Path, summary: str, warnings: list) -> ExportDoneDialog:
    """Show (replacing any earlier one) the message that an export is ready; return it."""
    old = getattr(window, "export_done", None)
    if old is not None:
        old.close()
        old.deleteLater()
    dialog = ExportDoneDialog(path, summary, [str(w) for w in warnings], window)
    window.export_done = dialog
    dialog.show()
    return dialog
