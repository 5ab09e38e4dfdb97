"""Editors for every question kind, and the question list of exercises, quizzes and surveys."""

from __future__ import annotations

import functools
from typing import Any, Callable

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
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
    ChoiceQuestion,
    FillBlankQuestion,
    MatchingQuestion,
    NumericQuestion,
    OpenTextQuestion,
    OrderingQuestion,
    Pair,
    Question,
    RatingScaleQuestion,
    ShortAnswerQuestion,
    TrueFalseQuestion,
)
from ...model.kinds import KindRegistry
from ...model.questions import kind_name
from ...model.operations import FIELD, STRUCTURE, Insert, Move, Remove
from ...presentation.words import default_text
from ..app import interface_locale
from ..document import Document
from .common import AdaptiveSplitter, form, text_box
from .fields import Binder
from .object_table import ObjectTable
from ..signals import listen


def kind_names(widget: QWidget | None = None) -> dict[str, str]:
    """Return each question kind's one name (model/questions.py KIND_NAMES) in the interface language."""
    language = interface_locale().name()
    return {kind: kind_name(kind, language) for kind in QUESTION_TYPES}


#: What a new question of each kind starts with, besides its prompt: (question, course language) -> None.
STARTS: KindRegistry[Callable[[Any, str], None]] = KindRegistry("new question")


def new_question(kind: str, language: str) -> Question:
    """Return a new question of a kind with a sensible start (two choices, a 1-5 scale...).

    Its texts are what trainees will read, so they are in the course's ``language``.
    """
    q = QUESTION_TYPES[kind](prompt=default_text("new_question", language))
    STARTS[q](q, language)
    return q


@STARTS.register("single_choice", "multiple_choice")
def _start_choices(q: ChoiceQuestion, language: str) -> None:
    q.choices = [Choice(text=default_text("choice", language, n=1), correct=True),
                 Choice(text=default_text("choice", language, n=2))]


@STARTS.register("matching")
def _start_pairs(q: MatchingQuestion, language: str) -> None:
    q.pairs = [Pair(left="", right=""), Pair(left="", right="")]


@STARTS.register("fill_blank")
def _start_sentence(q: FillBlankQuestion, language: str) -> None:
    q.prompt = ""
    q.text = default_text("fill_blank_text", language)


@STARTS.register("rating_scale")
def _start_scale(q: RatingScaleQuestion, language: str) -> None:
    q.min_label, q.max_label = default_text("scale_low", language), default_text("scale_high", language)


@STARTS.register("true_false", "ordering", "short_answer", "numeric", "open_text")
def _start_empty(q: Question, language: str) -> None:
    # The kind's own defaults (true, no items, no answers, 0, several lines) are a fine start.
    pass


#: The answer part of each kind's editor: (editor, document, question, graded) -> (row label, widget),
#: or None when the kind has nothing to set there (a survey's true-or-false statement).
ANSWER_EDITORS: KindRegistry[Callable[..., "tuple[str, QWidget] | None"]] = KindRegistry("question editor")


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
        # A fill-in's sentence asks the question; its prompt is an instruction above it.
        f.addRow(self.tr("&Question:") if q.asked_by == "prompt" else self.tr("&Instructions:"), self.prompt)
        answer = ANSWER_EDITORS[q](self, document, q, graded)
        self.answer_widget = answer[1] if answer is not None else None
        if answer is not None:
            f.addRow(*answer)
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

    @ANSWER_EDITORS.register("single_choice", "multiple_choice")
    def _choices_editor(self, document: Document, q: ChoiceQuestion, graded: bool) -> tuple[str, QWidget]:
        columns = [("text", self.tr("Choice"), "text")]
        if graded:
            columns = [("correct", self.tr("Correct"), "check"), *columns, ("feedback", self.tr("Feedback"), "text")]
        self.choices = ObjectTable(document, q, "choices", columns, Choice, exclusive_check=not q.several_right)
        return self.tr("Choices:"), self.choices

    @ANSWER_EDITORS.register("matching")
    def _pairs_editor(self, document: Document, q: MatchingQuestion, graded: bool) -> tuple[str, QWidget]:
        self.pairs = ObjectTable(document, q, "pairs", [("left", self.tr("Left"), "text"), ("right", self.tr("Matches"), "text")], Pair)
        return self.tr("Pairs:"), self.pairs

    @ANSWER_EDITORS.register("ordering")
    def _items_editor(self, document: Document, q: OrderingQuestion, graded: bool) -> tuple[str, QWidget]:
        self.items = self.binder.lines("items", text_box(4, self.tr("One item per line, in the correct order")), self.tr("Change items"))
        return self.tr("Items in the right order:"), self.items

    @ANSWER_EDITORS.register("true_false")
    def _statement_editor(self, document: Document, q: TrueFalseQuestion, graded: bool) -> tuple[str, QWidget] | None:
        if not graded:
            return None
        self.answer = self.binder.check("answer", QCheckBox(self.tr("The statement is true")), self.tr("Change answer"))
        return self.tr("Answer:"), self.answer

    @ANSWER_EDITORS.register("fill_blank")
    def _sentence_editor(self, document: Document, q: FillBlankQuestion, graded: bool) -> tuple[str, QWidget]:
        return self.tr("Sentence:"), self._fill_blank(q)

    @ANSWER_EDITORS.register("short_answer")
    def _accepted_editor(self, document: Document, q: ShortAnswerQuestion, graded: bool) -> tuple[str, QWidget] | None:
        if not graded:
            return None
        b = self.binder
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        self.answers = b.lines("answers", text_box(3, self.tr("Accepted answers, one per line")), self.tr("Change accepted answers"))
        self.case_sensitive = b.check("case_sensitive", QCheckBox(self.tr("Capital letters matter")), self.tr("Change case"))
        v.addWidget(self.answers)
        v.addWidget(self.case_sensitive)
        return self.tr("Answer:"), box

    @ANSWER_EDITORS.register("numeric")
    def _number_editor(self, document: Document, q: NumericQuestion, graded: bool) -> tuple[str, QWidget]:
        b = self.binder
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
        return (self.tr("Answer:") if graded else self.tr("Settings:")), box

    @ANSWER_EDITORS.register("rating_scale")
    def _scale_editor(self, document: Document, q: RatingScaleQuestion, graded: bool) -> tuple[str, QWidget]:
        b = self.binder
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
        return (self.tr("Answer:") if graded else self.tr("Settings:")), box

    @ANSWER_EDITORS.register("open_text")
    def _open_editor(self, document: Document, q: OpenTextQuestion, graded: bool) -> tuple[str, QWidget]:
        b = self.binder
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
        return (self.tr("Answer:") if graded else self.tr("Settings:")), box

    def _fill_blank(self, q: FillBlankQuestion) -> QWidget:
        self.fill_in = q
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
        q = self.fill_in
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
        for kind, name in kinds.items():
            if graded or QUESTION_TYPES[kind].in_surveys:
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
