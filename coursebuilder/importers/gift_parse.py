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
from .gift_text import Block, decode, split_blocks, unmark
from .html_markdown import HTML_TAG, html_to_markdown
from ..model.messages import Message, say
from .report import ImportFailure, Notice

_TITLE = re.compile(r"^\s*::(.*?)::", re.DOTALL)
_ID = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f])+)\]")
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]\x00-\x1f])+)\]")
#: Moodle's text-format marker in front of a text; Moodle reads only these four, in lower case.
_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]")
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")
_TRUE_FALSE = re.compile(r"(T|TRUE|F|FALSE)((?:#.*)?)", re.DOTALL | re.IGNORECASE)
_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?((:|\.\.)[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)?")
#: Where the blank was in a question that is not a fill-in sentence.
BLANK = "_____"


@dataclass
class GiftBank:
    """The questions of a GIFT file, its description texts and what was not kept exactly."""

    questions: list[Question] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    #: Where each question starts in the file ("bank.gift line 12"), in the order of ``questions``.
    places: list[str] = field(default_factory=list)


@dataclass
class _Answer:
    marker: str
    weight: float | None
    text: str
    feedback: str
    offset: int
    #: The answer's text as written (escapes still marked), for matching pairs whose sides differ in format.
    raw: str = ""


class _Context:
    """Where in the file a question is, for messages, and the question's text format."""

    def __init__(self, block: Block, name: str, bank: GiftBank):
        self.block, self.name, self.bank = block, name, bank
        #: The question text's format, which its answers and feedback follow unless they name their own.
        self.format = "moodle"

    def place(self, offset: int | None = None) -> Message:
        line = self.block.first_line if offset is None else self.block.line_at(offset)
        return say("place.line", name=self.name, line=line)

    def fail(self, message: Message, offset: int | None = None) -> ImportFailure:
        return ImportFailure(message, self.place(offset))

    def note(self, message: Message) -> None:
        notice = Notice(self.place(), message)
        # A text can be converted more than once (a question's text and its parts); say each loss once.
        if notice not in self.bank.notices:
            self.bank.notices.append(notice)

    def split_format(self, marked: str) -> tuple[str, str]:
        """Return the text's format (its own marker, else the question's) and the text without the marker."""
        if m := _FORMAT.match(marked):
            return m.group(1), marked[m.end():]
        return self.format, marked

    def convert(self, raw: str, fmt: str) -> str:
        """Return the course's Markdown for text in a Moodle format, noting what HTML could not keep."""
        if fmt == "html" or (fmt == "moodle" and HTML_TAG.search(raw)):
            text, dropped = html_to_markdown(raw)
            for what in dropped:
                self.note(what)
            return text
        return raw

    def side(self, marked: str, *, left: bool) -> str:
        """Return the text on one side of a blank, keeping the space next to the blank."""
        fmt, marked = self.split_format(marked) if left else (self.format, marked)
        raw = unmark(marked)
        inner = self.convert(raw.strip(), fmt)
        edge = raw[-1:] if left else raw[:1]
        pad = " " if edge.isspace() and inner else ""
        return (inner + pad) if left else (pad + inner)

    def text(self, marked: str) -> str:
        """Return final text: format marker read, escapes resolved, HTML turned into Markdown."""
        fmt, marked = self.split_format(marked.strip())
        return self.convert(unmark(marked).strip(), fmt)


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
        bank.places.append(str(ctx.place()))
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
        ctx.format = m.group(1)
        offset += m.end()
    open_at = body.find("{", offset)
    if open_at < 0:
        if "}" in body[offset:]:
            raise ctx.fail(say("gift.stray_close"), body.index("}", offset))
        text = ctx.text(body[offset:])
        if text:
            ctx.bank.descriptions.append(text)
            ctx.note(say("note.gift_description"))
        return None
    stray = body.find("}", offset, open_at)
    if stray >= 0:
        raise ctx.fail(say("gift.stray_close"), stray)
    close_at = body.rfind("}")
    if close_at < open_at:
        raise ctx.fail(say("gift.unclosed"), open_at)
    inner = body[open_at + 1 : close_at]
    for ch in "{}":
        if ch in inner:
            raise ctx.fail(
                say("gift.second_brace", brace=ch),
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
        cut = inner.rindex("####")
        general = ctx.text(inner[cut + 4 :])
        inner = inner[:cut]
    stripped = inner.strip()
    lead = inner_at + len(inner) - len(inner.lstrip())
    prompt = ctx.text(before)
    # Moodle puts _____ where the answer block was, spaces as written.
    prompt_with_blank = (ctx.side(before, left=True) + BLANK + ctx.side(after_marked, left=False)).strip()
    # The kind is told apart the way Moodle's format.php does it, in the same order.
    if not stripped:
        q: Question = OpenTextQuestion(prompt=prompt, multiline=True)
    elif stripped.startswith("#"):
        q = _numeric(ctx, stripped[1:], lead + 1)
    elif "~" in stripped:
        q = _choice(ctx, _split_answers(ctx, stripped, lead, "~"))
    elif "=" in stripped and "->" in stripped:
        q = _matching(ctx, _split_answers(ctx, stripped, lead, "="))
    elif m := _TRUE_FALSE.fullmatch(stripped):
        q = _true_false(ctx, m)
    else:
        short = _short_answer(ctx, _split_answers(ctx, stripped, lead, "="))
        # Text after the answers makes a fill-in sentence, unless part marks need a short answer's.
        q = _fill_blank(ctx, short, ctx.side(before, left=True), ctx.side(after_marked, left=False)) \
            if blank and not short.credit else short
    if q.asked_by == "prompt":
        q.prompt = prompt_with_blank if blank else prompt
    if general:
        q.extra["general_feedback"] = general
    return q


def _split_answers(ctx: _Context, inner: str, at: int, lead_marker: str) -> list[_Answer]:
    """Split an answer block at its = and ~ marks; text before the first mark is an answer too, as in Moodle."""
    starts = [i for i, ch in enumerate(inner) if ch in "=~"]
    pieces = []
    if not starts or inner[: starts[0]].strip():
        pieces.append((lead_marker, inner[: starts[0]] if starts else inner, at))
    ends = starts[1:] + [len(inner)] if starts else []
    pieces += [(inner[s], inner[s + 1 : e], at + s) for s, e in zip(starts, ends, strict=True)]
    answers = []
    for marker, piece, offset in pieces:
        answer = _answer(ctx, marker, piece, offset)
        if answer.text:
            answers.append(answer)
        elif answer.feedback:
            ctx.note(say("note.gift_empty_answer", feedback=answer.feedback))
        else:
            raise ctx.fail(say("gift.empty_answer", marker=marker), offset)
    if not answers:
        raise ctx.fail(say("gift.no_answer_text"), at)
    return answers


def _answer(ctx: _Context, marker: str, piece: str, offset: int) -> _Answer:
    weight = None
    if m := _WEIGHT.match(piece):
        weight = float(m.group(1))
        if not -100 <= weight <= 100:
            raise ctx.fail(say("gift.weight_range", weight=m.group(1)), offset)
        piece = piece[m.end() :]
    elif piece.lstrip().startswith("%"):
        raise ctx.fail(say("gift.weight_form"), offset)
    text, _, feedback = piece.partition("#")
    return _Answer(marker, weight, ctx.text(text), ctx.text(feedback), offset, text)


def _credit(a: _Answer) -> float:
    """Return the percent an answer earns in a choice question: = is full marks, ~ none unless weighted."""
    if a.weight is not None:
        return a.weight
    return 100.0 if a.marker == "=" else 0.0


def _choice(ctx: _Context, answers: list[_Answer]) -> Question:
    if len(answers) < 2:
        raise ctx.fail(say("gift.two_choices"), answers[0].offset)
    credits = [_credit(a) for a in answers]
    if any(a.marker == "=" for a in answers):
        # Moodle: an = makes it a one-answer question; ~%n% answers earn part marks when picked.
        full = [i for i, c in enumerate(credits) if c == 100]
        if not full:
            raise ctx.fail(say("gift.no_full_marks"), answers[0].offset)
        # Several answers at full marks (any one of them is right) need the part-marks form to say so.
        partial = len(full) > 1 or any(c not in (0, 100) for c in credits)
        choices = [Choice(text=a.text, correct=c == 100, feedback=a.feedback, credit=c if partial else 0.0)
                   for a, c in zip(answers, credits, strict=True)]
        return SingleChoiceQuestion(choices=choices)
    positive = [c for c in credits if c > 0]
    if not positive:
        raise ctx.fail(say("gift.no_marks"), answers[0].offset)
    if abs(sum(positive) - 100) > 0.5:
        raise ctx.fail(say("gift.weights_sum", total=f"{sum(positive):g}"),
                       answers[0].offset)
    # Equal shares for the right answers and -100% for every other is what "all or nothing" is written as.
    plain = len(set(positive)) == 1 and all(c == -100 for c in credits if c <= 0)
    choices = [Choice(text=a.text, correct=c > 0, feedback=a.feedback, credit=0.0 if plain else c)
               for a, c in zip(answers, credits, strict=True)]
    return MultipleChoiceQuestion(choices=choices)


def _short_answer(ctx: _Context, answers: list[_Answer]) -> ShortAnswerQuestion:
    q = ShortAnswerQuestion()
    feedbacks = []
    for a in answers:
        weight = 100.0 if a.weight is None else a.weight
        if a.text == "*" and weight <= 0:
            q.feedback_incorrect = a.feedback
        elif weight > 0:
            if a.text in q.answers and q.answer_credit(a.text) != weight:
                raise ctx.fail(say("gift.twice_marks", answer=a.text), a.offset)
            q.answers.append(a.text)
            if weight < 100:
                q.credit[a.text] = weight
            feedbacks.append(a.feedback)
        elif a.feedback:
            ctx.note(say("note.gift_no_marks", answer=a.text, feedback=a.feedback))
    if not q.answers:
        raise ctx.fail(say("gift.short_no_marks"), answers[0].offset)
    if feedbacks:
        q.feedback_correct = feedbacks[0]
        if any(f != feedbacks[0] for f in feedbacks[1:] if f):
            ctx.note(say("note.gift_one_feedback"))
    return q


def _fill_blank(ctx: _Context, q: ShortAnswerQuestion, before: str, after: str) -> FillBlankQuestion:
    for a in q.answers:
        if "|" in a or "]]" in a or "[[" in a:
            ctx.note(say("note.gift_blank_chars", answer=a))
    text = f"{before}[[{'|'.join(q.answers)}]]{after}"
    return FillBlankQuestion(
        text=text, feedback_correct=q.feedback_correct, feedback_incorrect=q.feedback_incorrect, extra=dict(q.extra)
    )


def _true_false(ctx: _Context, m: re.Match) -> TrueFalseQuestion:
    parts = m.group(2).split("#")[1:] if m.group(2) else []
    if len(parts) > 2:
        ctx.note(say("note.gift_tf_feedback"))
    q = TrueFalseQuestion(answer=m.group(1).upper().startswith("T"))
    # Moodle's order: first the feedback for a wrong answer, then for a right one.
    q.feedback_incorrect = ctx.text(parts[0]) if parts else ""
    q.feedback_correct = ctx.text(parts[1]) if len(parts) > 1 else ""
    return q


def _matching(ctx: _Context, answers: list[_Answer]) -> MatchingQuestion:
    q = MatchingQuestion()
    for a in answers:
        if "->" not in a.raw:
            raise ctx.fail(say("gift.pair_form"), a.offset)
        raw_left, _, raw_right = a.raw.partition("->")
        # Moodle reads a format marker on the left side only; the right side is always plain.
        left, right = ctx.text(raw_left), unmark(raw_right).strip()
        if a.feedback:
            ctx.note(say("note.gift_pair_feedback"))
        if not left:
            ctx.note(say("note.gift_distractor", answer=right))
            continue
        if not right:
            raise ctx.fail(say("gift.pair_empty", left=left), a.offset)
        q.pairs.append(Pair(left=left, right=right))
    return q


def _numeric(ctx: _Context, body: str, at: int) -> NumericQuestion:
    # Moodle: everything from the first ~ on is the feedback for any other number.
    body, tilde, wrong = body.partition("~")
    wrong_feedback = ctx.text(wrong.partition("#")[2]) if tilde else ""
    pieces = []
    starts = [i for i, ch in enumerate(body) if ch == "="]
    head = body[: starts[0]] if starts else body
    if head.strip():
        pieces.append((head, at))
    ends = starts[1:] + [len(body)] if starts else []
    pieces += [(body[s + 1 : e], at + s) for s, e in zip(starts, ends, strict=True)]
    if not pieces:
        raise ctx.fail(say("gift.number_needed"), at)
    pieces = _rejoin_feedback(pieces)
    chosen = None
    for piece, offset in pieces:
        a = _answer(ctx, "=", piece, offset)
        value, tolerance = _number(ctx, a.text, a.offset)
        weight = 100.0 if a.weight is None else a.weight
        if chosen is None and weight == 100:
            chosen = (value, tolerance, a.feedback)
        else:
            ctx.note(say("note.gift_further_number", answer=a.text, weight=f"{weight:g}"))
    if chosen is None:
        raise ctx.fail(say("gift.number_right"), at)
    value, tolerance, feedback = chosen
    return NumericQuestion(answer=value, tolerance=tolerance, feedback_correct=feedback,
                           feedback_incorrect=wrong_feedback)


def _rejoin_feedback(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Put back an unescaped = that belongs to the feedback before it ("45 ÷ 10 = 4.5."), not a new answer."""
    out: list[tuple[str, int]] = []
    for piece, offset in pieces:
        head = _WEIGHT.sub("", piece, count=1).partition("#")[0]
        if out and "#" in out[-1][0] and not _NUMBER.fullmatch(unmark(head).strip()):
            out[-1] = (out[-1][0] + "=" + piece, out[-1][1])
        else:
            out.append((piece, offset))
    return out


def _number(ctx: _Context, text: str, at: int) -> tuple[float, float]:
    try:
        if ".." in text:
            low, high = (float(p) for p in text.split("..", 1))
            if low > high:
                raise ctx.fail(say("gift.range_backwards", range=text), at)
            value, tolerance = (low + high) / 2, (high - low) / 2
        elif ":" in text:
            value, tolerance = (float(p) for p in text.split(":", 1))
        else:
            value, tolerance = float(text), 0.0
    except ValueError:
        raise ctx.fail(say("gift.not_number", text=text), at) from None
    if not (math.isfinite(value) and math.isfinite(tolerance)):
        raise ctx.fail(say("gift.not_finite", text=text), at)
    return value, abs(tolerance)
