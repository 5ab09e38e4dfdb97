"""Editors for every question kind, and the question list of exercises, quizzes and surveys."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model import (
    QUESTION_TYPES,
    Choice,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OpenTextQuestion,
    OrderingQuestion,
    Pair,
    Question,
    RatingScaleQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from ...model.operations import FIELD, STRUCTURE, Insert, Move, Remove
from ...presentation.words import default_text
from ..document import Document
from .common import AdaptiveSplitter, form, text_box
from .fields import Binder
from .object_table import ObjectTable
from ..signals import listen


def kind_names(widget: QWidget) -> dict[str, str]:
    """Return the translated name of each question kind."""
    return {
        "single_choice": QCoreApplication.translate("questions", "Single choice"),
        "multiple_choice": QCoreApplication.translate("questions", "Multiple choice"),
        "true_false": QCoreApplication.translate("questions", "True or false"),
        "fill_blank": QCoreApplication.translate("questions", "Fill in the blank"),
        "matching": QCoreApplication.translate("questions", "Matching pairs"),
        "ordering": QCoreApplication.translate("questions", "Put in order"),
        "short_answer": QCoreApplication.translate("questions", "Short answer"),
        "numeric": QCoreApplication.translate("questions", "Number"),
        "rating_scale": QCoreApplication.translate("questions", "Rating scale"),
        "open_text": QCoreApplication.translate("questions", "Open answer"),
    }


def new_question(kind: str, language: str) -> Question:
    """Return a new question of a kind with a sensible start (two choices, a 1-5 scale...).

    Its texts are what trainees will read, so they are in the course's ``language``.
    """
    cls = QUESTION_TYPES[kind]
    q = cls(prompt=default_text("new_question", language))
    if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
        q.choices = [Choice(text=default_text("choice", language, n=1), correct=True),
                     Choice(text=default_text("choice", language, n=2))]
    elif isinstance(q, MatchingQuestion):
        q.pairs = [Pair(left="", right=""), Pair(left="", right="")]
    elif isinstance(q, FillBlankQuestion):
        q.prompt = ""
        q.text = default_text("fill_blank_text", language)
    elif isinstance(q, RatingScaleQuestion):
        q.min_label, q.max_label = default_text("scale_low", language), default_text("scale_high", language)
    return q


class QuestionEditor(QWidget):
    """Edit one question: its text, its answer in the kind's natural form, feedback, hint and points."""

    def __init__(self, document: Document, q: Question, *, graded: bool, parent=None):
        super().__init__(parent)
        self.q = q
        b = self.binder = Binder(document, q, self)
        f = form(self)
        kind = QLabel(kind_names(self)[q.type])
        kind.setObjectName("questionKind")
        # One line high: given spare height, a label would centre its text in a tall empty row.
        kind.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        f.addRow(self.tr("Kind:"), kind)
        self.prompt = b.text("prompt", text_box(2), self.tr("Change question"))
        f.addRow(self.tr("&Question:") if not isinstance(q, FillBlankQuestion) else self.tr("&Instructions:"), self.prompt)
        self.answer_widget = self._answer_editor(document, q, graded)
        if self.answer_widget is not None:
            f.addRow(self._answer_label(q, graded), self.answer_widget)
        if graded and q.gradable:
            self.points = b.spin("points", _decimal(0, 1000, 1), self.tr("Change points"))
            f.addRow(self.tr("&Points:"), self.points)
            self.feedback_correct = b.line("feedback_correct", QLineEdit(), self.tr("Change feedback"))
            f.addRow(self.tr("When &right:"), self.feedback_correct)
            self.feedback_incorrect = b.line("feedback_incorrect", QLineEdit(), self.tr("Change feedback"))
            f.addRow(self.tr("When &wrong:"), self.feedback_incorrect)
        self.hint = b.line("hint", QLineEdit(), self.tr("Change hint"))
        self.hint.setPlaceholderText(self.tr("Shown when a trainee asks for help"))
        f.addRow(self.tr("&Hint:"), self.hint)

    def _answer_label(self, q: Question, graded: bool) -> str:
        if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
            return self.tr("Choices:")
        if isinstance(q, MatchingQuestion):
            return self.tr("Pairs:")
        if isinstance(q, OrderingQuestion):
            return self.tr("Items in the right order:")
        if isinstance(q, FillBlankQuestion):
            return self.tr("Sentence:")
        return self.tr("Answer:") if graded else self.tr("Settings:")

    def _answer_editor(self, document: Document, q: Question, graded: bool) -> QWidget | None:
        b = self.binder
        if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
            columns = [("text", self.tr("Choice"), "text")]
            if graded:
                columns = [("correct", self.tr("Correct"), "check"), *columns, ("feedback", self.tr("Feedback"), "text")]
            self.choices = ObjectTable(document, q, "choices", columns, Choice, exclusive_check=isinstance(q, SingleChoiceQuestion))
            return self.choices
        if isinstance(q, MatchingQuestion):
            self.pairs = ObjectTable(document, q, "pairs", [("left", self.tr("Left"), "text"), ("right", self.tr("Matches"), "text")], Pair)
            return self.pairs
        if isinstance(q, OrderingQuestion):
            self.items = b.lines("items", text_box(4, self.tr("One item per line, in the correct order")), self.tr("Change items"))
            return self.items
        if isinstance(q, TrueFalseQuestion):
            if not graded:
                return None
            self.answer = b.check("answer", QCheckBox(self.tr("The statement is true")), self.tr("Change answer"))
            return self.answer
        if isinstance(q, FillBlankQuestion):
            return self._fill_blank(q)
        if isinstance(q, ShortAnswerQuestion):
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            self.answers = b.lines("answers", text_box(3, self.tr("Accepted answers, one per line")), self.tr("Change accepted answers"))
            self.case_sensitive = b.check("case_sensitive", QCheckBox(self.tr("Capital letters matter")), self.tr("Change case"))
            v.addWidget(self.answers)
            v.addWidget(self.case_sensitive)
            return box if graded else None
        if isinstance(q, NumericQuestion):
            box = QWidget()
            h = QHBoxLayout(box)
            h.setContentsMargins(0, 0, 0, 0)
            self.number = b.spin("answer", _decimal(-1e9, 1e9, 4), self.tr("Change answer"))
            self.tolerance = b.spin("tolerance", _decimal(0, 1e9, 4), self.tr("Change tolerance"))
            self.unit = b.line("unit", QLineEdit(), self.tr("Change unit"))
            self.unit.setPlaceholderText(self.tr("unit, such as yuan or kg"))
            h.addWidget(self.number)
            h.addWidget(QLabel(self.tr("±")))
            h.addWidget(self.tolerance)
            h.addWidget(self.unit)
            return box
        if isinstance(q, RatingScaleQuestion):
            box = QWidget()
            h = QHBoxLayout(box)
            h.setContentsMargins(0, 0, 0, 0)
            self.scale_min = b.spin("scale_min", _whole(-10, 100), self.tr("Change scale"))
            self.scale_max = b.spin("scale_max", _whole(-10, 100), self.tr("Change scale"))
            self.min_label = b.line("min_label", QLineEdit(), self.tr("Change scale label"))
            self.max_label = b.line("max_label", QLineEdit(), self.tr("Change scale label"))
            self.min_label.setPlaceholderText(self.tr("lowest means…"))
            self.max_label.setPlaceholderText(self.tr("highest means…"))
            for w in (self.scale_min, self.min_label, QLabel(self.tr("to")), self.scale_max, self.max_label):
                h.addWidget(w)
            return box
        if isinstance(q, OpenTextQuestion):
            box = QWidget()
            h = QHBoxLayout(box)
            h.setContentsMargins(0, 0, 0, 0)
            self.multiline = b.check("multiline", QCheckBox(self.tr("Several lines")), self.tr("Change answer size"))
            self.max_length = b.spin("max_length", _whole(0, 100000), self.tr("Change length limit"))
            self.max_length.setSpecialValueText(self.tr("no limit"))
            h.addWidget(self.multiline)
            h.addWidget(QLabel(self.tr("Longest answer:")))
            h.addWidget(self.max_length)
            h.addStretch()
            return box
        return None

    def _fill_blank(self, q: FillBlankQuestion) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        self.sentence = self.binder.text("text", text_box(3), self.tr("Change sentence"))
        mark = QPushButton(self.tr("Make selected words a blank"))
        mark.clicked.connect(self.mark_blank)
        self.case_sensitive = self.binder.check("case_sensitive", QCheckBox(self.tr("Capital letters matter")), self.tr("Change case"))
        self.blanks_label = QLabel()
        self.blanks_label.setWordWrap(True)
        self.blanks_label.setTextFormat(Qt.TextFormat.PlainText)
        help_ = QLabel(self.tr("Write the sentence and put each answer in [[double brackets]]; separate other accepted answers with |."))
        help_.setWordWrap(True)
        for w in (self.sentence, mark, self.blanks_label, help_, self.case_sensitive):
            v.addWidget(w)
        self.binder.on("text", self._show_blanks)
        self.sentence.textChanged.connect(self._show_blanks)
        self._show_blanks()
        return box

    def mark_blank(self) -> None:
        """Wrap the selected words of the sentence in [[ ]] so they become a blank."""
        cursor = self.sentence.textCursor()
        words = cursor.selectedText()
        if words.strip():
            cursor.insertText(f"[[{words.strip()}]]")

    def _show_blanks(self) -> None:
        q = self.q
        assert isinstance(q, FillBlankQuestion), "only fill-in-the-blank questions show blanks"
        shown = " ____ ".join(q.sentence_parts())
        answers = "; ".join(
            self.tr("blank %1: %2").replace("%1", str(i + 1)).replace("%2", " / ".join(b) or "?") for i, b in enumerate(q.blanks())
        )
        self.blanks_label.setText(f"{shown}\n{answers}" if answers else self.tr("No blank yet."))


class QuestionList(QWidget):
    """The questions of an exercise, quiz or survey: pick one to edit, add, remove and reorder."""

    def __init__(self, document: Document, owner: Any, *, graded: bool, side_by_side: bool = True, parent=None):
        super().__init__(parent)
        self.document, self.owner, self.graded = document, owner, graded
        self.list = QListWidget()
        self.list.setObjectName("questionList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(self._dragged)
        self.list.currentRowChanged.connect(self._show)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add question"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        kinds = kind_names(self)
        survey_kinds = ("single_choice", "multiple_choice", "rating_scale", "open_text", "short_answer", "numeric")
        for kind, name in kinds.items():
            if graded or kind in survey_kinds:
                menu.addAction(name, functools.partial(self.add, kind))
        self.add_button.setMenu(menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        for text, slot in (
            (self.tr("Remove"), self.remove),
            (self.tr("Up"), lambda: self.move_selected(-1)),
            (self.tr("Down"), lambda: self.move_selected(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list)
        lv.addLayout(buttons)
        self.editor_host = QWidget()
        self.editor_layout = QVBoxLayout(self.editor_host)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_layout.addStretch(1)
        self.editor: QuestionEditor | None = None
        # Side by side: the lecturer sees the whole list while editing one question.
        # (An exercise sits beside the block list, so there the list goes above the question.)
        # (Side by side needs a wide editor: on a small laptop the list goes above the question too.)
        splitter = AdaptiveSplitter(900 if side_by_side else 1 << 30, (1, 2))
        splitter.addWidget(left)
        splitter.addWidget(self.editor_host)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 560] if side_by_side else [160, 400])
        # No fixed minimum height: it would override what the question's own fields need, and clip them.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.fill()
        if self.owner.questions:
            self.list.setCurrentRow(0)
        listen(document.sig_course_changed, self, self._on_changed)

    def fill(self) -> None:
        """Redraw the list from the model."""
        kinds = kind_names(self)
        with QSignalBlocker(self.list):
            self.list.clear()
            for i, q in enumerate(self.owner.questions):
                text = f"{i + 1}. {q.prompt or getattr(q, 'text', '') or kinds[q.type]}".splitlines()[0][:80]
                item = QListWidgetItem(f"{text}  ({kinds[q.type]})")
                self.list.addItem(item)

    def _on_changed(self, changes) -> None:
        if any(c.kind == STRUCTURE and c.target is self.owner and c.attr == "questions" for c in changes):
            current = self.current()
            added = [o for c in changes for o in c.objects if o in self.owner.questions]
            self.fill()
            keep = added[-1] if added else current
            row = next((i for i, q in enumerate(self.owner.questions) if q is keep), min(self.list.count() - 1, max(self.list.currentRow(), 0)))
            self.list.setCurrentRow(row)
            self._show(row)
        elif any(c.kind == FIELD and c.attr in ("prompt", "text") and any(c.target is q for q in self.owner.questions) for c in changes):
            kinds = kind_names(self)
            for i, q in enumerate(self.owner.questions):
                text = f"{i + 1}. {q.prompt or getattr(q, 'text', '') or kinds[q.type]}".splitlines()[0][:80]
                self.list.item(i).setText(f"{text}  ({kinds[q.type]})")

    def current(self) -> Question | None:
        """Return the selected question."""
        row = self.list.currentRow()
        return self.owner.questions[row] if 0 <= row < len(self.owner.questions) else None

    def _show(self, row: int) -> None:
        q = self.owner.questions[row] if 0 <= row < len(self.owner.questions) else None
        if self.editor is not None and self.editor.q is q:
            return
        if self.editor is not None:
            self.editor.setParent(None)
            self.editor.deleteLater()
            self.editor = None
        if q is not None:
            self.editor = QuestionEditor(self.document, q, graded=self.graded)
            # Above the stretch: spare height goes below the question, not between its rows.
            self.editor_layout.insertWidget(0, self.editor)

    def add(self, kind: str) -> Question:
        """Add a question of ``kind`` after the selected one and select it."""
        q = new_question(kind, self.document.course.language)
        row = self.list.currentRow()
        index = row + 1 if row >= 0 else len(self.owner.questions)
        self.document.do(Insert(self.owner, "questions", index, q), self.tr("Add question"))
        return q

    def remove(self) -> None:
        """Remove the selected question."""
        row = self.list.currentRow()
        if 0 <= row < len(self.owner.questions):
            self.document.do(Remove(self.owner, "questions", row), self.tr("Remove question"))

    # Not "move": that would hide QWidget.move, which places the widget.
    def move_selected(self, step: int) -> None:
        """Move the selected question up or down."""
        row = self.list.currentRow()
        if 0 <= row < len(self.owner.questions) and 0 <= row + step < len(self.owner.questions):
            self.document.do(Move(self.owner, "questions", row, self.owner, row + step), self.tr("Reorder questions"))

    def _dragged(self, _parent, start: int, _end: int, _dest, row: int) -> None:
        # The list moved its own row; redo it as a model edit so it can be undone.
        to = row - 1 if row > start else row
        QTimer.singleShot(0, lambda: self._apply_drag(start, to))

    def _apply_drag(self, start: int, to: int) -> None:
        if to != start and 0 <= start < len(self.owner.questions) and 0 <= to < len(self.owner.questions):
            self.document.do(Move(self.owner, "questions", start, self.owner, to), self.tr("Reorder questions"))
        else:
            self.fill()


def _decimal(low: float, high: float, decimals: int) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    return box


def _whole(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box
