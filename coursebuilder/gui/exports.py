"""File › Export: slide decks and offline packages, made in a worker from a snapshot of the course."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox


def fill_menu(window, menu: QMenu) -> None:
    """Add the exports: each asks for its options in a dialog first."""
    window.act_export_slides = menu.addAction(
        QCoreApplication.translate("exports", "Slide deck for the projector (.pptx)…"), lambda: open_dialog(window, "pptx"))
    window.act_export_package = menu.addAction(
        QCoreApplication.translate("exports", "Offline package for phones…"), lambda: open_dialog(window, "offline"))


def open_dialog(window, kind: str):
    """Show the options of a slide deck (``pptx``) or offline package (``offline``); export when accepted.

    Return the dialog; once accepted, its ``job`` is the running export.
    """
    if window.document is None:
        return None
    from .export_dialog import PackageExportDialog, SlideExportDialog, remember

    course = window.document.course
    dialog = SlideExportDialog(course, window) if kind == "pptx" else PackageExportDialog(course, window)
    dialog.job = None

    def accepted():
        remember(kind, dialog.choices())
        options = dialog.options()
        dialog.job = export(window, "pptx" if kind == "pptx" else options.pop("form"), dialog.output_path(), options)

    dialog.accepted.connect(accepted)
    old = getattr(window, "export_dialog", None)
    if old is not None:
        old.deleteLater()  # its export (if any) runs on without it
    window.export_dialog = dialog
    dialog.open()
    return dialog


def _suffix(kind: str) -> str:
    return {"pptx": ".pptx", "zip": ".zip", "single": ".html", "scorm": ".zip", "folder": ""}[kind]


def ask_and_export(window, kind: str):
    """Ask where to write the export, then make it in a worker."""
    if window.document is None:
        return None
    suggested = (window.document.course.title or "course").strip().replace("/", "-") + _suffix(kind)
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("exports", "Export"), suggested)
    if not path:
        return None
    path = Path(path)
    if path.suffix.lower() != _suffix(kind):
        path = path.with_name(path.name + _suffix(kind))
    return export(window, kind, path)


def export(window, kind: str, path: Path, options: dict | None = None):
    """Export the open course as ``kind`` (pptx or an offline form) to ``path`` in a worker; return the job.

    ``options`` are the exporter's option fields (defaults when None).
    """
    from .workers import Job

    snapshot = window.document.snapshot()
    if kind == "pptx":
        from ..exporters.pptx import PptxExportError, PptxOptions, export_pptx

        def work(progress, cancel):
            result = export_pptx(snapshot, path, PptxOptions(**(options or {})), progress=progress, cancel=cancel)
            return QCoreApplication.translate("exports", "%1 slides").replace("%1", str(result.slides)), result.warnings

        expected: tuple = (PptxExportError,)
    else:
        from ..exporters.offline import ExportError, OfflineOptions, export_offline

        def work(progress, cancel):
            chosen = {"overwrite": True, **(options or {})}
            result = export_offline(snapshot, path, OfflineOptions(form=kind, **chosen), progress=progress, cancel=cancel)
            return f"{result.report.total / 1e6:.1f} MB", result.warnings

        expected = (ExportError,)
    job = Job(QCoreApplication.translate("exports", "Exporting %1").replace("%1", path.name), work, expected=expected)
    window.run_job(job)

    def done(result):
        summary, warnings = result
        window.statusBar().showMessage(QCoreApplication.translate("exports", "Exported %1 (%2)").replace("%1", str(path)).replace("%2", summary), 10000)
        if warnings:
            QMessageBox.information(window, QCoreApplication.translate("exports", "Exported with warnings"), "\n".join(str(w) for w in warnings[:20]))

    job.sig_done.connect(done)
    job.sig_failed.connect(lambda msg: QMessageBox.critical(window, QCoreApplication.translate("exports", "Could not export"), msg))
    return job
