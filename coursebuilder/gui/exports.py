"""File › Export: slide decks and offline packages, made in a worker from a snapshot of the course."""

from __future__ import annotations

import functools
from pathlib import Path

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

if TYPE_CHECKING:
    from .export_dialog import PackageExportDialog, SlideExportDialog
    from .main_window import MainWindow
    from .workers import Job

#: The kinds of export, in menu order: a slide deck, or an offline package in the form the dialog asks.
KINDS = ("pptx", "offline")


class ExportActions(QObject):
    """The File › Export actions of one window, the open options dialog and the last export."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        #: The options dialog shown last (for tests and screenshots).
        self.dialog: SlideExportDialog | PackageExportDialog | None = None
        #: The export the last accepted dialog started.
        self.last_job: Job | None = None

    def fill_menu(self, menu: QMenu) -> None:
        """Add one action per export: each asks for its options in a dialog first."""
        texts = {
            "pptx": QCoreApplication.translate("exports", "Slide deck for the projector (.pptx)…"),
            "offline": QCoreApplication.translate("exports", "Offline package for phones…"),
        }
        for kind in KINDS:
            self.actions[kind] = menu.addAction(texts[kind], functools.partial(self.open_dialog, kind))

    def open_dialog(self, kind: str) -> SlideExportDialog | PackageExportDialog | None:
        """Show the options of a slide deck (``pptx``) or offline package (``offline``); export when accepted.

        Return the dialog; once it is accepted, ``last_job`` is the running export.
        """
        window = self.window
        if window.document is None:
            return None
        from .export_dialog import PackageExportDialog, SlideExportDialog, remember

        course = window.document.course
        dialog = SlideExportDialog(course, window) if kind == "pptx" else PackageExportDialog(course, window)
        self.last_job = None

        def accepted() -> None:
            remember(kind, dialog.choices())
            self.last_job = export(window, kind, dialog.options())

        dialog.accepted.connect(accepted)
        if self.dialog is not None:
            self.dialog.deleteLater()  # its export (if any) runs on without it
        self.dialog = dialog
        dialog.open()
        return dialog


def ask_and_export(window: MainWindow, name: str, suffix: str, fields: dict[str, Any] | None = None) -> Job | None:
    """Ask where to write the export (a file ending in ``suffix``), then make it in a worker."""
    if window.document is None:
        return None
    suggested = (window.document.course.title or "course").strip().replace("/", "-") + suffix
    chosen, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("exports", "Export"), suggested)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    # The file dialog has asked whether to replace an existing file.
    return export(window, name, {**(fields or {}), "output": path, "overwrite": True})


def export(window: MainWindow, name: str, fields: dict[str, Any]) -> Job:
    """Export the open course with the exporter ``name`` in a worker; return the job.

    ``fields`` are the exporter's option fields, ``output`` included; the options are made in the
    worker, so a bad value ends as the exporter's one-line message like any other failure.
    """
    from ..exporters.contract import human_size
    from ..exporters.errors import ExportError
    from ..exports import EXPORTERS
    from .workers import Job

    assert window.document is not None, "an export needs an open course"
    snapshot = window.document.snapshot()
    exporter = EXPORTERS[name]
    path = Path(fields["output"])

    def work(progress, cancel):
        result = exporter.run(snapshot, exporter.options(**fields), progress, cancel)
        return human_size(result.bytes), result.warnings

    # Every exporter ends with the one error family, so the editor runs them all the same way.
    job = Job(QCoreApplication.translate("exports", "Exporting %1").replace("%1", path.name), work, expected=(ExportError,))
    window.run_job(job)
    def done(result):
        summary, warnings = result
        from .export_done import show_export_done

        window.statusBar().showMessage(QCoreApplication.translate("exports", "Exported %1 (%2)").replace("%1", str(path)).replace("%2", summary), 10000)
        # A status line is gone in seconds: the message stays until the lecturer closes it.
        show_export_done(window, path, summary, warnings)

    job.sig_done.connect(done)
    job.sig_failed.connect(lambda msg: QMessageBox.critical(window, QCoreApplication.translate("exports", "Could not export"), msg))
    return job
