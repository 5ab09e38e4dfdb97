"""The Chinese, Khmer and Lao interfaces leave no English anywhere: every menu, editor and dialog is walked.

The walk opens what a lecturer can open (each editor kind, every menu entry, the outline's
right-click menu, Qt's own file dialog and message-box buttons, the text fields' context
menus) with every blocking dialog replaced by one that records its words. What the course
itself holds, product and format names, file patterns and language names may stay as they are.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from coursebuilder.bundle import CourseBundle
from coursebuilder.gui import prompts
from coursebuilder.gui.about import AboutDialog
from coursebuilder.gui.app import install_translators
from coursebuilder.gui.document import Document
from coursebuilder.gui.main_window import MainWindow

from .helpers import each_view, every_kind_course

#: Interface languages besides English, and the course language their lecturers write in.
LANGUAGES = {"zh_CN": "zh-Hans", "km": "km", "lo": "lo"}

#: Words shown as they are in every language: product, format and key names, units, language names.
ALLOWED = re.compile(
    r"CourseBuilder|PowerPoint|Excel|LibreOffice|WPS|Markdown|GIFT|SCORM|CSV|PNG|SVG|HTML|XLIFF|XLSX|USB|Wi-Fi|GHz|PIN|MB|KB|GB|px|"
    r"Windows|Ctrl|Shift|Alt|ESC|Qt|English|zh-Hans|zh_CN|\ben\b|\bkm\b|\blo\b|"
    r"\*?\.[a-z0-9]{2,12}\b|https?://\S+|\S*/\S*"
)
ENGLISH = re.compile(r"[A-Za-z]{2,}")


def _course_words(course) -> set[str]:
    """Return every text the course holds: what the lecturer wrote is not the interface's."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value)
            found.update(line for line in value.splitlines() if line.strip())
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name))

    walk(course)
    # What the editor derives from the words: a heading without its mark, a sentence around its blanks.
    for text in list(found):
        found.add(text.lstrip("#*-> ").strip())
        found.update(piece.strip() for piece in re.split(r"\[\[(.*?)\]\]", text))
    return {w for w in found if w.strip()}


def _verbatim(course) -> set[str]:
    """Return what is shown as it is: the course's words, the sample courses' titles, tags and licence names."""
    from coursebuilder.bundle import open_bundle
    from coursebuilder.gui.editors.course_editor import LANGUAGES as TAGS
    from coursebuilder.gui.editors.course_editor import LICENCES
    from coursebuilder.resources import sample_courses_dir

    samples = {open_bundle(p).course.title for p in sample_courses_dir().iterdir() if (p / "course.yaml").is_file()}
    return _course_words(course) | samples | set(TAGS) | set(LICENCES)


class Seen:
    """Every text the walk met, with where it was shown."""

    def __init__(self):
        self.texts: list[tuple[str, str]] = []

    def add(self, where: str, *texts) -> None:
        self.texts += [(where, str(t)) for t in texts if t]

    def menu(self, menu: QMenu, where: str) -> None:
        self.add(where, menu.title())
        for action in menu.actions():
            self.action(action, where)

    def action(self, action: QAction, where: str) -> None:
        self.add(f"{where} › {action.text()}", action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
                 action.statusTip())
        if action.menu() is not None:
            self.menu(action.menu(), f"{where} › {action.text()}")

    def widget(self, top: QWidget, where: str) -> None:
        """Record the words of ``top`` and everything in it, shown or not yet."""
        self.add(where, top.windowTitle())
        for w in [top, *top.findChildren(QWidget)]:
            name = f"{where}: {type(w).__name__}"
            self.add(name, w.toolTip(), w.statusTip(), w.whatsThis())
            if isinstance(w, QLabel):
                self.add(name, re.sub(r"<[^>]+>", " ", w.text()))
            elif isinstance(w, QAbstractButton):
                self.add(name, w.text())
            elif isinstance(w, QGroupBox):
                self.add(name, w.title())
            elif isinstance(w, QLineEdit):
                self.add(name, w.placeholderText(), w.text())
            elif isinstance(w, (QPlainTextEdit, QTextEdit)) and not w.isReadOnly():
                self.add(name, w.placeholderText())
            elif isinstance(w, QComboBox):
                self.add(name, *(w.itemText(i) for i in range(w.count())))
            elif isinstance(w, QAbstractSpinBox):
                self.add(name, w.specialValueText(), getattr(w, "suffix", lambda: "")(), getattr(w, "prefix", lambda: "")())
            elif isinstance(w, QTabBar):
                self.add(name, *(w.tabText(i) for i in range(w.count())), *(w.tabToolTip(i) for i in range(w.count())))
            elif isinstance(w, QTabWidget):
                self.add(name, *(w.tabText(i) for i in range(w.count())))
            elif isinstance(w, QHeaderView) and w.model() is not None:
                model, horizontal = w.model(), w.orientation()
                count = model.columnCount() if horizontal.value == 1 else model.rowCount()
                self.add(name, *(model.headerData(i, horizontal) for i in range(count)))
            if isinstance(w, QTreeWidget) and isinstance(top, AboutDialog):
                # Versions and screens: the diagnostics report for support, in the words of the components.
                self.add(name, *(w.headerItem().text(c) for c in range(w.columnCount())))
            elif isinstance(w, QTreeWidget):
                self.add(name, *(w.headerItem().text(c) for c in range(w.columnCount())))
                for i in range(w.topLevelItemCount()):
                    self._tree_item(w.topLevelItem(i), w.columnCount(), name)
            elif isinstance(w, QListWidget):
                self.add(name, *(w.item(i).text() for i in range(w.count())), *(w.item(i).toolTip() for i in range(w.count())))
            for action in w.actions():
                self.action(action, name)

    def _tree_item(self, item, columns: int, where: str) -> None:
        self.add(where, *(item.text(c) for c in range(columns)), *(item.toolTip(c) for c in range(columns)))
        for i in range(item.childCount()):
            self._tree_item(item.child(i), columns, where)

    def english(self, verbatim: set[str]) -> list[str]:
        """Return each text with English words left once the verbatim texts are taken out."""
        left = []
        longest_first = sorted(verbatim, key=len, reverse=True)
        for where, text in self.texts:
            rest = text
            for value in longest_first:
                if value in rest:
                    rest = rest.replace(value, " ")
            rest = ALLOWED.sub(" ", rest.replace("&&", "").replace("&", ""))
            if ENGLISH.search(rest):
                left.append(f"{where}: {text!r}")
        return sorted(set(left))


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(params=sorted(LANGUAGES))
def interface(request, qapp, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_LANG", request.param)
    installed = install_translators(qapp, QLocale(request.param))
    assert {t.filePath().rsplit("/", 1)[-1] for t in installed} >= {f"coursebuilder_{request.param}.qm"}
    yield request.param
    for t in installed:
        qapp.removeTranslator(t)


@pytest.fixture
def seen(monkeypatch) -> Seen:
    """Replace every blocking dialog with one that records its words and says no."""
    record = Seen()

    def dialog_exec(self):
        record.widget(self, type(self).__name__)
        return 0

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *a, _n=name, **k: (record.add(f"message {_n}", title, text), QMessageBox.StandardButton.Cancel)[1]))
    monkeypatch.setattr(prompts, "ask", lambda parent, title, text, buttons, default: (
        record.add("question", title, text, *buttons.values()), None)[1])

    def file_dialog(kind):
        def ask(parent=None, caption="", folder="", filter="", *a, **k):
            record.add(f"file dialog {kind}", caption, filter)
            return "" if kind == "getExistingDirectory" else ([] if kind == "getOpenFileNames" else "", "")
        return staticmethod(ask)

    for kind in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, kind, file_dialog(kind))
    return record


def _menu_actions(menu: QMenu, path: str):
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from _menu_actions(action.menu(), f"{path} › {action.text()}")
        else:
            yield f"{path} › {action.text()}", action


def test_no_english_left_in_the_interface(interface, seen, qtbot):
    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    try:
        seen.widget(window, "start screen")
        course = every_kind_course()
        course.language = LANGUAGES[interface]
        course.languages = [course.language, "lo" if interface == "km" else "km"]
        window.set_document(Document(CourseBundle(course=course), window))
        # Every editor with the translation panel beside it.
        window.translate.choose(course.languages[1])
        for name in each_view(window, course):
            _settle()
            seen.widget(window, name)
        # Not triggered (their words are still checked): they would end the walk's course or window.
        skip = {window.act_quit, window.act_close, window.act_new}
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        for menu in menus:
            seen.menu(menu, "menu")
            menu.aboutToShow.emit()
            for where, action in list(_menu_actions(menu, menu.title())):
                # English and the system's language say the next-start sentence in English too, by design.
                if action in skip or not action.isEnabled() or action.text() in ("English", window.tr("As the system")):
                    continue
                before = set(QApplication.topLevelWidgets())
                action.trigger()
                _settle()
                for top in QApplication.topLevelWidgets():
                    if top not in before and top.isVisible() and not isinstance(top, QMenu):
                        seen.widget(top, where)
                        top.close()
                _settle()
                # An export's options dialog opens modeless: its words, then away with it.
                dialog = window.exporting.dialog
                if dialog is not None and dialog.isVisible():
                    seen.widget(dialog, where)
                    dialog.reject()
        # Qt's own dialogs and menus, in the lecturer's language as well.
        files = QFileDialog(window)
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        seen.widget(files, "Qt's file dialog")
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        seen.widget(files, "Qt's save dialog")
        files.deleteLater()
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, "", "", buttons.Ok | buttons.Cancel | buttons.Yes | buttons.No
                          | buttons.Save | buttons.Discard | buttons.Close | buttons.Open, window)
        box.setDetailedText("x")
        seen.widget(box, "Qt's message box")
        box.deleteLater()
        for field in (QLineEdit(), QPlainTextEdit()):
            menu = field.createStandardContextMenu()
            seen.menu(menu, f"{type(field).__name__} context menu")
            menu.deleteLater()
        from coursebuilder.gui.export_done import show_export_done
        from coursebuilder.gui.importing import ImportNotesDialog

        seen.widget(show_export_done(window, Path("/tmp/deck.pptx"), "1 MB", ["/tmp/x"]), "export done")
        seen.widget(ImportNotesDialog("deck.pptx", "1", []), "import notes")
        from PySide6.QtGui import QPixmap

        from coursebuilder.gui.editors.picture_framing import CropDialog

        seen.widget(CropDialog(QPixmap(40, 30), [], window), "crop dialog")
        from coursebuilder.gui.translate_files import ImportReportDialog
        from coursebuilder.translation import Entry, ImportReport

        entry = Entry("m/title", "modules[0].title", "row 2")
        report = ImportReport(course.languages[1], changed=[entry], stale=[entry], kept=[entry], unknown=[entry], missing=[entry])
        seen.widget(ImportReportDialog(report, lambda place: "1"), "translation import report")
        # Every interface string the check above could not reach is still checked by the .ts test.
        assert len(seen.texts) > 500
        # The course as it is now: the walk's menu entries added a module, a lesson, a quiz and a survey.
        left = seen.english(_verbatim(course) | {"deck.pptx", "1 MB"})
        assert left == [], "\n".join(left)
    finally:
        if window.document is not None:
            window.document.undo_stack.setClean()
        window.set_document(None)
        window.close()
        window.deleteLater()
        _settle()


def test_khmer_and_lao_have_qts_own_strings(qapp):
    """Qt ships no Khmer or Lao: ours give its standard buttons and text menus their words."""
    from PySide6.QtCore import QTranslator

    from coursebuilder.gui.app import TRANSLATIONS

    for code, ok, paste in (("km", "យល់ព្រម", "បិទភ្ជាប់(&P)"), ("lo", "ຕົກລົງ", "ວາງ(&P)")):
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"qtbase_{code}.qm"))
        assert translator.translate("QPlatformTheme", "OK") == ok
        assert translator.translate("QLineEdit", "&Paste") == paste
        assert translator.translate("QWidgetTextControl", "&Paste") == paste
