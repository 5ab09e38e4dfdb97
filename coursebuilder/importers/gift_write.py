"""Write course questions as a Moodle GIFT question bank, reporting what GIFT cannot hold."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..model import (
    QUESTION_TYPES,
    Assessment,
    ChoiceQuestion,
    Course,
    ExerciseBlock,
    FillBlankQuestion,
    Lesson,
    MatchingQuestion,
    NumericQuestion,
    OpenTextQuestion,
    Question,
    ShortAnswerQuestion,
    Survey,
    TrueFalseQuestion,
    gives_part_marks,
)
from ..model.codec import to_data
from ..model.kinds import KindRegistry
from .gift_parse import parse_gift
from .gift_text import escape
from .html_markdown import HTML_TAG
from .report import ImportFailure, Notice

_MARKDOWN_HINTS = re.compile(r"[*_`\[\]]|^\s*(#|>|-|\d+\.)\s", re.MULTILINE)
#: Extra fields that GIFT itself carries; any other extra field stays behind.
GIFT_EXTRA = ("title", "category", "general_feedback", "moodle_id", "tags")


@dataclass
class GiftExport:
    """GIFT text and what could not be written exactly."""

    text: str
    notices: list[Notice] = field(default_factory=list)
    #: The questions written, in the order they appear in the text.
    questions: list[Question] = field(default_factory=list)
    #: Where each written question is in the course, for matching notices to questions.
    places: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Return how many questions were written."""
        return len(self.questions)


def comparable(q: Question) -> dict:
    """Return the question as data without its ids, as GIFT would bring it back."""
    data = to_data(q)
    data.pop("id", None)
    for choice in data.get("choices", []):
        choice.pop("id", None)
    return data


def course_to_gift(course: Course, *, outline_categories: bool = False) -> GiftExport:
    """Return every question of the course's quizzes and exercises as GIFT text."""
    out = _Writer()
    for mi, module in enumerate(course.modules):
        for ii, item in enumerate(module.items):
            where = f"Module {mi + 1} › {item.label} {ii + 1} “{item.title}”"
            if isinstance(item, Survey):
                if item.questions:
                    out.notices.append(Notice(where, "a survey is not a question bank; its questions are not written"))
                continue
            if isinstance(item, Assessment):
                category = f"{module.title}/{item.title}" if outline_categories else None
                out.write_group(item.description, item.questions, where, category)
            elif isinstance(item, Lesson):
                for bi, block in enumerate(item.blocks):
                    if isinstance(block, ExerciseBlock):
                        category = f"{module.title}/{item.title}" if outline_categories else None
                        out.write_group(block.instructions, block.questions, f"{where} › block {bi + 1}", category)
    return out.result()


def questions_to_gift(questions: list[Question], *, description: str = "", where: str = "") -> GiftExport:
    """Return the given questions as GIFT text."""
    out = _Writer()
    out.write_group(description, questions, where, None)
    return out.result()


class _Writer:
    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.notices: list[Notice] = []
        self.category = ""
        self.written: list[Question] = []
        self.places: list[str] = []

    def result(self) -> GiftExport:
        text = "\n\n".join(self.chunks) + ("\n" if self.chunks else "")
        return GiftExport(text, self.notices, self.written, self.places)

    def write_group(self, description: str, questions, where: str, category: str | None) -> None:
        if description.strip():
            self.chunks.append(escape(description.strip()))
        for qi, q in enumerate(questions):
            place = f"{where} › question {qi + 1}".lstrip(" ›")
            wanted = q.extra.get("category", "") if category is None else category
            text, losses = question_to_gift(q, category=wanted)
            if text is None:
                self.notices.extend(Notice(place, loss) for loss in losses)
                continue
            if wanted != self.category:
                self.chunks.append(f"$CATEGORY: {escape(wanted)}" if wanted else "$CATEGORY:")
                self.category = wanted
            self.chunks.append(text)
            self.written.append(q)
            self.places.append(place)
            self.notices.extend(Notice(place, loss) for loss in losses)


def question_to_gift(q: Question, *, category: str = "") -> tuple[str | None, list[str]]:
    """Return GIFT text for one question (None if GIFT has no such kind) and what is lost."""
    losses: list[str] = []
    written = WRITERS[q](q, str(q.extra.get("general_feedback", "")), losses) if q.type in QUESTION_TYPES else None
    if written is None:
        if q.type not in QUESTION_TYPES:
            losses.append(f"GIFT has no {q.type} questions, so this one is not written")
        return None, losses
    head = ""
    meta = []
    if moodle_id := q.extra.get("moodle_id"):
        meta.append(f"[id:{_bracketed(moodle_id)}]")
    for tag in q.extra.get("tags") or []:
        meta.append(f"[tag:{_bracketed(tag)}]")
    if meta:
        # Moodle reads a question's id number and tags from its comment lines.
        head += "// " + " ".join(meta) + "\n"
    if title := q.extra.get("title"):
        head += f"::{escape(str(title))}::"
    _common_losses(q, losses)
    text = head + _format(q, written) + escape(written.before) + written.answers + escape(written.after)
    if not losses:
        _self_check(q, text, category, losses)
    return text, losses


def _bracketed(value) -> str:
    return " ".join(str(value).split()).replace("]", "\\]")


def _format(q: Question, written: "Written") -> str:
    """Return the format marker the question's texts need to be read back as written."""
    # Markdown keeps every text exactly as written; without it Moodle would read HTML tags as HTML,
    # and a line starting with // as a comment. Answers and feedback follow the question's marker.
    data = to_data(q)
    # The question's own text is what is written around the answers (a fill-in's sentence without its [[ ]]).
    data.pop("prompt", None)
    data.pop(q.asked_by, None)
    texts = [written.before, written.after, *_texts(data)]
    needs = any(_MARKDOWN_HINTS.search(t) or HTML_TAG.search(t) or "\n" in t or t.startswith(("//", "["))
                for t in texts)
    return "[markdown]" if needs else ""


def _texts(data):
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in ("id", "type", "category", "title", "moodle_id", "tags"):
                yield from _texts(value)
    elif isinstance(data, list):
        for value in data:
            yield from _texts(value)
    elif isinstance(data, str):
        yield data


def _common_losses(q: Question, losses: list[str]) -> None:
    if q.points != 1:
        losses.append(f"GIFT has no points; the {q.points:g} points are not kept")
    if q.hint:
        losses.append("GIFT has no hints; the hint is not kept")
    others = sorted(k for k in q.extra if k not in GIFT_EXTRA)
    if others:
        losses.append("extra fields not kept: " + ", ".join(others))


def _block(lines: list[str], general: str) -> str:
    if general:
        lines = lines + [f"####{escape(general)}"]
    if len(lines) == 1:
        return "{" + lines[0] + "}"
    return "{\n" + "\n".join(f"\t{line}" for line in lines) + "\n}"


def _feedback(text: str) -> str:
    return f"#{escape(text)}" if text else ""


@dataclass
class Written:
    """A question in GIFT: the text before its answer block, the block, and the text after it."""

    before: str
    answers: str
    after: str = ""


#: How each kind is written: (question, general feedback, losses to add to) -> GIFT, or None when
#: GIFT cannot hold the kind (the losses then say why; see ``cannot_write``).
WRITERS: KindRegistry[Callable[[Any, str, list[str]], Written | None]] = KindRegistry("GIFT")


def cannot_write(note: str) -> Callable[[Any, str, list[str]], None]:
    """Return the writer of a kind GIFT cannot express: it writes nothing and tells the lecturer ``note``."""
    def write(q: Question, general: str, losses: list[str]) -> None:
        losses.append(note)

    write.note = note  # type: ignore[attr-defined]  # read by the tests and the docs: what users are told
    return write


WRITERS.register("ordering")(cannot_write("GIFT has no ordering questions, so this one is not written"))
WRITERS.register("rating_scale")(
    cannot_write("GIFT has no rating scales (Moodle asks them in a Feedback activity), so this one is not written"))


def _asked(q: Question, answers: str) -> Written:
    return Written(q.prompt + " ", answers)


@WRITERS.register("single_choice", "multiple_choice")
def _choice_question(q: ChoiceQuestion, general: str, losses: list[str]) -> Written:
    return _asked(q, _choices(q, general, losses))


@WRITERS.register("true_false")
def _true_false(q: TrueFalseQuestion, general: str, losses: list[str]) -> Written:
    parts = [q.feedback_incorrect, q.feedback_correct]
    while parts and not parts[-1]:
        parts.pop()
    return _asked(q, _block([("TRUE" if q.answer else "FALSE") + "".join("#" + escape(p) for p in parts)], general))


@WRITERS.register("short_answer")
def _short_answer(q: ShortAnswerQuestion, general: str, losses: list[str]) -> Written:
    if q.case_sensitive:
        losses.append("GIFT answers are never case-sensitive; “case sensitive” is not kept")
    return _asked(q, _typed(q.answers, q.feedback_correct, q.feedback_incorrect, general, q.credit))


@WRITERS.register("fill_blank")
def _fill_blank(q: FillBlankQuestion, general: str, losses: list[str]) -> Written | None:
    blanks = q.blanks()
    if len(blanks) != 1:
        losses.append(f"GIFT holds one blank per question; this sentence has {len(blanks)}, so it is not written")
        return None
    if q.prompt:
        losses.append("the instruction above a fill-in sentence is not kept")
    if q.case_sensitive:
        losses.append("GIFT answers are never case-sensitive; “case sensitive” is not kept")
    before, after = q.sentence_parts()
    if not after.strip():
        losses.append("a blank at the very end is read back as a short-answer question")
    return Written(before, _typed(blanks[0], q.feedback_correct, q.feedback_incorrect, general), after)


@WRITERS.register("matching")
def _matching(q: MatchingQuestion, general: str, losses: list[str]) -> Written:
    if q.feedback_correct or q.feedback_incorrect:
        losses.append("GIFT matching questions have no right/wrong feedback; it is not kept")
    return _asked(q, _block([f"={escape(p.left)} -> {escape(p.right)}" for p in q.pairs], general))


@WRITERS.register("numeric")
def _numeric(q: NumericQuestion, general: str, losses: list[str]) -> Written:
    if q.unit:
        losses.append(f"GIFT numbers have no unit; “{q.unit}” is not kept")
    tolerance = f":{_number(q.tolerance)}" if q.tolerance else ""
    # "#=" rather than "#" before the number: the only form gift-pegjs also reads with feedback.
    lines = [f"={_number(q.answer)}{tolerance}{_feedback(q.feedback_correct)}"]
    if q.feedback_incorrect:
        # Moodle's own exporter writes the feedback for any other number as ~#feedback.
        lines.append(f"~{_feedback(q.feedback_incorrect)}")
    return _asked(q, "{#" + _block(lines, general)[1:])


@WRITERS.register("open_text")
def _open_text(q: OpenTextQuestion, general: str, losses: list[str]) -> Written:
    if q.max_length:
        losses.append(f"GIFT essays have no length limit; {q.max_length} characters is not kept")
    if not q.multiline:
        losses.append("GIFT essays are always several lines; “one line” is not kept")
    if q.feedback_correct or q.feedback_incorrect:
        losses.append("an essay is never marked, so right/wrong feedback is not kept")
    return _asked(q, "{" + (f"####{escape(general)}" if general else "") + "}")


def _choices(q: ChoiceQuestion, general: str, losses: list[str]) -> str:
    if q.shuffle:
        losses.append("GIFT leaves shuffling to the quiz settings; “shuffle” is not kept")
    if q.feedback_correct or q.feedback_incorrect:
        losses.append("feedback for the whole question is written onto each choice instead")
    lines = []
    right = [c for c in q.choices if c.correct]
    part_marks = gives_part_marks(q)
    for c in q.choices:
        fb = c.feedback or (q.feedback_correct if c.correct else q.feedback_incorrect)
        if not q.several_right:
            if c.correct and (part_marks or c is right[0]):
                marker = "="
            else:
                marker = f"~%{_weight(c.credit)}%" if part_marks and c.credit and not c.correct else "~"
        elif part_marks:
            marker = f"~%{_weight(c.credit)}%" if c.credit else "~"
        else:
            # All or nothing, as Moodle writes it: equal shares for the right ones, -100% for any other.
            marker = f"~%{_weight(100 / len(right))}%" if c.correct else "~%-100%"
        lines.append(f"{marker}{escape(c.text)}{_feedback(fb)}")
    return _block(lines, general)


def _typed(answers: list[str], right_fb: str, wrong_fb: str, general: str, credit: dict | None = None) -> str:
    credit = credit or {}
    lines = []
    for a in answers:
        weight = f"%{_weight(credit[a])}%" if a in credit else ""
        lines.append(f"={weight}{escape(a)}{_feedback(right_fb)}")
    if wrong_fb:
        # Moodle's catch-all: '*' at 0% answers everything else with this feedback.
        lines.append(f"=%0%*{_feedback(wrong_fb)}")
    return _block(lines, general)


def _weight(value: float) -> str:
    # Seven decimals: six shares of 16.6666667% still add up to 100% within Moodle's tolerance.
    return f"{value:.7f}".rstrip("0").rstrip(".")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))


def _self_check(q: Question, text: str, category: str, losses: list[str]) -> None:
    """Read the written question back and report any difference GIFT itself introduces."""
    head = f"$CATEGORY: {escape(category)}\n\n" if category else ""
    try:
        bank = parse_gift(head + text + "\n")
    except ImportFailure as exc:
        losses.append(f"cannot be written to GIFT exactly ({exc.message})")
        return
    if len(bank.questions) != 1:
        losses.append("cannot be written to GIFT exactly")
        return
    want, got = comparable(q), comparable(bank.questions[0])
    if category:
        want["category"] = category
    else:
        want.pop("category", None)
    changed = sorted(k for k in set(want) | set(got) if want.get(k) != got.get(k))
    if changed:
        losses.append("changes when written to GIFT: " + ", ".join(changed))
