"""The editor's translation controls: "Translating into", the translation panel, badges, languages, files.

One object owns them for a window: the toolbar choice of language, the dock that shows the
translation panel beside the editor, the outline's missing/stale badges, the problems panel's
per-item notes, Course › Languages… and File › Translations (the translator's round trip).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QHeaderView, QLabel, QMenu, QToolBar

from ..model import Course, Problem
from ..model.languages import course_languages
from ..model.operations import FIELD
from .translate_panel import TranslationPanel, language_name
from .translate_status import place_of, tally, translation_problems

if TYPE_CHECKING:
    from .main_window import MainWindow

_SUMMARY_CODES = ("translation.missing", "translation.stale")


class TranslateActions(QObject):
    """Translating into one chosen language, everywhere the window shows the course."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        #: The language being translated into ("" for none).
        self.lang = ""
        self.panel = TranslationPanel()
        self.panel.sig_status.connect(lambda text: window.statusBar().showMessage(text, 8000))
        self.dock = QDockWidget(self.tr("Translation"), window)
        self.dock.setObjectName("translationDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.toolbar = QToolBar(self.tr("Translation"), window)
        self.toolbar.setObjectName("translationToolbar")
        self.label = QLabel(self.tr("Translating into:"))
        self.label.setContentsMargins(6, 0, 4, 0)
        self.choice = QComboBox()
        self.choice.setObjectName("translatingInto")
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.setToolTip(self.tr("Show each text in the default language beside its translation into this language"))
        self.choice.currentIndexChanged.connect(lambda _i: self.choose(self.choice.currentData() or ""))
        self.toolbar.addWidget(self.label)
        self.toolbar.addWidget(self.choice)
        self.act_languages = self.toolbar.addAction(self.tr("Languages…"), self.edit_languages)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        from .translate_files import TranslationFiles

        self.files = TranslationFiles(window, self)
        window.sig_document_changed.connect(self._document_changed)
        window.sig_editor_shown.connect(lambda obj: self._show(obj))
        window.problems.adjust = self._adjust_problems
        window.problems.sig_jump.connect(self._jumped)
        window.outline.setColumnCount(2)
        window.outline.header().setStretchLastSection(False)
        window.outline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        window.outline.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._document_changed(window.document)

    # --- menus ---------------------------------------------------------------------------

    def fill_course_menu(self, menu: QMenu) -> None:
        """Put Course › Languages… into ``menu``."""
        menu.addAction(self.tr("&Languages…"), self.edit_languages)
        menu.addAction(self.dock.toggleViewAction())

    def fill_file_menu(self, menu: QMenu) -> None:
        """Put File › Translations (export for a translator, import) into ``menu``."""
        sub = menu.addMenu(self.tr("&Translations"))
        self.files.fill_menu(sub)
        self.translations_menu = sub

    # --- the chosen language -----------------------------------------------------------------

    def _document_changed(self, document) -> None:
        has = document is not None
        self.toolbar.setVisible(has)
        self.act_languages.setEnabled(has)
        if hasattr(self, "translations_menu"):
            self.translations_menu.setEnabled(has)
        if document is not None:
            document.sig_course_changed.connect(self._course_changed)
        self._fill_choice()

    def _fill_choice(self) -> None:
        document = self.window.document
        others = [t for t in course_languages(document.course)[1:]] if document is not None else []
        keep = self.lang if self.lang in others else ""
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("no other language"), "")
        for tag in others:
            self.choice.addItem(language_name(tag), tag)
        self.choice.setCurrentIndex(max(self.choice.findData(keep), 0))
        self.choice.setEnabled(bool(others))
        self.choice.blockSignals(False)
        if keep != self.lang:
            self.choose(keep)

    def choose(self, lang: str) -> None:
        """Translate into ``lang`` ("" to stop): the panel beside the editor, badges and notes follow."""
        self.lang = lang
        index = self.choice.findData(lang)
        if index >= 0 and index != self.choice.currentIndex():
            self.choice.blockSignals(True)
            self.choice.setCurrentIndex(index)
            self.choice.blockSignals(False)
        if bool(lang) and not self.dock.isVisible():
            self.dock.show()
            media = self.window.media_dock
            if self.window.dockWidgetArea(media) == self.window.dockWidgetArea(self.dock) and media.isVisible():
                # The whole height for the texts; the media library one tab away.
                self.window.tabifyDockWidget(media, self.dock)
                self.dock.raise_()
            # Wide enough for a text and its translation side by side, the editor keeping the rest.
            self.window.resizeDocks([self.dock], [max(320, int(self.window.width() * 0.42))], Qt.Orientation.Horizontal)
        elif not lang:
            self.dock.hide()
        self._show(self.window.editor.shows if self.window.editor is not None else None)
        self.refresh_badges()
        self.window.problems.refresh()

    def _show(self, obj) -> None:
        self.panel.show_texts(self.window.document, obj, self.lang)

    def _course_changed(self, changes, _initiator=None) -> None:
        if any(c.kind == FIELD and c.attr == "languages" for c in changes):
            self._fill_choice()
        # A source text edited can make its translations stale: every change may move a count.
        self.refresh_badges()

    # --- outline badges and problems ----------------------------------------------------------

    def refresh_badges(self) -> None:
        """Show beside each outline entry how many of its texts are missing or stale in the chosen language."""
        outline, document = self.window.outline, self.window.document
        course = document.course if document is not None else None
        found = tally(course, self.lang) if course is not None and self.lang else {}
        # Quietly: the outline takes any change of an entry for a rename by the lecturer.
        blocker = QSignalBlocker(outline)
        for node in outline._all_items():
            obj = outline.obj(node)
            place = place_of(course, obj) if course is not None and self.lang else None
            if course is None or place is None:
                node.setText(1, "")
                node.setToolTip(1, "")
                continue
            missing, stale = found.get(place, (0, 0))
            badge = " ".join(part for part in ((f"✎{missing}" if missing else ""), (f"↻{stale}" if stale else "")) if part)
            node.setText(1, badge)
            node.setToolTip(1, self.tr("%1: %2 texts not translated yet, %3 stale (their source changed)")
                            .replace("%1", language_name(self.lang)).replace("%2", str(missing)).replace("%3", str(stale))
                            if badge else self.tr("%1: every text is translated").replace("%1", language_name(self.lang)))
        del blocker

    def _adjust_problems(self, course: Course, problems: list[Problem]) -> list[Problem]:
        """List what is missing or stale in the chosen language item by item, in place of the one summary line."""
        if not self.lang or self.lang not in course_languages(course):
            return problems
        kept = [p for p in problems if not (p.code in _SUMMARY_CODES and dict(p.params).get("language") == self.lang)]
        return kept + translation_problems(course, self.lang)

    def _jumped(self, place: str) -> None:
        if self.lang:
            self.dock.show()
            self.panel.focus_place(place)

    # --- languages --------------------------------------------------------------------------

    def edit_languages(self) -> None:
        """Course › Languages…: change the course's languages as one undoable edit."""
        from .translate_languages import LanguagesDialog

        document = self.window.document
        if document is None:
            return
        dialog = LanguagesDialog(document.course, self.window)
        if not dialog.exec():
            return
        try:
            op = dialog.operation()
        except ValueError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return
        if op is not None:
            document.do(op, self.tr("Change course languages"))
            added = [t for t in op.languages if t != document.course.language]
            if added and not self.lang:
                self.choose(added[-1])
