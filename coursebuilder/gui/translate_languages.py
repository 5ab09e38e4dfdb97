"""Course › Languages…: which languages the course is translated into, in which order, as one undoable edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..model import Course
from ..model.languages import course_languages, is_language_tag, set_languages
from .translate_panel import language_name

#: Languages offered first (the programme's); any other BCP 47 tag can be typed.
SUGGESTED = ["zh-Hans", "en", "km", "lo", "vi", "th", "my", "zh-Hant", "fr", "ru"]


class LanguagesDialog(QDialog):
    """Add, remove and reorder the course's languages; the default language stays first."""

    def __init__(self, course: Course, parent=None):
        super().__init__(parent)
        self.course = course
        self.setWindowTitle(self.tr("Course languages"))
        self.intro = QLabel(self.tr(
            "The default language is the one the course is written in (Course properties › Language); "
            "it always comes first. Texts in the other languages are written under “Translating into”."))
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("courseLanguages")
        for tag in course_languages(course):
            self._add_row(tag)
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.addItems([t for t in SUGGESTED if t not in course_languages(course)])
        self.tag.setToolTip(self.tr("A language tag such as km, lo, zh-Hans or en"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_language)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Removing a language drops its translations (undo brings them back)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        grid = QGridLayout()
        grid.addWidget(self.list, 0, 0, 4, 1)
        grid.addWidget(self.up_button, 0, 1)
        grid.addWidget(self.down_button, 1, 1)
        grid.addWidget(self.remove_button, 2, 1)
        grid.addWidget(self.tag, 4, 0)
        grid.addWidget(self.add_button, 4, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._update)
        self._update()

    def _add_row(self, tag: str) -> None:
        text = language_name(tag)
        if tag == self.course.language:
            text = self.tr("%1 — default language").replace("%1", text)
        item = QListWidgetItem(text)
        item.setData(256, tag)
        self.list.addItem(item)

    def languages(self) -> list[str]:
        """Return the languages as the dialog has them now, the default first."""
        return [self.list.item(i).data(256) for i in range(self.list.count())]

    def add_language(self) -> bool:
        """Add the typed tag; say why not in one line if it cannot be added."""
        tag = self.tag.currentText().strip()
        if not is_language_tag(tag):
            return self._say(self.tr("“%1” is not a language tag; use one like km, lo, zh-Hans or en.").replace("%1", tag))
        if tag in self.languages():
            return self._say(self.tr("%1 is already one of the course's languages.").replace("%1", tag))
        self._add_row(tag)
        self.list.setCurrentRow(self.list.count() - 1)
        index = self.tag.findText(tag)
        if index >= 0:
            self.tag.removeItem(index)
        self.error.hide()
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            self.list.takeItem(row)
        self._update()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row <= 0 or target <= 0 or target >= self.list.count():
            return  # the default language stays first
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _update(self, *_args) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row > 0)
        self.up_button.setEnabled(row > 1)
        self.down_button.setEnabled(0 < row < self.list.count() - 1)

    def _say(self, text: str) -> bool:
        self.error.setText(text)
        self.error.show()
        return False

    def operation(self):
        """Return the one edit that makes the course's languages what the dialog shows (None if unchanged)."""
        wanted = self.languages()
        if wanted == course_languages(self.course):
            return None
        return set_languages(self.course, wanted)
