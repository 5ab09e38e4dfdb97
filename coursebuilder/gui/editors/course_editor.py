"""Course properties: title, subtitle, language, authors, licence, description, cover."""

from __future__ import annotations

import copy

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model import Person
from ...model.edits import use_as_cover
from ...model.operations import FIELD, STRUCTURE, SetField
from .common import EditorContext, EditorPage, form, heading, text_box
from ..signals import listen
from .fields import Binder

LANGUAGES = ["en", "zh-Hans", "zh-Hant", "km", "lo", "vi", "th", "my", "az", "tk", "ru", "fr"]
LICENCES = ["CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC0-1.0", "All rights reserved"]


class CourseEditor(EditorPage):
    """Edit the course's own fields."""

    def __init__(self, ctx: EditorContext, parent=None):
        super().__init__(ctx.document.course, parent)
        self.ctx = ctx
        course = ctx.document.course
        self.course = course
        b = self.binder = Binder(ctx.document, course, self)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Course properties")))
        box = QWidget()
        f = form(box)
        outer.addWidget(box)
        self.title = b.line("title", QLineEdit(), self.tr("Change course title"))
        self.title.setPlaceholderText(self.tr("What trainees will see as the course name"))
        f.addRow(self.tr("&Title:"), self.title)
        self.subtitle = b.line("subtitle", QLineEdit(), self.tr("Change subtitle"))
        f.addRow(self.tr("&Subtitle:"), self.subtitle)
        self.language = QComboBox()
        self.language.addItems(LANGUAGES)
        b.combo_text("language", self.language, self.tr("Change language"))
        self.language.setToolTip(self.tr("Language tag of the main language, such as en or zh-Hans"))
        f.addRow(self.tr("&Language:"), self.language)
        self.licence = QComboBox()
        self.licence.addItems(LICENCES)
        b.combo_text("licence", self.licence, self.tr("Change licence"))
        f.addRow(self.tr("L&icence:"), self.licence)
        self.version = b.line("version", QLineEdit(), self.tr("Change version"))
        f.addRow(self.tr("&Version:"), self.version)
        self.description = b.text("description", text_box(4), self.tr("Change description"))
        f.addRow(self.tr("&Description:"), self.description)

        cover_row = QHBoxLayout()
        self.cover = QComboBox()
        self.cover_preview = QLabel()
        self.cover_preview.setFixedSize(96, 72)
        self.cover_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Add picture…"))
        choose.clicked.connect(self._choose_cover)
        cover_row.addWidget(self.cover, 1)
        cover_row.addWidget(choose)
        cover_row.addWidget(self.cover_preview)
        f.addRow(self.tr("Cover:"), cover_row)
        self._fill_cover()
        b.combo_data("cover", self.cover, self.tr("Change cover"))
        b.on("cover", self._show_cover)
        self._show_cover()

        self.authors = QTableWidget(0, 3)
        self.authors.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Email")])
        self.authors.horizontalHeader().setStretchLastSection(True)
        self.authors.setMaximumHeight(160)
        self.authors.itemChanged.connect(self._authors_edited)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add author"))
        add.clicked.connect(self._add_author)
        remove = QPushButton(self.tr("Remove author"))
        remove.clicked.connect(self._remove_author)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        authors = QVBoxLayout()
        authors.addWidget(self.authors)
        authors.addLayout(buttons)
        f.addRow(self.tr("Authors:"), authors)
        self._fill_authors()
        b.on("authors", self._fill_authors)
        outer.addStretch()
        listen(ctx.document.sig_course_changed, self, self._on_changed)
        listen(ctx.thumbnails.sig_ready, self, lambda _sha: self._show_cover())

    def _on_changed(self, changes) -> None:
        if any(c.kind == STRUCTURE and c.attr == "media" for c in changes):
            self._fill_cover()
        if any(c.kind == FIELD and c.target is self.course and c.attr == "cover" for c in changes):
            self._show_cover()

    def _fill_cover(self) -> None:
        with QSignalBlocker(self.cover):
            self.cover.clear()
            self.cover.addItem(self.tr("(no cover)"), "")
            for item in self.course.media:
                if item.kind == "image":
                    self.cover.addItem(item.original_name or item.path, item.path)
            self.cover.setCurrentIndex(max(self.cover.findData(self.course.cover), 0))

    def _show_cover(self) -> None:
        item = self.course.media_by_path().get(self.course.cover)
        pixmap = self.ctx.thumbnails.get(item, self.ctx.document.bundle.media) if item else None
        if pixmap is not None:
            self.cover_preview.setPixmap(pixmap.scaled(96, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        else:
            self.cover_preview.clear()

    def _choose_cover(self) -> None:
        files = self.ctx.choose_files(self, "image")
        if not files:
            return
        job = self.ctx.document.start_import(files[:1])

        def done(added):
            files = self.ctx.document.files(added)
            edit = use_as_cover(self.course, files[0]) if files else None
            if edit is not None:
                self.ctx.document.do(edit, self.tr("Change cover"))

        job.sig_done.connect(done)

    def _fill_authors(self) -> None:
        with QSignalBlocker(self.authors):
            self.authors.setRowCount(len(self.course.authors))
            for row, person in enumerate(self.course.authors):
                for col, value in enumerate((person.name, person.role, person.email)):
                    self.authors.setItem(row, col, QTableWidgetItem(value))

    def _authors_edited(self, cell: QTableWidgetItem) -> None:
        people = copy.deepcopy(self.course.authors)
        person = people[cell.row()]
        setattr(person, ("name", "role", "email")[cell.column()], cell.text().strip())
        self.ctx.document.do(SetField(self.course, "authors", people), self.tr("Change authors"))

    def _add_author(self) -> None:
        people = copy.deepcopy(self.course.authors) + [Person(name=self.tr("New author"))]
        self.ctx.document.do(SetField(self.course, "authors", people), self.tr("Add author"))

    def _remove_author(self) -> None:
        row = self.authors.currentRow()
        if 0 <= row < len(self.course.authors):
            people = copy.deepcopy(self.course.authors)
            del people[row]
            self.ctx.document.do(SetField(self.course, "authors", people), self.tr("Remove author"))
