"""File › Translations: a language's texts out to a file a translator fills in, and back in as one edit.

The file is written and read in a worker (an XLSX of a long course takes a moment); applying it
is one ``PutTranslations`` on the undo stack, and the report says what changed, what is still
missing and what was translated from a text that has changed since.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QVBoxLayout,
)

from ..model.languages import course_languages
from .translate_panel import language_name

if TYPE_CHECKING:
    from ..translation import ImportReport
    from .workers import Job
    from .main_window import MainWindow
    from .translate_actions import TranslateActions


class ExportChoices(QDialog):
    """Which language, and which kind of file, to hand a translator."""

    def __init__(self, languages: list[str], chosen: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for translator"))
        self.language = QComboBox()
        for tag in languages:
            self.language.addItem(language_name(tag), tag)
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.form = QComboBox()
        self.form.addItem(self.tr("Spreadsheet (.xlsx): Excel, LibreOffice, WPS"), "xlsx")
        self.form.addItem(self.tr("XLIFF 2.0 (.xlf): translation tools"), "xliff")
        self.form.addItem(self.tr("CSV (.csv): any spreadsheet"), "csv")
        hint = QLabel(self.tr("Each row has a text's place, the default language's words and an empty column "
                              "for the translation. Send the file back when it is filled in and import it."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("File:"), self.form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)


class ImportReportDialog(QDialog):
    """What an imported translation file changed, and what it left missing or stale, text by text."""

    def __init__(self, report: ImportReport, describe, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translations imported"))
        self.resize(640, 420)
        self.summary = QLabel(
            self.tr("%1: %2 changed, %3 unchanged, %4 still missing, %5 stale, %6 not in this course.")
            .replace("%1", language_name(report.language)).replace("%2", str(len(report.changed)))
            .replace("%3", str(len(report.unchanged))).replace("%4", str(len(report.missing)))
            .replace("%5", str(len(report.stale))).replace("%6", str(len(report.unknown))))
        self.summary.setWordWrap(True)
        self.details = QListWidget()
        self.details.setWordWrap(True)
        for label, entries in (
            (self.tr("Stale (the text changed after the file was made; applied, marked for checking)"), report.stale),
            (self.tr("Not applied: the course has a newer translation"), report.kept),
            (self.tr("Not in this course"), report.unknown),
            (self.tr("Still missing"), report.missing),
        ):
            for entry in entries[:200]:
                self.details.addItem(f"{label}: {describe(entry.place) if entry.place else entry.key}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)


class TranslationFiles(QObject):
    """The translator's round trip from the editor, in workers with progress."""

    def __init__(self, window: MainWindow, actions: TranslateActions):
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.last_job: Job | None = None
        #: The report of the last import (for tests and screenshots).
        self.report_dialog: ImportReportDialog | None = None

    def fill_menu(self, menu: QMenu) -> None:
        self.act_export = menu.addAction(self.tr("&Export for translator…"), self.ask_and_export)
        self.act_import = menu.addAction(self.tr("&Import translations…"), self.ask_and_import)

    def _languages(self) -> list[str]:
        document = self.window.document
        return course_languages(document.course)[1:] if document is not None else []

    def ask_and_export(self) -> None:
        languages = self._languages()
        if not languages:
            QMessageBox.information(self.window, self.tr("Export for translator"),
                                    self.tr("The course has only its default language. Add a language under Course › Languages… first."))
            return
        choices = ExportChoices(languages, self.actions.lang, self.window)
        if not choices.exec():
            return
        lang, form = choices.language.currentData(), choices.form.currentData()
        suffix = {"xlsx": ".xlsx", "xliff": ".xlf", "csv": ".csv"}[form]
        document = self.window.document
        assert document is not None
        start = (document.path.parent if document.path else Path.home()) / f"{document.course.id or 'course'}-{lang}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export for translator"), str(start), f"*{suffix}")
        if path:
            self.export(lang, form, Path(path))

    def export(self, lang: str, form: str, path: Path):
        """Write the ``lang`` file for a translator in a worker; return the job."""
        from ..atomic import atomic_replace
        from ..translation import export_translations
        from .workers import Job

        document = self.window.document
        assert document is not None
        snapshot = document.snapshot().course

        def work(progress, cancel):
            progress(0, 2, "")
            data = export_translations(snapshot, lang, form)
            cancel.check()
            progress(1, 2, "")
            with atomic_replace(path) as tmp:
                tmp.write_bytes(data)
            progress(2, 2, "")
            return path

        job = Job(self.tr("Exporting %1 for a translator").replace("%1", lang), work, expected=(ValueError, OSError))
        job.sig_done.connect(lambda p: self.window.statusBar().showMessage(
            self.tr("Saved %1 for the translator").replace("%1", str(p)), 10000))
        job.sig_failed.connect(lambda message: QMessageBox.warning(self.window, self.tr("Could not export"), message))
        self.last_job = self.window.run_job(job)
        return job

    def ask_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import translations"), "",
                                              self.tr("Translations (*.xlsx *.xlf *.xliff *.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path):
        """Read a translator's file in a worker, then apply it as one undoable edit and show the report."""
        from ..translation import TranslationFileError, read_translations
        from .workers import Job

        def work(progress, cancel):
            progress(0, 1, "")
            data = path.read_bytes()
            cancel.check()
            return read_translations(data, path.name)

        job = Job(self.tr("Reading %1").replace("%1", path.name), work, expected=(TranslationFileError, OSError))
        job.sig_done.connect(self._apply)
        job.sig_failed.connect(lambda message: QMessageBox.warning(
            self.window, self.tr("Could not import"),
            self.tr("%1 was not imported; the course is unchanged.\n%2").replace("%1", path.name).replace("%2", message)))
        self.last_job = self.window.run_job(job)
        return job

    def _apply(self, file) -> None:
        from ..translation import TranslationFileError, plan_import
        from .problems.places import describe_place

        document = self.window.document
        if document is None:
            return
        try:
            report = plan_import(document.course, file)
        except TranslationFileError as exc:
            QMessageBox.warning(self.window, self.tr("Could not import"), str(exc))
            return
        if report.operation is not None:
            document.do(report.operation, self.tr("Import translations into %1").replace("%1", report.language))
        if report.language in course_languages(document.course) and not self.actions.lang:
            self.actions.choose(report.language)
        self.report_dialog = ImportReportDialog(report, lambda place: describe_place(document.course, place), self.window)
        self.report_dialog.show()
