"""Quiz and survey editors: settings and the question list."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ...model import Assessment, Quiz, Survey
from .common import EditorContext, EditorPage, form, heading, select_question, text_box
from .fields import Binder
from .questions import QuestionList


class AssessmentEditor(EditorPage):
    """Edit a quiz (graded, with pass mark, shuffle and attempts) or a survey (no right answers)."""

    def __init__(self, ctx: EditorContext, item: Assessment, parent=None):
        super().__init__(item, parent)
        self.item = item
        b = Binder(ctx.document, item, self)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Quiz") if isinstance(item, Quiz) else self.tr("Survey")))
        box = QWidget()
        f = form(box)
        outer.addWidget(box)
        self.title = b.line("title", QLineEdit(), self.tr("Change title"))
        f.addRow(self.tr("&Title:"), self.title)
        self.description = b.text("description", text_box(2), self.tr("Change description"))
        f.addRow(self.tr("&Description:"), self.description)
        if isinstance(item, Quiz):
            self.pass_mark = QSpinBox()
            self.pass_mark.setRange(0, 100)
            self.pass_mark.setSuffix(" %")
            b.spin("pass_mark", self.pass_mark, self.tr("Change pass mark"))
            f.addRow(self.tr("&Pass mark:"), self.pass_mark)
            self.attempts = QSpinBox()
            self.attempts.setRange(0, 100)
            self.attempts.setSpecialValueText(self.tr("unlimited"))
            b.spin("attempts", self.attempts, self.tr("Change attempts"))
            f.addRow(self.tr("&Attempts:"), self.attempts)
            self.shuffle = b.check("shuffle", QCheckBox(self.tr("Shuffle the questions for each trainee")), self.tr("Change shuffle"))
            f.addRow("", self.shuffle)
        elif isinstance(item, Survey):
            self.anonymous = b.check("anonymous", QCheckBox(self.tr("Answers are anonymous")), self.tr("Change anonymity"))
            f.addRow("", self.anonymous)
            note = QLabel(self.tr("Survey questions have no right or wrong answers; the answers are counted."))
            note.setWordWrap(True)
            f.addRow("", note)
        self.questions = QuestionList(ctx.document, item, graded=isinstance(item, Quiz))
        outer.addWidget(self.questions, 1)

    def select(self, chain: list) -> None:
        """Select the question a place points at."""
        select_question(self.questions, chain)
