"""File › Import: decks, Markdown folders, GIFT question banks and photos, as one undoable edit each.

Each importer runs in a worker on a copy of the course (plain data) and records what it
adds as an ``ImportEdit`` (owners named by id); the GUI thread turns that into one operation
on the live course and pushes it as one command. A failure or a cancel changes nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QVBoxLayout,
)

from ..model import Assessment, Lesson, Module
from ..model.edits import EditConflict, ImportEdit
from .wording import error_text, interface_language

if TYPE_CHECKING:
    from .document import Document
    from .main_window import MainWindow
    from .workers import Job

#: The kinds of import, in menu order.
KINDS = ("pptx", "markdown", "gift", "photos")


@dataclass
class ImportOutcome:
    """What a finished import hands to the GUI thread: its edit, new media origins and the report."""

    edit: ImportEdit
    origins: dict[str, Any]
    report: Any


class ImportActions(QObject):
    """The File › Import actions of one window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        #: The dialog listing what the last import could not carry over (for tests and screenshots).
        self.notes_dialog: ImportNotesDialog | None = None
        self.last_job: Job | None = None
        #: The status-bar line saying what the finished import added.
        self.announcement = ""

    def fill_menu(self, menu: QMenu) -> None:
        """Add one action per importer."""
        texts = {
            "pptx": self.tr("PowerPoint deck…"),
            "markdown": self.tr("Markdown folder…"),
            "gift": self.tr("GIFT question bank…"),
            "photos": self.tr("Photos from a folder…"),
        }
        self.actions = {}
        for kind in KINDS:
            self.actions[kind] = menu.addAction(texts[kind], functools.partial(self.ask_and_import, kind))

    # --- asking ----------------------------------------------------------------------

    def set_enabled(self, has_course: bool) -> None:
        """Photos need a lesson to go into; the others can start a new course."""
        self.actions["photos"].setEnabled(has_course)

    def ask_and_import(self, kind: str) -> Job | None:
        """Ask for the source of an import, then run it; return the job.

        With no course open, the import makes a new course (as ``coursebuilder import -o`` does).
        """
        window = self.window
        if window.document is None and kind == "photos":
            return None
        lesson = None
        if kind == "photos":
            lesson = window.outline.current_obj()
            if not isinstance(lesson, Lesson):
                QMessageBox.information(window, self.tr("Choose a lesson first"),
                                        self.tr("Select the lesson the photos should go into in the outline, then import them."))
                return None
        if kind == "pptx":
            path, _ = QFileDialog.getOpenFileName(window, self.tr("Import a PowerPoint deck"), "", self.tr("PowerPoint decks (*.pptx);;All files (*)"))
        elif kind == "gift":
            path, _ = QFileDialog.getOpenFileName(window, self.tr("Import a GIFT question bank"), "", self.tr("GIFT question banks (*.gift *.txt);;All files (*)"))
        elif kind == "markdown":
            path = QFileDialog.getExistingDirectory(window, self.tr("Import a folder of Markdown notes"))
        else:
            path = QFileDialog.getExistingDirectory(window, self.tr("Import photos from a folder"))
        if not path:
            return None
        if window.document is None:
            return self._start_new_course(kind, Path(path))
        return self.start(kind, Path(path), lesson=lesson)

    def _start_new_course(self, kind: str, path: Path) -> Job:
        """Open an empty, untitled course and import into it; close it again if nothing came in."""
        from ..bundle import CourseBundle
        from ..model import Course
        from .document import Document

        # No title: the importer names the course after the deck or folder and guesses its language.
        document = Document(CourseBundle(course=Course()), self.window)
        self.window.set_document(document)
        job = self.start(kind, path)

        def ended():
            if self.window.document is document and not document.is_modified() and not document.course.modules:
                self.window.set_document(None)

        job.sig_finished.connect(ended)
        return job

    def _module_for_questions(self) -> Module | None:
        """Return the module a question bank goes into: the one selected or holding the selection."""
        obj = self.window.outline.current_obj()
        if isinstance(obj, Module):
            return obj
        document = self.window.document
        if isinstance(obj, (Lesson, Assessment)) and document is not None:
            return next((m for m in document.course.modules if any(i is obj for i in m.items)), None)
        return None

    # --- running ----------------------------------------------------------------------

    def start(self, kind: str, path: Path, *, lesson: Lesson | None = None) -> Job:
        """Import ``path`` as ``kind`` in a worker and apply it as one undoable edit; return the job."""
        from .workers import Job

        document = self.window.document
        assert document is not None, "an import goes into an open course"
        snapshot = document.snapshot()
        known = {m.path for m in document.course.media}
        module = self._module_for_questions() if kind == "gift" else None
        module_id = module.id if module is not None else ""
        lesson_id = lesson.id if lesson is not None else ""

        def work(progress, cancel):
            # Imported on the worker thread: python-pptx, YAML and Pillow stay off the GUI thread.
            from .. import importers

            try:
                if kind == "pptx":
                    report = importers.import_pptx(snapshot, path, progress=progress, cancel=cancel)
                elif kind == "markdown":
                    report = importers.import_markdown_folder(snapshot, path, progress=progress, cancel=cancel)
                elif kind == "gift":
                    cancel.check()
                    report = importers.import_gift(snapshot, path, module=module_id)
                else:
                    report = importers.import_photos(snapshot, path, lesson_id, progress=progress, cancel=cancel)
            except importers.ImportFailure as exc:
                # Its one-line message goes to the lecturer; naming the class here would load
                # python-pptx and Pillow on the GUI thread.
                raise ValueError(error_text(exc)) from None
            cancel.check()
            origins = {m.path: snapshot.media.origin(m.path) for m in snapshot.course.media if m.path not in known}
            return ImportOutcome(report.edit, origins, report)

        titles = {
            "pptx": self.tr("Importing %1"),
            "markdown": self.tr("Importing %1"),
            "gift": self.tr("Importing %1"),
            "photos": self.tr("Importing photos from %1"),
        }
        job = Job(titles[kind].replace("%1", path.name), work)
        self.last_job = job
        self.window.run_job(job)
        job.sig_done.connect(lambda outcome: self._apply(kind, path, outcome, document))
        job.sig_failed.connect(lambda msg: self._failed(path, msg))
        # After the window's own "done" line, which would otherwise replace the summary.
        job.sig_finished.connect(lambda: self._announce(job))
        return job

    def command_text(self, kind: str, path: Path) -> str:
        """Return the Edit menu's name for an import."""
        texts = {
            "pptx": self.tr("Import deck “%1”"),
            "markdown": self.tr("Import Markdown folder “%1”"),
            "gift": self.tr("Import questions “%1”"),
            "photos": self.tr("Import photos from “%1”"),
        }
        return texts[kind].replace("%1", path.name)

    def _apply(self, kind: str, path: Path, outcome: ImportOutcome, document: Document) -> None:
        if document is not self.window.document:
            return  # the course was closed while importing
        text = self.command_text(kind, path)
        try:
            operation = outcome.edit.operation(document.course, text)
        except EditConflict as exc:
            self._failed(path, str(exc))
            return
        for media_path, origin in outcome.origins.items():
            # Kept after an undo too: redo needs the bytes again.
            document.bundle.media.set_origin(media_path, origin)
        if operation.steps:
            document.do(operation, text)
        self.show_notes(path, outcome.report)

    def _announce(self, job: Job) -> None:
        if job.state == "done" and self.announcement:
            self.window.statusBar().showMessage(self.announcement, 10000)
        self.announcement = ""

    def _failed(self, path: Path, message: str) -> None:
        QMessageBox.critical(self.window, self.tr("Could not import"),
                             self.tr("%1 was not imported; the course is unchanged.\n%2").replace("%1", path.name).replace("%2", message))

    def show_notes(self, path: Path, report) -> None:
        """Say what was imported; list what could not be carried over, if anything."""
        summary = self.summary(report)
        self.announcement = self.tr("Imported from %1: %2").replace("%1", path.name).replace("%2", summary)
        if not report.notices:
            return
        if self.notes_dialog is not None:
            self.notes_dialog.close()
            self.notes_dialog.deleteLater()
        language = interface_language()
        self.notes_dialog = ImportNotesDialog(path.name, summary, [n.text(language) for n in report.notices], self.window)
        self.notes_dialog.open()

    def summary(self, report) -> str:
        """Return what an import added, in the interface's language."""
        parts = []
        # Whole words for one and for many: without an English translation file, Qt's %n
        # plurals would show "1 module(s)".
        for count, one, many in (
            (report.modules, self.tr("1 module"), self.tr("%1 modules")),
            (report.lessons, self.tr("1 lesson"), self.tr("%1 lessons")),
            (report.quizzes, self.tr("1 quiz"), self.tr("%1 quizzes")),
            (report.questions, self.tr("1 question"), self.tr("%1 questions")),
            (report.pictures, self.tr("1 picture"), self.tr("%1 pictures")),
        ):
            if count:
                parts.append(one if count == 1 else many.replace("%1", str(count)))
        return ", ".join(parts) if parts else self.tr("nothing new")


class ImportNotesDialog(QDialog):
    """What an import added, and the list of what it could not carry over, place by place."""

    def __init__(self, name: str, summary: str, notes: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Imported “%1”").replace("%1", name))
        self.resize(680, 420)
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(self.tr("Added: %1.").replace("%1", summary))
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        intro = QLabel(self.tr("These parts could not be carried over exactly. Check them in the course:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.notes.addItems(notes)
        layout.addWidget(self.notes, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
