"""Edit › Find and replace: every occurrence in the course, a list that jumps to each, replace one or all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from ..model.search import Hit, find, replace_operation
from .editors.markdown_toolbar import utf16_offset
from .problems.places import describe_place
from .signals import listen

if TYPE_CHECKING:
    from .document import Document
    from .main_window import MainWindow



class FindActions(QObject):
    """The Find and replace action of one main window, and its dialog."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.dialog: FindReplaceDialog | None = None
        self.act_find = QAction(self.tr("&Find and replace…"), window)
        self.act_find.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+H")])
        self.act_find.triggered.connect(self.show)
        window.sig_document_changed.connect(self._document_changed)
        self.act_find.setEnabled(window.document is not None)

    def fill_menu(self, menu) -> None:
        """Add the action to the Edit menu."""
        menu.addAction(self.act_find)

    def show(self) -> FindReplaceDialog | None:
        """Open (or bring forward) the dialog, starting from the selected words if any."""
        if self.window.document is None:
            return None
        if self.dialog is None:
            self.dialog = FindReplaceDialog(self.window)
        focus = self.window.focusWidget()
        selected = focus.selectedText() if isinstance(focus, QLineEdit) else (
            focus.textCursor().selectedText() if isinstance(focus, QPlainTextEdit) else "")
        if selected and "\u2029" not in selected:
            self.dialog.find_box.setText(selected)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.find_box.setFocus()
        self.dialog.find_box.selectAll()
        return self.dialog

    def _document_changed(self, document) -> None:
        self.act_find.setEnabled(document is not None)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


class FindReplaceDialog(QDialog):
    """Search the open course as the lecturer types; each hit in the list jumps to its place."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        # Not "window": that would hide QWidget.window().
        self.main_window = window
        assert window.document is not None, "find and replace needs an open course"
        self.document: Document = window.document
        self.hits: list[Hit] = []
        self.setWindowTitle(self.tr("Find and replace"))
        self.setModal(False)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("findText")
        self.find_box.setPlaceholderText(self.tr("Words to find in titles, texts, questions, choices and notes"))
        self.replace_box = QLineEdit()
        self.replace_box.setObjectName("replaceText")
        self.case = QCheckBox(self.tr("Match &case"))
        self.whole = QCheckBox(self.tr("&Whole words only"))
        grid = QGridLayout()
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_box)
        replace_label = QLabel(self.tr("Replace &with:"))
        replace_label.setBuddy(self.replace_box)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_box, 0, 1)
        grid.addWidget(replace_label, 1, 0)
        grid.addWidget(self.replace_box, 1, 1)
        options = QHBoxLayout()
        options.addWidget(self.case)
        options.addWidget(self.whole)
        options.addStretch()
        self.count = QLabel()
        self.count.setObjectName("hitCount")
        self.results = QListWidget()
        self.results.setObjectName("hitList")
        self.results.setWordWrap(True)
        # Each hit is two lines (where, then the words around it): alternate shades keep them together.
        self.results.setAlternatingRowColors(True)
        self.results.currentItemChanged.connect(lambda item, _prev: self.jump(item))
        self.results.itemActivated.connect(self.jump)
        self.replace_button = QPushButton(self.tr("&Replace"))
        self.replace_button.setToolTip(self.tr("Replace the selected occurrence"))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button = QPushButton(self.tr("Replace &all"))
        self.replace_all_button.clicked.connect(self.replace_all)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.replace_all_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(options)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.search)
        self.find_box.textChanged.connect(self._timer.start)
        self.case.toggled.connect(self.search)
        self.whole.toggled.connect(self.search)
        # Edits made elsewhere (or undone) move the hits: search again once typing pauses.
        listen(self.document.sig_course_changed, self, lambda *_change: self._timer.start())
        self.resize(560, 460)
        self.search()

    def search(self) -> None:
        """Find the words in the whole course and list the hits."""
        self._timer.stop()
        needle = self.find_box.text()
        self.hits = find(self.document.course, needle, case=self.case.isChecked(), whole_word=self.whole.isChecked())
        labels = field_names()
        self.results.blockSignals(True)
        self.results.clear()
        for hit in self.hits:
            before, match, after = hit.excerpt()
            where = describe_place(self.document.course, hit.place)
            item = QListWidgetItem(f"{where} · {labels.get(hit.attr, hit.attr)}\n{before}[{match}]{after}")
            self.results.addItem(item)
        self.results.blockSignals(False)
        if needle:
            self.count.setText(self.tr("%1 found").replace("%1", str(len(self.hits))) if self.hits else self.tr("Not found"))
        else:
            self.count.setText("")
        for button in (self.replace_button, self.replace_all_button):
            button.setEnabled(bool(self.hits))

    def current_hit(self) -> Hit | None:
        """Return the hit selected in the list."""
        row = self.results.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def jump(self, item: QListWidgetItem | None) -> None:
        """Show the place of a hit in the main window, with the words selected."""
        if item is None:
            return
        row = self.results.row(item)
        if not 0 <= row < len(self.hits):
            return
        hit = self.hits[row]
        self.main_window.jump_to(hit.place)
        select_in_editor(self.main_window.editor, hit)

    def replace_one(self) -> None:
        """Replace the selected hit (or the first) and move on to the next."""
        if not self.hits:
            return
        row = max(self.results.currentRow(), 0)
        op = replace_operation([self.hits[row]], self.replace_box.text(), "Replace")
        if op is not None:
            self.document.do(op, self.tr("Replace"))
        self.search()
        if self.hits:
            self.results.setCurrentRow(min(row, len(self.hits) - 1))

    def replace_all(self) -> None:
        """Replace every hit as one undoable edit."""
        op = replace_operation(self.hits, self.replace_box.text(), "Replace all")
        if op is not None:
            n = len(self.hits)
            self.document.do(op, self.tr("Replace all"))
            self.main_window.statusBar().showMessage(self.tr("Replaced %1 occurrences.").replace("%1", str(n)), 8000)
        self.search()


def field_names() -> dict[str, str]:
    """Return the words for the fields a hit can be in."""
    return {
        "title": QCoreApplication.translate("find_replace", "title"),
        "subtitle": QCoreApplication.translate("find_replace", "subtitle"),
        "description": QCoreApplication.translate("find_replace", "description"),
        "markdown": QCoreApplication.translate("find_replace", "text"),
        "notes": QCoreApplication.translate("find_replace", "speaker notes"),
        "objectives": QCoreApplication.translate("find_replace", "objectives"),
        "prompt": QCoreApplication.translate("find_replace", "question"),
        "text": QCoreApplication.translate("find_replace", "text"),
        "feedback": QCoreApplication.translate("find_replace", "feedback"),
        "feedback_correct": QCoreApplication.translate("find_replace", "feedback when right"),
        "feedback_incorrect": QCoreApplication.translate("find_replace", "feedback when wrong"),
        "hint": QCoreApplication.translate("find_replace", "hint"),
        "alt": QCoreApplication.translate("find_replace", "alt text"),
        "caption": QCoreApplication.translate("find_replace", "caption"),
        "credit": QCoreApplication.translate("find_replace", "credit"),
        "transcript": QCoreApplication.translate("find_replace", "transcript"),
        "instructions": QCoreApplication.translate("find_replace", "instructions"),
        "left": QCoreApplication.translate("find_replace", "pair"),
        "right": QCoreApplication.translate("find_replace", "pair"),
        "items": QCoreApplication.translate("find_replace", "items"),
        "answers": QCoreApplication.translate("find_replace", "accepted answers"),
        "unit": QCoreApplication.translate("find_replace", "unit"),
        "min_label": QCoreApplication.translate("find_replace", "scale label"),
        "max_label": QCoreApplication.translate("find_replace", "scale label"),
        "name": QCoreApplication.translate("find_replace", "name"),
        "role": QCoreApplication.translate("find_replace", "role"),
    }


def select_in_editor(editor, hit: Hit) -> bool:
    """Select the hit's words in the field of ``editor`` that shows them; return whether one did."""
    if editor is None:
        return False
    value = getattr(hit.obj, hit.attr)
    if hit.entry >= 0:
        full = "\n".join(value)
        offset = sum(len(v) + 1 for v in value[:hit.entry])
    else:
        full, offset = value, 0
    start, end = offset + hit.start, offset + hit.end
    for widget in editor.findChildren(QLineEdit) + editor.findChildren(QPlainTextEdit):
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if text != full:
            continue
        for tabs in editor.findChildren(QTabWidget):
            for i in range(tabs.count()):
                if tabs.widget(i).isAncestorOf(widget):
                    tabs.setCurrentIndex(i)
        a, b = utf16_offset(full, start), utf16_offset(full, end)
        if isinstance(widget, QLineEdit):
            widget.setSelection(a, b - a)
        else:
            cursor = widget.textCursor()
            cursor.setPosition(a)
            cursor.setPosition(b, cursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
        return True
    return False
