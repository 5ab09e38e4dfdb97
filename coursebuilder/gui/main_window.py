"""The main window: outline, editor, media library and problems around one open course."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

from PySide6.QtCore import QByteArray, QEventLoop, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from ..model import Assessment, Course, Lesson, Module
from . import exports, prompts, settings
from .lock import current_owner
from .wording import error_text
from .media_library import MediaLibrary
from .outline import OutlineView
from .problems import ProblemsPanel
from .problems.places import resolve
from .start_screen import StartScreen
from .thumbs import Thumbnails

# The rest (bundle format, Pillow, YAML, the editors) loads on first use, not before the
# window shows: start-up is measured against a bare PySide6 window.
BUNDLE_SUFFIX = ".coursebundle"

_WARMED = False


def warm_up() -> None:
    """Import the editors and the bundle format on a pool thread while the lecturer looks at the start screen.

    Otherwise the first course opened pays for those imports on the GUI thread (a stall).
    """
    global _WARMED
    if _WARMED:
        return
    _WARMED = True

    QThreadPool.globalInstance().start(_import_editors)


def _import_editors() -> None:
    import importlib

    for name in ("bundle", "gui.document", "gui.editors.lesson_editor", "gui.editors.course_editor",
                 "gui.editors.assessment_editor", "gui.editors.module_editor", "gui.workers", "gui.recovery"):
        importlib.import_module(f"coursebuilder.{name}")


if TYPE_CHECKING:
    from ..bundle import CourseBundle
    from .document import Document
    from .editors.common import EditorPage
    from .workers import Job



class MainWindow(QMainWindow):
    """One window, one open course (or the start screen)."""

    sig_document_changed = Signal(object)
    """A course was opened, created or closed (None)."""
    sig_editor_shown = Signal(object)
    """The editor for this model object is now shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: Document | None = None
        self.jobs: list[Job] = []
        self.thumbnails = Thumbnails(self)
        self.resize(1360, 840)
        self.stack = QStackedWidget()
        self.start = StartScreen()
        self.start.sig_new.connect(self.new_course)
        self.start.sig_open.connect(self.open_dialog)
        self.start.sig_open_path.connect(lambda path, sample: self.open_path(Path(path), sample=sample))
        self.editor_area = QScrollArea()
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setObjectName("editorArea")
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.editor_area)
        self.setCentralWidget(self.stack)
        self.editor: EditorPage | None = None
        #: The course, module and item above the shown object, nearest last: where to go if it is removed.
        self._shown_chain: list = []

        self.outline = OutlineView()
        self.outline.sig_selected.connect(self.show_editor)
        self.outline.sig_added.connect(self._name_new)
        self.media_library = MediaLibrary(self.thumbnails)
        self.media_library.sig_add_requested.connect(self.add_media_dialog)
        self.problems = ProblemsPanel()
        self.problems.sig_jump.connect(self.jump_to)
        self.problems.sig_counted.connect(self._show_counts)
        self.outline_dock = self._dock(self.tr("Outline"), self.outline, Qt.DockWidgetArea.LeftDockWidgetArea, "outlineDock")
        self.media_dock = self._dock(self.tr("Media library"), self.media_library, Qt.DockWidgetArea.RightDockWidgetArea, "mediaDock")
        self.problems_dock = self._dock(self.tr("Problems"), self.problems, Qt.DockWidgetArea.BottomDockWidgetArea, "problemsDock")
        self.resizeDocks([self.outline_dock, self.media_dock], [340, 290], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [110], Qt.Orientation.Vertical)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_jobs)
        for w in (self.progress_label, self.progress, self.cancel_button):
            self.statusBar().addPermanentWidget(w)
            w.hide()
        self.counts = QLabel()
        # Permanent (on the right): a temporary message on the left would be painted over it.
        self.statusBar().addPermanentWidget(self.counts)
        from .translate_actions import TranslateActions

        # Before the menus, which it fills; it follows the document from the first set_document on.
        self.translate = TranslateActions(self)
        self._make_menus()
        self._restore_layout()
        self.set_document(None)

    #: Below this window width the media library shares the outline's place (as a tab) so the editor keeps its width.
    NARROW = 1300

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_docks()

    def _fit_docks(self) -> None:
        narrow = self.width() < self.NARROW
        if narrow == getattr(self, "_docks_narrow", False):
            return
        self._docks_narrow = narrow
        if narrow:
            # Stacked with the outline on the left: one click on its tab away.
            self.tabifyDockWidget(self.outline_dock, self.media_dock)
            self.outline_dock.raise_()
            self.resizeDocks([self.outline_dock], [min(260, self.width() // 4)], Qt.Orientation.Horizontal)
        elif self.dockWidgetArea(self.media_dock) == self.dockWidgetArea(self.outline_dock):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.media_dock)
            self.resizeDocks([self.outline_dock, self.media_dock], [340, 290], Qt.Orientation.Horizontal)

    def _restore_layout(self) -> None:
        """Put the window and its panels where the lecturer left them last time."""
        saved = settings.load().get("window", {})
        try:
            if saved.get("geometry"):
                self.restoreGeometry(QByteArray.fromBase64(saved["geometry"].encode("ascii")))
            if saved.get("state"):
                self.restoreState(QByteArray.fromBase64(saved["state"].encode("ascii")))
        except (AttributeError, TypeError, ValueError):
            pass  # a damaged settings file only loses the layout

    def _save_layout(self) -> None:
        data = settings.load()
        data["window"] = {
            "geometry": bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            "state": bytes(self.saveState().toBase64().data()).decode("ascii"),
        }
        settings.save(data)

    def _dock(self, title: str, widget: QWidget, area, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    # --- menus -------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, key=None) -> QAction:
        act = QAction(text, self)
        if key is not None:
            act.setShortcut(QKeySequence(key))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        S = QKeySequence.StandardKey
        self.act_new = self._action(file, self.tr("&New course"), self.new_course, S.New)
        self.act_open = self._action(file, self.tr("&Open…"), self.open_dialog, S.Open)
        self.act_open_folder = self._action(file, self.tr("Open &folder…"), self.open_folder_dialog)
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self.act_save = self._action(file, self.tr("&Save"), self.save, S.Save)
        self.act_save_as = self._action(file, self.tr("Save &as…"), self.save_as, S.SaveAs)
        self.act_add_media = self._action(file, self.tr("Add &media files…"), self.add_media_dialog)
        self.import_menu = file.addMenu(self.tr("&Import"))
        from .importing import ImportActions

        self.importing = ImportActions(self)
        self.importing.fill_menu(self.import_menu)
        self.export_menu = file.addMenu(self.tr("&Export"))
        self.exporting = exports.ExportActions(self)
        self.exporting.fill_menu(self.export_menu)
        self.translate.fill_file_menu(file)
        file.addSeparator()
        self.act_close = self._action(file, self.tr("&Close course"), self.close_course, S.Close)
        self.act_quit = self._action(file, self.tr("&Quit"), self.close, S.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        edit = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit
        self.act_undo = QAction(self.tr("&Undo"), self)
        self.act_redo = QAction(self.tr("&Redo"), self)
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        edit.addSeparator()
        for act in (self.outline.act_add_module, self.outline.act_add_lesson, self.outline.act_add_quiz, self.outline.act_add_survey):
            edit.addAction(act)
        edit.addSeparator()
        for act in (self.outline.act_rename, self.outline.act_duplicate, self.outline.act_delete, self.outline.act_up, self.outline.act_down):
            edit.addAction(act)
        from .clipboard import ClipboardActions

        self.clipboard = ClipboardActions(self)
        self.clipboard.fill_menu(edit)
        from .find_replace import FindActions

        self.find_actions = FindActions(self)
        self.find_actions.fill_menu(edit)

        course_menu = bar.addMenu(self.tr("&Course"))
        self.translate.fill_course_menu(course_menu)

        view = bar.addMenu(self.tr("&View"))
        self.act_preview = self._action(view, self.tr("&Preview as trainee"), self.preview_current, "Ctrl+R")
        view.addSeparator()
        for dock in (self.outline_dock, self.media_dock, self.problems_dock):
            view.addAction(dock.toggleViewAction())

        view.addSeparator()
        language = view.addMenu(self.tr("Interface &language"))
        group = QActionGroup(self)
        # Names of languages in themselves, so a lecturer finds their own whatever is showing.
        for code, name in (("", self.tr("As the system")), ("en", "English"), ("zh_CN", "中文（简体）"), ("km", "ខ្មែរ"), ("lo", "ລາວ")):
            act = language.addAction(name, functools.partial(self.choose_language, code))
            act.setCheckable(True)
            act.setChecked(settings.load().get("language", "") == code)
            group.addAction(act)

        classroom = bar.addMenu(self.tr("C&lassroom"))
        from .classroom import ClassroomActions

        self.classroom = ClassroomActions(self)
        self.classroom.fill_menu(classroom)

        help_ = bar.addMenu(self.tr("&Help"))
        self._action(help_, self.tr("User &guide"), self.open_guide, QKeySequence.StandardKey.HelpContents)
        self._action(help_, self.tr("&About CourseBuilder"), self._about).setMenuRole(QAction.MenuRole.AboutRole)

    def choose_language(self, code: str) -> None:
        """Remember the interface language and say in a dialog that it applies from the next start."""
        from . import language

        language.choose(self, code)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_bundles():
            self.recent_menu.addAction(path.name, functools.partial(self.open_path, path))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self).exec()

    def open_guide(self) -> Path | None:
        """Open the user guide shipped with the app, in the interface's language, in the browser."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from .. import guide
        from .app import interface_locale

        try:
            page = guide.render_guide(guide.guide_language(interface_locale().name()))
        except OSError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the user guide"), str(exc))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))
        return page

    # --- the document --------------------------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        """Show a course in the window (or the start screen for None)."""
        old = self.document
        if old is not None:
            old.close()
            old.deleteLater()
        self.document = document
        self._clear_editor()
        has = document is not None
        for w in (self.outline_dock, self.media_dock, self.problems_dock):
            w.setVisible(has)
        for act in (self.act_save, self.act_save_as, self.act_close, self.act_add_media, self.act_preview):
            act.setEnabled(has)
        self.export_menu.setEnabled(has)
        self.importing.set_enabled(has)
        self.counts.setVisible(has)
        self.edit_menu.removeAction(self.act_undo)
        self.edit_menu.removeAction(self.act_redo)
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        if document is not None:
            S = QKeySequence.StandardKey
            self.act_undo = document.undo_stack.createUndoAction(self, self.tr("&Undo"))
            self.act_undo.setShortcut(QKeySequence(S.Undo))
            self.act_redo = document.undo_stack.createRedoAction(self, self.tr("&Redo"))
            # Windows keyboards say Ctrl+Y, Linux and macOS ones Ctrl+Shift+Z: both redo everywhere.
            redo_keys = [*QKeySequence.keyBindings(S.Redo), QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
            self.act_redo.setShortcuts(list(dict.fromkeys(k for k in redo_keys if not k.isEmpty())))
            document.sig_modified_changed.connect(self._update_title)
            document.sig_path_changed.connect(self._saved_to)
            document.sig_course_changed.connect(self._maybe_retitle)
            self.stack.setCurrentWidget(self.editor_area)
        else:
            self.act_undo = QAction(self.tr("&Undo"), self, enabled=False)
            self.act_redo = QAction(self.tr("&Redo"), self, enabled=False)
            QTimer.singleShot(0, self.start.refresh)  # after the window shows
            QTimer.singleShot(0, warm_up)
            self.stack.setCurrentWidget(self.start)
        if first is None:
            self.edit_menu.addActions([self.act_undo, self.act_redo])
        else:
            self.edit_menu.insertActions(first, [self.act_undo, self.act_redo])
        self.outline.set_document(document)
        if document is not None:
            # After the outline has redrawn, before any editor's own handler: the shown object is checked first.
            document.sig_course_changed.connect(self._follow_removal)
            document.sig_refused.connect(self._refused)
        self.media_library.set_document(document)
        self.problems.set_document(document)
        self._update_title()
        self.sig_document_changed.emit(document)

    def _maybe_retitle(self, changes) -> None:
        if self.document is not None and any(c.target is self.document.course and c.attr == "title" for c in changes):
            self._update_title()

    def _update_title(self, *_args) -> None:
        app = self.tr("CourseBuilder")
        doc = self.document
        if doc is None:
            self.setWindowTitle(app)
            self.setWindowModified(False)
            return
        name = doc.display_name() or self.tr("Untitled course")
        self.setWindowTitle(f"{name}[*] — {app}")
        self.setWindowModified(doc.is_modified())

    def _saved_to(self, path) -> None:
        if path:
            settings.add_recent(Path(path))
        self._update_title()

    def editor_context(self):
        """Return what editors need to work on the open course."""
        from .editors.common import EditorContext

        return EditorContext(self.document, self.thumbnails, self.choose_media_files,
                             lambda lesson, folder: self.importing.start("photos", folder, lesson=lesson),
                             preview=self.preview_current)

    def _clear_editor(self) -> None:
        if self.editor is not None:
            self.editor_area.takeWidget()
            self.editor.deleteLater()
            self.editor = None

    def show_editor(self, obj) -> None:
        """Show the editor for a course, module, lesson or assessment."""
        if self.editor is not None and self.editor.shows is obj:
            return
        self._clear_editor()
        if obj is None or self.document is None:
            return
        from .editors.assessment_editor import AssessmentEditor
        from .editors.course_editor import CourseEditor
        from .editors.lesson_editor import LessonEditor
        from .editors.module_editor import ModuleEditor

        ctx = self.editor_context()
        editor: QWidget
        if isinstance(obj, Course):
            editor = CourseEditor(ctx)
        elif isinstance(obj, Module):
            editor = ModuleEditor(ctx, obj)
        elif isinstance(obj, Lesson):
            editor = LessonEditor(ctx, obj)
        elif isinstance(obj, Assessment):
            editor = AssessmentEditor(ctx, obj)
        else:
            return
        self.editor = editor
        self._shown_chain = self._chain(obj)
        self.editor_area.setWidget(editor)
        self.sig_editor_shown.emit(obj)

    def _chain(self, obj) -> list:
        """Return the course, module and item leading to ``obj`` (empty if it is not in the course)."""
        if self.document is None:
            return []
        course = self.document.course
        if obj is course:
            return [course]
        for module in course.modules:
            if module is obj:
                return [course, module]
            for item in module.items:
                if item is obj:
                    return [course, module, item]
        return []

    def _follow_removal(self, _changes) -> None:
        """Keep the editor on an object of the course: after an undo, delete or import undo, show the nearest parent left."""
        doc = self.document
        if doc is None or self.editor is None:
            return
        shown = self.editor.shows
        if doc.contains(shown):
            self._shown_chain = self._chain(shown) or self._shown_chain  # it may have moved to another module
            if self.outline.current_obj() is not shown:
                self.outline.select(shown)
            return
        parent = next((o for o in reversed(self._shown_chain) if doc.contains(o)), doc.course)
        self.outline.select(parent)
        if self.editor is None or self.editor.shows is not parent:
            self.show_editor(parent)

    def _refused(self, what: str) -> None:
        self.statusBar().showMessage(self.tr("Not changed: “%1” edits something no longer in the course.").replace("%1", what), 8000)

    def _name_new(self, obj) -> None:
        """Put the cursor in a new module's or item's title, all selected, so typing names it."""
        if self.editor is not None and self.editor.shows is obj and hasattr(self.editor, "title"):
            self.editor.title.setFocus(Qt.FocusReason.OtherFocusReason)
            self.editor.title.selectAll()

    # --- new, open -----------------------------------------------------------------------

    def new_course(self) -> None:
        """Start an empty course with one module and one lesson."""
        if not self.maybe_save():
            return
        from ..bundle import CourseBundle
        from .document import Document

        course = Course(title=self.tr("New course"), modules=[Module(title=self.tr("Module 1"), items=[Lesson(title=self.tr("Lesson 1"))])])
        self.set_document(Document(CourseBundle(course=course), self))

    def open_dialog(self) -> None:
        """Ask for a bundle file and open it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a course"), "", self.tr("Course bundles (*%1);;All files (*)").replace("%1", BUNDLE_SUFFIX))
        if path:
            self.open_path(Path(path))

    def open_folder_dialog(self) -> None:
        """Ask for an unpacked bundle folder and open it."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a course folder"))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path, *, sample: bool = False) -> Job | None:
        """Open a bundle in a worker; a sample opens as a new unsaved copy. Return the job."""
        if not self.maybe_save():
            return None
        path = Path(path)
        if not sample:
            owner = current_owner(path)
            if owner is not None:
                answer = QMessageBox.warning(
                    self,
                    self.tr("Course already open"),
                    self.tr("“%1” is already open in another CourseBuilder window (%2). If both save, one loses the other's changes.\n\nOpen it here anyway?")
                    .replace("%1", path.name)
                    .replace("%2", owner.describe()),
                    QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Open:
                    return None
        from .workers import Job

        def work(progress, cancel):
            # Imported here, on the worker thread: the bundle format (YAML, Pillow) and the
            # editors load off the GUI thread, which then only builds widgets.
            from ..bundle import open_bundle

            bundle = open_bundle(path)
            _import_editors()
            return bundle

        job = self.run_job(Job(self.tr("Opening %1").replace("%1", path.name), work))
        job.sig_done.connect(lambda bundle: self._opened(bundle, path, sample))
        job.sig_failed.connect(lambda msg: QMessageBox.critical(self, self.tr("Cannot open the course"), f"{path.name}: {msg}"))
        return job

    def _opened(self, bundle: CourseBundle, path: Path, sample: bool) -> None:
        from .document import Document

        document = Document(bundle, self, from_sample=sample)
        if not sample:
            document.take_lock()
            settings.add_recent(path)
        self.set_document(document)

    def offer_recovery(self) -> bool:
        """After a crash, offer to restore unsaved work; return whether a course was restored."""
        from ..bundle import BundleError
        from . import recovery
        from .document import Document

        for found in recovery.find_recoveries():
            B = QMessageBox.StandardButton
            answer = prompts.ask(
                self,
                self.tr("Restore unsaved work?"),
                self.tr("CourseBuilder closed without saving %1. Restore it?").replace("%1", found.describe()),
                {B.Yes: self.tr("Restore my changes"), B.Discard: self.tr("Discard them"), B.No: self.tr("Decide at the next start")},
                B.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    bundle = recovery.restore(found)
                except BundleError as exc:
                    QMessageBox.critical(self, self.tr("Cannot restore"), error_text(exc))
                    continue
                document = Document(bundle, self)
                document.take_lock()
                self.set_document(document)
                document.mark_restored()
                document.autosave_now()
                recovery.discard(found)
                return True
            if answer == QMessageBox.StandardButton.Discard:
                recovery.discard(found)
        return False

    # --- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the course's file (asking where if it has none); return whether it worked."""
        if self.document is None:
            return True
        path = self.document.path
        if path is None:
            return self.save_as()
        owner = self.document.lock_owner()
        if owner is not None:
            answer = QMessageBox.warning(
                self,
                self.tr("Course open elsewhere"),
                self.tr("“%1” is also open in another CourseBuilder window (%2). Saving here replaces whatever is saved there.\n\nSave a copy under a new name instead?")
                .replace("%1", path.name)
                .replace("%2", owner.describe()),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.SaveAll | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            # Save = keep both (save as a copy); SaveAll = overwrite on purpose.
            if answer == QMessageBox.StandardButton.Save:
                return self.save_as()
            if answer != QMessageBox.StandardButton.SaveAll:
                return False
        return self.save_to(path, folder=path.is_dir())

    def save_as(self) -> bool:
        """Ask for a new file name and save there."""
        if self.document is None:
            return True
        name = (self.document.course.title or "course").strip().replace("/", "-") + BUNDLE_SUFFIX
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save course as"), name, self.tr("Course bundles (*%1)").replace("%1", BUNDLE_SUFFIX))
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != BUNDLE_SUFFIX and not path.is_dir():
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        return self.save_to(path, folder=path.is_dir())

    @overload
    def save_to(self, path: Path, *, folder: bool = ..., wait: Literal[True] = ...) -> bool: ...

    @overload
    def save_to(self, path: Path, *, folder: bool = ..., wait: Literal[False]) -> Job: ...

    def save_to(self, path: Path, *, folder: bool = False, wait: bool = True) -> bool | Job:
        """Save in a worker with progress and cancel; wait for it (and return whether it worked) unless ``wait`` is False."""
        assert self.document is not None, "saving needs an open course"
        job = self.run_job(self.document.start_save(path, folder=folder))
        job.sig_failed.connect(lambda msg: QMessageBox.critical(self, self.tr("Could not save"), msg))
        if not wait:
            return job
        self.wait_for(job)
        return job.state == "done"

    @staticmethod
    def wait_for(job: Job) -> None:
        """Run the event loop until ``job`` has ended (the window keeps painting and answering)."""
        if not job.ended:
            loop = QEventLoop()
            job.sig_finished.connect(loop.quit)
            if not job.ended:
                loop.exec()

    def maybe_save(self) -> bool:
        """Ask before dropping unsaved changes; return whether it is fine to go on."""
        doc = self.document
        if doc is None or not doc.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Save changes?"),
            self.tr("“%1” has changes that are not saved. Save them first?").replace("%1", doc.display_name() or self.tr("Untitled course")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return bool(self.save())
        return answer == QMessageBox.StandardButton.Discard

    def close_course(self) -> bool:
        """Close the course (asking to save first); return whether it closed."""
        if not self.maybe_save():
            return False
        self.set_document(None)
        return True

    def closeEvent(self, event) -> None:
        # A save under way finishes first: cancelling it would throw away work the lecturer asked to keep.
        for job in [j for j in self.jobs if j.must_finish]:
            self.wait_for(job)
        if self.maybe_save():
            self.classroom.shutdown()
            self.cancel_jobs()
            self.thumbnails.cancel()
            if self.document is not None:
                self.document.close()
            self._save_layout()
            event.accept()
        else:
            event.ignore()

    # --- media -----------------------------------------------------------------------------

    def choose_media_files(self, parent: QWidget, kind: str) -> list[Path]:
        """Ask for media files from disk."""
        files, _ = QFileDialog.getOpenFileNames(parent, self.tr("Add media files"), "", self.tr("Pictures, sound, video and documents (*.jpg *.jpeg *.png *.webp *.gif *.mp3 *.m4a *.ogg *.wav *.mp4 *.webm *.pdf);;All files (*)"))
        return [Path(f) for f in files]

    def add_media_dialog(self) -> None:
        """Add files from disk to the media library."""
        if self.document is None:
            return
        files = self.choose_media_files(self, "any")
        if files:
            job = self.run_job(self.document.start_import(files))
            job.sig_done.connect(self.document.add_media)

    # --- jobs ----------------------------------------------------------------------------------

    def run_job(self, job: Job) -> Job:
        """Show a job's progress in the status bar with a cancel button, and its errors."""
        self.jobs.append(job)
        self.progress_label.setText(job.title)
        for w in (self.progress_label, self.progress, self.cancel_button):
            w.show()
        self.progress.setRange(0, 0)
        job.sig_progress.connect(self._progress)
        job.sig_finished.connect(lambda: self._job_ended(job))
        if job.state == "waiting":
            job.start()
        return job

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            # Byte counts overflow a 32-bit progress bar; show per mille.
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))

    def _job_ended(self, job: Job) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if job.state == "cancelled":
            self.statusBar().showMessage(self.tr("%1: cancelled").replace("%1", job.title), 5000)
        elif job.state == "done":
            self.statusBar().showMessage(self.tr("%1: done").replace("%1", job.title), 3000)
        if not self.jobs:
            for w in (self.progress_label, self.progress, self.cancel_button):
                w.hide()

    def cancel_jobs(self) -> None:
        """Ask every running job to stop."""
        for job in list(self.jobs):
            job.cancel()

    # --- problems and preview ------------------------------------------------------------------

    def _show_counts(self, errors: int, warnings: int) -> None:
        # The start screen has no course to count problems in.
        self.counts.setVisible(self.document is not None)
        self.counts.setText(self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings))

    def jump_to(self, place: str) -> None:
        """Select the object a problem's place points at, down to the block or question."""
        if self.document is None:
            return
        if place.startswith("media["):
            self.media_dock.show()
            chain = resolve(self.document.course, place)
            if len(chain) > 1:
                self.media_library.select_path(chain[-1].path)
            return
        chain = resolve(self.document.course, place)
        item = next((o for o in reversed(chain) if isinstance(o, (Module, Lesson, Assessment))), chain[0])
        self.outline.select(item)
        self.show_editor(item)
        if self.editor is not None:
            self.editor.select(chain)

    def preview_current(self) -> None:
        """Show the selected lesson or assessment as trainees see it."""
        obj = self.outline.current_obj()
        if self.document is None or not isinstance(obj, (Lesson, Assessment)):
            return
        from .preview_dialog import PreviewDialog

        PreviewDialog(self.document, self.thumbnails, obj, self).exec()
