"""Read a Moodle GIFT question bank into course questions."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..model import (
    Choice,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OpenTextQuestion,
    Pair,
    Question,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from .gift_text import Block, decode, html_to_text, split_blocks, unmark
from .report import ImportFailure, Notice

_TITLE = re.compile(r"^\s*::(.*?)::", re.DOTALL)
_ID = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f])+)\]")
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]\x00-\x1f])+)\]")
_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")
_TRUE_FALSE = re.compile(r"(T|TRUE|F|FALSE)((?:#.*)?)", re.DOTALL | re.IGNORECASE)
#: Where the blank was in a question that is not a fill-in sentence.
BLANK = "_____"


@dataclass
class GiftBank:
    """The questions of a GIFT file, its description texts and what was not kept exactly."""

    questions: list[Question] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)


@dataclass
class _Answer:
    marker: str
    weight: float | None
    text: str
    feedback: str
    offset: int


class _Context:
    """Where in the file a question is, for messages."""

    def __init__(self, block: Block, name: str, bank: GiftBank):
        self.block, self.name, self.bank = block, name, bank
        self.html = False

    def place(self, offset: int | None = None) -> str:
        line = self.block.first_line if offset is None else self.block.line_at(offset)
        return f"{self.name} line {line}"

    def fail(self, message: str, offset: int | None = None) -> ImportFailure:
        return ImportFailure(message, self.place(offset))

    def note(self, message: str) -> None:
        self.bank.notices.append(Notice(self.place(), message))

    def side(self, marked: str, *, left: bool) -> str:
        """Return the text on one side of a blank, keeping the space next to the blank."""
        raw = unmark(marked)
        if self.html:
            inner = html_to_text(raw)
            edge = raw[-1:] if left else raw[:1]
            pad_in = " " if edge.isspace() else ""
            return (inner + pad_in) if left else (pad_in + inner)
        return raw.lstrip() if left else raw.rstrip()

    def text(self, marked: str) -> str:
        """Return final text: escapes resolved, HTML reduced to text."""
        text = unmark(marked).strip()
        return html_to_text(text) if self.html else text


def parse_gift(raw: bytes | str, name: str = "questions.gift") -> GiftBank:
    """Return the questions of GIFT text, or raise ImportFailure naming the line."""
    text = raw if isinstance(raw, str) else decode(raw, name)
    bank = GiftBank()
    category = ""
    for block in split_blocks(text, name):
        body = block.text
        if body.lstrip().startswith("$CATEGORY:"):
            first, _, rest = body.lstrip().partition("\n")
            category = unmark(first[len("$CATEGORY:"):]).strip()
            if not rest.strip():
                continue
            # A question written straight under the category line belongs to it.
            skipped = len(block.lines) - rest.count("\n") - 1
            block = Block(block.lines[skipped:])
        ctx = _Context(block, name, bank)
        question = _parse_question(ctx)
        if question is None:
            continue
        if category:
            question.extra["category"] = category
        bank.questions.append(question)
    return bank


def _parse_question(ctx: _Context) -> Question | None:
    body = ctx.block.text
    offset = 0
    extra: dict = {}
    if m := _TITLE.match(body):
        extra["title"] = unmark(m.group(1)).strip()
        offset = m.end()
    # Moodle keeps a question's id number and tags in its comment lines.
    comments = "\n".join(ctx.block.comments)
    if m := _ID.search(comments):
        extra["moodle_id"] = m.group(1).replace("\\]", "]").strip()
    tags = [t.replace("\\]", "]").strip() for t in _TAG.findall(comments)]
    if tags:
        extra["tags"] = tags
    if m := _FORMAT.match(body[offset:]):
        ctx.html = m.group(1).lower() == "html"
        offset += m.end()
    open_at = body.find("{", offset)
    if open_at < 0:
        if "}" in body[offset:]:
            raise ctx.fail("'}' has no '{' before it (write \\} for a brace in text)", body.index("}", offset))
        text = ctx.text(body[offset:])
        if text:
            ctx.bank.descriptions.append(text)
            ctx.note("a description (text without an answer block) becomes part of the quiz description")
        return None
    stray = body.find("}", offset, open_at)
    if stray >= 0:
        raise ctx.fail("'}' has no '{' before it (write \\} for a brace in text)", stray)
    close_at = body.rfind("}")
    if close_at < open_at:
        raise ctx.fail("the answer block '{' is never closed with '}' (write \\{ for a brace in text)", open_at)
    inner = body[open_at + 1 : close_at]
    for ch in "{}":
        if ch in inner:
            raise ctx.fail(
                f"a second '{ch}' inside the answer block: a question has one answer block "
                f"(write \\{ch} for a brace in text)",
                open_at + 1 + inner.index(ch),
            )
    question = _parse_answers(ctx, body[offset:open_at], inner, open_at + 1, body[close_at + 1 :])
    question.extra.update(extra)
    return question


def _parse_answers(ctx: _Context, before: str, inner: str, inner_at: int, after_marked: str) -> Question:
    after = ctx.text(after_marked)
    blank = bool(after)
    general = ""
    if "####" in inner:
        cut = inner.index("####")
        general = ctx.text(inner[cut + 4 :])
        inner = inner[:cut]
    stripped = inner.strip()
    lead = inner_at + len(inner) - len(inner.lstrip())
    prompt = ctx.text(before)
    prompt_with_blank = f"{prompt} {BLANK} {after}".strip()
    if not stripped:
        q: Question = OpenTextQuestion(prompt=prompt, multiline=True)
    elif stripped.startswith("#"):
        q = _numeric(ctx, stripped[1:], lead + 1)
    elif m := _TRUE_FALSE.fullmatch(stripped):
        q = _true_false(ctx, m)
    else:
        answers = _split_answers(ctx, stripped, lead)
        if any("->" in a.text for a in answers):
            q = _matching(ctx, answers)
        elif any(a.marker == "~" for a in answers):
            q = _choice(ctx, answers, blank)
        else:
            q = _short_answer(ctx, answers)
    if blank and isinstance(q, (ShortAnswerQuestion, SingleChoiceQuestion, MultipleChoiceQuestion)):
        q = _fill_blank(ctx, q, ctx.side(before, left=True), ctx.side(after_marked, left=False))
    else:
        q.prompt = prompt_with_blank if blank else prompt
        if blank:
            ctx.note(f"text after the answer block is kept in the question, with {BLANK} where the answer goes")
    if general:
        q.extra["general_feedback"] = general
    return q


def _split_answers(ctx: _Context, inner: str, at: int) -> list[_Answer]:
    starts = [i for i, ch in enumerate(inner) if ch in "=~"]
    if not starts or inner[: starts[0]].strip():
        raise ctx.fail("each answer must start with = (right) or ~ (wrong)", at)
    ends = starts[1:] + [len(inner)]
    return [_answer(ctx, inner[s], inner[s + 1 : e], at + s) for s, e in zip(starts, ends, strict=True)]


def _answer(ctx: _Context, marker: str, piece: str, offset: int) -> _Answer:
    weight = None
    if m := _WEIGHT.match(piece):
        weight = float(m.group(1))
        if not -100 <= weight <= 100:
            raise ctx.fail(f"the weight {m.group(1)}% is outside -100% to 100%", offset)
        piece = piece[m.end() :]
    elif piece.lstrip().startswith("%"):
        raise ctx.fail("a weight must be written like %50%", offset)
    text, _, feedback = piece.partition("#")
    answer = _Answer(marker, weight, ctx.text(text), ctx.text(feedback), offset)
    if not answer.text:
        raise ctx.fail(f"an answer after '{marker}' is empty", offset)
    return answer


def _choice(ctx: _Context, answers: list[_Answer], blank: bool) -> Question:
    choices = []
    if any(a.marker == "=" for a in answers):
        right = [a for a in answers if a.marker == "=" and a.weight in (None, 100.0)]
        for a in answers:
            if a.marker == "~" and a.weight and a.weight > 0:
                ctx.note(f"partial credit ({a.weight:g}%) for “{a.text}” is not kept; it counts as wrong")
        if len(right) > 1 and not blank:
            ctx.note(f"{len(right)} answers are fully right; only “{right[0].text}” is kept as the right one")
        for a in answers:
            choices.append(Choice(text=a.text, correct=a is right[0] if right else False, feedback=a.feedback))
        return SingleChoiceQuestion(choices=choices)
    positive = [a.weight for a in answers if a.weight and a.weight > 0]
    if not positive:
        ctx.note("no answer is marked right (use = or a positive %weight%)")
        return SingleChoiceQuestion(choices=[Choice(text=a.text, feedback=a.feedback) for a in answers])
    if len(set(positive)) > 1:
        ctx.note("unequal weights of the right answers are not kept; each right answer counts the same")
    for a in answers:
        choices.append(Choice(text=a.text, correct=bool(a.weight and a.weight > 0), feedback=a.feedback))
    return MultipleChoiceQuestion(choices=choices)


def _short_answer(ctx: _Context, answers: list[_Answer]) -> ShortAnswerQuestion:
    q = ShortAnswerQuestion()
    feedbacks = []
    for a in answers:
        if a.text == "*" and a.weight == 0:
            q.feedback_incorrect = a.feedback
        elif a.weight is None or a.weight > 0:
            if a.weight not in (None, 100.0):
                ctx.note(f"partial credit ({a.weight:g}%) for “{a.text}” is not kept; it counts as right")
            q.answers.append(a.text)
            feedbacks.append(a.feedback)
        else:
            ctx.note(f"the answer “{a.text}” worth {a.weight:g}% is not kept")
    if feedbacks:
        q.feedback_correct = feedbacks[0]
        if any(f and f != feedbacks[0] for f in feedbacks[1:]):
            ctx.note("different feedback for each right answer is not kept; the first one is used")
    return q


def _fill_blank(ctx: _Context, q: ShortAnswerQuestion | SingleChoiceQuestion | MultipleChoiceQuestion,
                before: str, after: str) -> FillBlankQuestion:
    if isinstance(q, ShortAnswerQuestion):
        answers, feedback_correct, feedback_incorrect = q.answers, q.feedback_correct, q.feedback_incorrect
    else:
        answers = [c.text for c in q.choices if c.correct]
        wrong = [c.text for c in q.choices if not c.correct]
        if wrong:
            ctx.note("the wrong choices (" + ", ".join(f"“{w}”" for w in wrong) + ") are not kept: a blank is typed in")
        feedback_correct = next((c.feedback for c in q.choices if c.correct and c.feedback), "")
        feedback_incorrect = ""
    for a in answers:
        if "|" in a or "]]" in a or "[[" in a:
            ctx.note(f"the answer “{a}” holds | or brackets, which a blank cannot keep")
    text = f"{before}[[{'|'.join(answers)}]]{after}"
    return FillBlankQuestion(
        text=text, feedback_correct=feedback_correct, feedback_incorrect=feedback_incorrect, extra=dict(q.extra)
    )


def _true_false(ctx: _Context, m: re.Match) -> TrueFalseQuestion:
    parts = m.group(2).split("#")[1:] if m.group(2) else []
    if len(parts) > 2:
        ctx.note("a true/false question has at most two feedback texts; the rest is not kept")
    q = TrueFalseQuestion(answer=m.group(1).upper().startswith("T"))
    # Moodle's order: first the feedback for a wrong answer, then for a right one.
    q.feedback_incorrect = ctx.text(parts[0]) if parts else ""
    q.feedback_correct = ctx.text(parts[1]) if len(parts) > 1 else ""
    return q


def _matching(ctx: _Context, answers: list[_Answer]) -> MatchingQuestion:
    q = MatchingQuestion()
    for a in answers:
        if a.marker != "=" or "->" not in a.text:
            raise ctx.fail("every pair of a matching question is written = left -> right", a.offset)
        left, _, right = a.text.partition("->")
        left, right = left.strip(), right.strip()
        if a.feedback:
            ctx.note("feedback on a matching pair is not kept")
        if not left:
            ctx.note(f"the extra right-hand answer “{right}” (a distractor) is not kept")
            continue
        if not right:
            raise ctx.fail(f"the pair “{left}” has nothing after ->", a.offset)
        q.pairs.append(Pair(left=left, right=right))
    return q


def _numeric(ctx: _Context, body: str, at: int) -> NumericQuestion:
    body = body.strip()
    if body.startswith(("=", "~")):
        answers = _split_answers(ctx, body, at)
    else:
        text, _, feedback = body.partition("#")
        answers = [_Answer("=", None, unmark(text).strip(), ctx.text(feedback), at)]
    chosen = None
    for a in answers:
        value, tolerance = _number(ctx, a.text, a.offset)
        if chosen is None and a.marker == "=" and a.weight in (None, 100.0):
            chosen = (value, tolerance, a.feedback)
        else:
            ctx.note(f"the further answer {a.text} is not kept; only one right number with a tolerance is")
    if chosen is None:
        raise ctx.fail("a numerical question needs a fully right answer", at)
    value, tolerance, feedback = chosen
    return NumericQuestion(answer=value, tolerance=tolerance, feedback_correct=feedback)


def _number(ctx: _Context, text: str, at: int) -> tuple[float, float]:
    try:
        if ".." in text:
            low, high = (float(p) for p in text.split("..", 1))
            if low > high:
                raise ctx.fail(f"the range {text} runs backwards", at)
            value, tolerance = (low + high) / 2, (high - low) / 2
        elif ":" in text:
            value, tolerance = (float(p) for p in text.split(":", 1))
        else:
            value, tolerance = float(text), 0.0
    except ValueError:
        raise ctx.fail(f"{text!r} is not a number (write {{#3.5}}, {{#3.5:0.1}} or {{#3..4}})", at) from None
    if not (math.isfinite(value) and math.isfinite(tolerance)):
        raise ctx.fail(f"{text!r} is not a finite number", at)
    return value, abs(tolerance)
