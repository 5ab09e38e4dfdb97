"""Edit › Cut, Copy and Paste of modules, lessons, blocks and questions through the system clipboard.

The fragment format and the paste operation live in ``bundle/fragment.py``; this module only
decides what is selected, moves the bytes between the clipboard and a worker, and pushes the
one operation a paste is.
"""

from __future__ import annotations

import atexit
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMimeData, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QListWidget, QPlainTextEdit, QTextEdit, QWidget

from ..model import Assessment, Course, ExerciseBlock, Lesson
from ..model.operations import Group, Remove

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .workers import Job

#: The clipboard format of a fragment; bundle/fragment.py says the same (imported late: it loads Pillow).
FRAGMENT_MIME = "application/x-coursebuilder-fragment"
#: Widgets whose own Cut, Copy and Paste work on text rather than on course objects.
TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class FragmentMime(QMimeData):
    """Clipboard data holding a packed fragment, handed over only when a paste asks for it.

    A lesson of twenty photos packs to tens of megabytes; turning that into a QByteArray up
    front would stall the window. A paste in this process takes the Python bytes directly;
    another program gets a copy when it asks.
    """

    def __init__(self, data: bytes, text: str):
        super().__init__()
        self.fragment_bytes = data
        self.setText(text)

    def formats(self) -> list[str]:
        return [FRAGMENT_MIME, *super().formats()]

    # No hasFormat override: Qt's asks formats(), and a Python override returning a bool
    # to C++ upsets PySide's reference count of True (a crash when Python exits).

    def retrieveData(self, mime_type: str, preferred_type):
        if mime_type == FRAGMENT_MIME:
            return QByteArray(self.fragment_bytes)
        return super().retrieveData(mime_type, preferred_type)


def _release_clipboard() -> None:
    # Qt would delete the clipboard's data after Python has shut down, calling back into a
    # Python object that no longer exists; hand it back while Python still runs.
    app = QApplication.instance()
    if app is not None and isinstance(QApplication.clipboard().mimeData(), FragmentMime):
        QApplication.clipboard().clear()


atexit.register(_release_clipboard)


def fragment_bytes(mime: QMimeData | None) -> bytes | None:
    """Return the packed fragment a clipboard's data holds, or None."""
    if mime is None or not mime.hasFormat(FRAGMENT_MIME):
        return None
    if isinstance(mime, FragmentMime):
        return mime.fragment_bytes
    return bytes(mime.data(FRAGMENT_MIME).data())


class ClipboardActions(QObject):
    """The Cut, Copy and Paste actions of one main window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        #: The last object list the lecturer worked in (outline, block list or a question list).
        self._list: QWidget | None = None
        self._last = ""
        S = QKeySequence.StandardKey
        self.act_cut = self._action(self.tr("Cu&t"), self.cut, S.Cut)
        self.act_copy = self._action(self.tr("&Copy"), self.copy, S.Copy)
        self.act_paste = self._action(self.tr("&Paste"), self.paste, S.Paste)
        app = QApplication.instance()
        assert isinstance(app, QApplication), "the editor runs in a QApplication"
        app.focusChanged.connect(self._focus_changed)
        window.sig_document_changed.connect(lambda doc: self.set_enabled(doc is not None))
        self.set_enabled(window.document is not None)

    def _action(self, text: str, slot, key) -> QAction:
        act = QAction(text, self.window)
        act.setShortcut(QKeySequence(key))
        act.triggered.connect(slot)
        return act

    def fill_menu(self, menu) -> None:
        """Add the actions to the Edit menu."""
        menu.addSeparator()
        for act in (self.act_cut, self.act_copy, self.act_paste):
            menu.addAction(act)

    def set_enabled(self, enabled: bool) -> None:
        """Enable the actions while a course is open."""
        for act in (self.act_cut, self.act_copy, self.act_paste):
            act.setEnabled(enabled)

    def _focus_changed(self, _old, new) -> None:
        if new is None or not self.window.isAncestorOf(new):
            return
        if new is self.window.outline or (isinstance(new, QListWidget) and new.objectName() in ("blockList", "questionList")):
            self._list = new

    # --- what is selected -------------------------------------------------------------

    def _question_list(self, widget: QWidget | None):
        """Return the QuestionList around ``widget``, if any."""
        while widget is not None:
            if hasattr(widget, "owner") and hasattr(widget, "current") and hasattr(widget, "list"):
                return widget
            widget = widget.parentWidget()
        return None

    def _lesson_editor(self):
        editor = self.window.editor
        return editor if editor is not None and hasattr(editor, "lesson") and hasattr(editor, "blocks") else None

    def _live_list(self) -> QWidget | None:
        lst = self._list
        try:
            if lst is not None and self.window.isAncestorOf(lst) and lst.isVisible():
                return lst
        except RuntimeError:
            pass  # the editor holding it was closed
        self._list = None
        return None

    def selection(self) -> tuple[list, Any, str]:
        """Return the selected objects, their owner and the owner's list attribute ([] when nothing)."""
        doc = self.window.document
        if doc is None:
            return [], None, ""
        lst = self._live_list()
        if lst is not None and lst.objectName() == "questionList":
            questions = self._question_list(lst)
            if questions is not None and questions.current() is not None:
                return [questions.current()], questions.owner, "questions"
        if lst is not None and lst.objectName() == "blockList":
            lesson_editor = self._lesson_editor()
            if lesson_editor is not None and lesson_editor.current_block() is not None:
                return [lesson_editor.current_block()], lesson_editor.lesson, "blocks"
        obj = self.window.outline.current_obj()
        where = self.window.outline._owner(obj) if obj is not None and not isinstance(obj, Course) else None
        if where is None:
            return [], None, ""
        return [obj], where[0], where[1]

    def paste_target(self, kind: str) -> tuple[Any, int] | None:
        """Return the owner and position a fragment of ``kind`` goes to, from the selection."""
        doc = self.window.document
        if doc is None:
            return None
        course = doc.course
        outline_obj = self.window.outline.current_obj()
        module = self.window.outline._module_of(outline_obj) if course.modules else None
        if kind == "modules":
            index = course.modules.index(module) + 1 if module is not None and not isinstance(outline_obj, Course) else len(course.modules)
            return course, index
        if kind == "items":
            if module is None:
                return None
            if isinstance(outline_obj, (Lesson, Assessment)):
                return module, module.items.index(outline_obj) + 1
            return module, len(module.items)
        lesson_editor = self._lesson_editor()
        if kind == "blocks":
            if lesson_editor is None:
                return None
            row = lesson_editor.blocks.currentRow()
            return lesson_editor.lesson, row + 1 if row >= 0 else len(lesson_editor.lesson.blocks)
        if kind == "questions":
            lst = self._live_list()
            questions = self._question_list(lst) if lst is not None and lst.objectName() == "questionList" else None
            if questions is None:
                questions = getattr(self.window.editor, "questions", None)
            if questions is None and lesson_editor is not None:
                block = lesson_editor.current_block()
                if isinstance(block, ExerciseBlock):
                    questions = getattr(lesson_editor.block_editor, "questions", None)
            if questions is None:
                return None
            row = questions.list.currentRow()
            return questions.owner, row + 1 if row >= 0 else len(questions.owner.questions)
        return None

    # --- the actions ----------------------------------------------------------------------

    def _text_widget(self) -> QWidget | None:
        focus = QApplication.focusWidget()
        return focus if isinstance(focus, TEXT_WIDGETS) and self.window.isAncestorOf(focus) else None

    def copy(self) -> Job | None:
        """Copy the selected objects (or the focused field's text) to the clipboard; return the job."""
        text = self._text_widget()
        if text is not None:
            getattr(text, "copy", lambda: None)()
            return None
        return self._copy(remove=False)

    def cut(self) -> Job | None:
        """Copy the selected objects to the clipboard, then delete them as one undoable edit."""
        text = self._text_widget()
        if text is not None:
            getattr(text, "cut", lambda: None)()
            return None
        return self._copy(remove=True)

    def _copy(self, *, remove: bool) -> Job | None:
        from ..bundle import BundleError, MediaStore
        from ..bundle.fragment import pack_fragment, take_fragment
        from .workers import Job

        doc = self.window.document
        objects, owner, attr = self.selection()
        if doc is None or not objects:
            self._say(self.tr("Select a module, lesson, block or question to copy."))
            return None
        fragment = take_fragment(doc.course, objects)
        # Only the origins the worker reads, not a copy of the whole course.
        store = MediaStore(doc.bundle.media.limits)
        try:
            for item, _data in fragment.media:
                store.set_origin(item.path, doc.bundle.media.origin(item.path))
        except BundleError as exc:
            self._say(self.tr("Cannot copy: %1").replace("%1", str(exc)))
            return None
        job = Job(self.tr("Copying"), lambda progress, cancel: pack_fragment(fragment, store, cancel))
        job.sig_done.connect(lambda data: self._copied(data, fragment, objects, owner, attr, remove))
        job.sig_failed.connect(lambda msg: self._say(self.tr("Cannot copy: %1").replace("%1", msg)))
        return self._run(job)

    def _copied(self, data: bytes, fragment, objects: list, owner, attr: str, remove: bool) -> None:
        # Titles or text as plain words too, for pasting into a mail or a text field.
        QApplication.clipboard().setMimeData(FragmentMime(data, "\n".join(_plain(o) for o in fragment.objects)))
        doc = self.window.document
        if not remove or doc is None:
            self._say(self.tr("Copied to the clipboard; paste it here or in another course."))
            return
        seq = getattr(owner, attr, [])
        steps = []
        for obj in objects:
            index = next((i for i, o in enumerate(seq) if o is obj), None)
            if index is not None:
                steps.append(Remove(owner, attr, index))
        if steps:
            doc.do(Group("Cut", steps), self.tr("Cut"))

    def paste(self) -> Job | None:
        """Paste what the clipboard holds after the selection, as one undoable edit; return the job."""
        from ..bundle.fragment import read_fragment
        from .workers import Job

        text = self._text_widget()
        if text is not None:
            getattr(text, "paste", lambda: None)()
            return None
        doc = self.window.document
        if doc is None:
            return None
        data = fragment_bytes(QApplication.clipboard().mimeData())
        if data is None:
            self._say(self.tr("The clipboard holds no modules, lessons, blocks or questions to paste."))
            return None
        limits = doc.bundle.media.limits
        job = Job(self.tr("Pasting"), lambda progress, cancel: read_fragment(data, limits, cancel))
        job.sig_done.connect(self._pasted)
        job.sig_failed.connect(lambda msg: self._say(self.tr("Cannot paste: %1").replace("%1", msg)))
        return self._run(job)

    def _pasted(self, fragment) -> None:
        from ..bundle.fragment import paste_operation

        doc = self.window.document
        if doc is None:
            return
        target = self.paste_target(fragment.kind)
        if target is None:
            self._say(self._where_message(fragment.kind))
            return
        owner, index = target
        op, pasted = paste_operation(doc.course, doc.bundle.media, fragment, owner, index)
        doc.do(op, self.tr("Paste"))
        if fragment.kind in ("modules", "items"):
            self.window.outline.select(pasted[-1])

    def _where_message(self, kind: str) -> str:
        return {
            "items": self.tr("Add a module first: lessons, quizzes and surveys are pasted into a module."),
            "blocks": self.tr("Select a lesson in the outline to paste blocks into it."),
            "questions": self.tr("Select a quiz, a survey or an exercise to paste questions into it."),
        }.get(kind, "")

    def _run(self, job: Job) -> Job:
        self._last = ""
        self.window.run_job(job)
        # After the window's own "done" line, so the outcome is what stays readable.
        def say_outcome() -> None:
            if self._last:
                self.window.statusBar().showMessage(self._last, 8000)

        job.sig_finished.connect(say_outcome)
        return job

    def _say(self, message: str) -> None:
        self._last = message
        self.window.statusBar().showMessage(message, 8000)


def _plain(obj: Any) -> str:
    for attr in ("title", "prompt", "markdown", "text", "alt", "caption"):
        value = getattr(obj, attr, "")
        if value:
            return value
    return ""

