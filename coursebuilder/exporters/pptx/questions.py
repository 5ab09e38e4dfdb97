"""Slide text for every question kind: the question, then its answer with the right one marked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ...model import questions as qm
from ...model.kinds import KindRegistry
from ...model.questions import QUESTION_TYPES
from ...presentation.order import mixed_order
from ...presentation.words import Labels
from .markdown import sections
from .richtext import BULLET, HEADING, LETTER, NUMBER, PLAIN, Para, Span, keep_translations

#: The mark set before right answers: the tick Chinese teachers use, in every common font.
RIGHT = "√ "


@dataclass
class QuestionText:
    """What the question slide and its answer slide show (answer None: no answer slide)."""

    question: list[Para]
    answer: list[Para] | None
    #: Matching questions show two columns: left and right items.
    right_column: list[Para] | None = None
    notes: str = ""
    answer_notes: str = ""
    #: How many paragraphs of the question (answer) are its prompt, before the choices or items
    #: that may stand in two columns; -1: no such items.
    question_lead: int = -1
    answer_lead: int = -1


def markdown_paras(text: str) -> list[Para]:
    """Return Markdown (a prompt, a description) as paragraphs, headings kept as bold lines."""
    out: list[Para] = []
    for section in sections(text):
        if section.title:
            out.append(Para([Span(section.title)], kind=HEADING))
        out.extend(section.paras)
    return keep_translations(out)


def _prompt(q: qm.Question, instruction: str) -> list[Para]:
    paras = markdown_paras(q.prompt)
    paras.append(Para([Span(instruction, italic=True, colour="accent1")], kind=PLAIN))
    return paras


def _choice_paras(texts: list[str], right: list[bool] | None) -> list[Para]:
    paras = []
    for n, text in enumerate(texts):
        if right is not None and right[n]:
            spans = [Span(RIGHT, bold=True, colour="accent1"), Span(text, bold=True, colour="accent1")]
        else:
            spans = [Span(text)]
        paras.append(Para(spans, kind=LETTER, start=n + 1))
    return paras


def _notes(q: qm.Question, labels: Labels) -> str:
    return labels("hint", hint=q.hint) if q.hint else ""


def _answer_notes(q: qm.Question, labels: Labels) -> str:
    parts = [labels("feedback", text=t) for t in (q.feedback_correct, q.feedback_incorrect) if t]
    return "\n".join(parts)


def _feedback(text: str) -> list[Para]:
    return [Para([Span(text, italic=True)], kind=PLAIN)] if text else []


#: The slide text of each question kind: (question, labels, notes, answer notes) -> QuestionText.
SLIDE_TEXT: KindRegistry[Callable[..., QuestionText]] = KindRegistry("slide text")


def question_text(q: qm.Question, labels: Labels) -> QuestionText:
    """Return the slides' text for one question of any kind."""
    notes = _notes(q, labels)
    if q.type not in QUESTION_TYPES:
        # A question kind from a newer CourseBuilder: show its prompt.
        return QuestionText(markdown_paras(q.prompt), None, None, notes)
    return SLIDE_TEXT[q](q, labels, notes, _answer_notes(q, labels))


@SLIDE_TEXT.register("single_choice", "multiple_choice")
def _choices(q: qm.ChoiceQuestion, labels: Labels, notes: str, answer_notes: str) -> QuestionText:
    texts = [c.text for c in q.choices]
    prompt = _prompt(q, labels(q.type))
    lead = markdown_paras(q.prompt)
    answer = lead + _choice_paras(texts, [c.correct for c in q.choices])
    for n, c in enumerate(q.choices):
        if c.feedback:
            answer_notes += f"\n{chr(65 + n % 26)}. {c.feedback}"
    return QuestionText(prompt + _choice_paras(texts, None), answer + _feedback(q.feedback_correct), None, notes,
                        answer_notes.strip(), len(prompt), len(lead))


@SLIDE_TEXT.register("true_false")
def _true_false(q: qm.TrueFalseQuestion, labels: Labels, notes: str, answer_notes: str) -> QuestionText:
    texts = [labels("true"), labels("false")]
    prompt = _prompt(q, labels("true_false"))
    lead = markdown_paras(q.prompt)
    answer = lead + _choice_paras(texts, [q.answer, not q.answer])
    return QuestionText(prompt + _choice_paras(texts, None), answer + _feedback(q.feedback_correct), None, notes,
                        answer_notes, len(prompt), len(lead))


@SLIDE_TEXT.register("fill_blank")
def _fill_blank(q: qm.FillBlankQuestion, labels: Labels, notes: str, answer_notes: str) -> QuestionText:
    parts, blanks = q.sentence_parts(), q.blanks()
    gap = "＿＿＿＿" if labels.chinese else "______"
    asked: list[Span] = []
    filled: list[Span] = []
    for n, part in enumerate(parts):
        asked.append(Span(part))
        filled.append(Span(part))
        if n < len(blanks):
            asked.append(Span(gap, bold=True))
            first = blanks[n][0] if blanks[n] else "?"
            filled.append(Span(first, bold=True, colour="accent1"))
    answer = [Para(filled, kind=PLAIN)]
    for n, accepted in enumerate(blanks):
        if len(accepted) > 1:
            answer.append(Para([Span(f"{n + 1}. {accepted[0]}" + labels("also", alts=", ".join(accepted[1:])))], kind=BULLET))
    question = _prompt(q, labels("fill_blank")) + [Para(asked, kind=PLAIN)]
    return QuestionText(question, answer + _feedback(q.feedback_correct), None, notes, answer_notes)


@SLIDE_TEXT.register("matching")
def _matching(q: qm.MatchingQuestion, labels: Labels, notes: str, answer_notes: str) -> QuestionText:
    lefts = [p.left for p in q.pairs]
    order = mixed_order(len(q.pairs), q.id)
    left = [Para([Span(t)], kind=NUMBER, start=n + 1) for n, t in enumerate(lefts)]
    right = _choice_paras([q.pairs[i].right for i in order], None)
    letter = {i: chr(65 + pos % 26) for pos, i in enumerate(order)}
    lead = markdown_paras(q.prompt)
    answer = lead + [
        Para([Span(f"{p.left} → "), Span(f"{letter[n]}. {p.right}", bold=True, colour="accent1")], kind=NUMBER, start=n + 1)
        for n, p in enumerate(q.pairs)
    ]
    prompt = _prompt(q, labels("matching"))
    return QuestionText(prompt + left, answer + _feedback(q.feedback_correct), right, notes, answer_notes,
                        len(prompt), len(lead))


@SLIDE_TEXT.register("ordering")
def _ordering(q: qm.OrderingQuestion, labels: Labels, notes: str, answer_notes: str) -> QuestionText:
    order = mixed_order(len(q.items), q.id)
    prompt = _prompt(q, labels("ordering"))
    lead = markdown_paras(q.prompt) + [Para([Span(labels("correct_order"), bold=True)], kind=PLAIN)]
    answer = lead + [
        Para([Span(t, bold=True, colour="accent1")], kind=NUMBER, start=n + 1) for n, t in enumerate(q.items)
    ]
    return QuestionText(prompt + _choice_paras([q.items[i] for i in order], None), answer + _feedback(q.feedback_correct),
                        None, notes, answer_notes, len(prompt), len(lead))


@SLIDE_TEXT.register("short_answer")
def _short_answer(q: qm.ShortAnswerQuestion, labels: Labels, notes: str, answer_notes: str) -> QuestionText:
    lead = markdown_paras(q.prompt) + [Para([Span(labels("accepted"), bold=True)], kind=PLAIN)]
    answer = lead + [Para([Span(RIGHT + a, bold=True, colour="accent1")], kind=BULLET) for a in q.answers]
    return QuestionText(_prompt(q, labels("short_answer")), answer + _feedback(q.feedback_correct), None, notes,
                        answer_notes, -1, len(lead))


@SLIDE_TEXT.register("numeric")
def _numeric(q: qm.NumericQuestion, labels: Labels, notes: str, answer_notes: str) -> QuestionText:
    value = _number(q.answer) + (f" {q.unit}" if q.unit else "")
    if q.tolerance:
        value = labels("tolerance", answer=value, tol=_number(q.tolerance))
    instruction = labels("numeric_unit", unit=q.unit) if q.unit else labels("numeric")
    answer = markdown_paras(q.prompt) + [
        Para([Span(labels("correct") + ": ", bold=True), Span(RIGHT + value, bold=True, colour="accent1")], kind=PLAIN)
    ]
    return QuestionText(_prompt(q, instruction), answer + _feedback(q.feedback_correct), None, notes, answer_notes)


@SLIDE_TEXT.register("rating_scale")
def _rating(q: qm.RatingScaleQuestion, labels: Labels, notes: str, answer_notes: str) -> QuestionText:
    return QuestionText(_prompt(q, labels(q.type, lo=q.scale_min, hi=q.scale_max)) + _scale(q, labels), None, None, notes)


@SLIDE_TEXT.register("open_text")
def _open_text(q: qm.OpenTextQuestion, labels: Labels, notes: str, answer_notes: str) -> QuestionText:
    answer = None
    if q.feedback_correct:
        answer = markdown_paras(q.prompt) + [Para([Span(labels("no_single_answer"), italic=True)], kind=PLAIN)] + _feedback(q.feedback_correct)
    return QuestionText(_prompt(q, labels("open_text")), answer, None, notes, answer_notes)


def _scale(q: qm.RatingScaleQuestion, labels: Labels) -> list[Para]:
    steps = "   ".join(str(n) for n in range(q.scale_min, q.scale_max + 1))
    paras = [Para([Span(steps, bold=True)], kind=PLAIN)]
    if q.min_label or q.max_label:
        paras.append(Para([Span(labels("scale", lo=f"{q.scale_min} = {q.min_label}", hi=f"{q.scale_max} = {q.max_label}"))], kind=PLAIN))
    return paras


def _number(value: float) -> str:
    return f"{value:g}"


#: The answer form a survey slide lists under each question, per kind (empty: the prompt only).
SURVEY_FORM: KindRegistry[Callable[..., list[Para]]] = KindRegistry("survey slide")


def survey_paras(questions: list[qm.Question], labels: Labels) -> list[Para]:
    """Return a survey's questions as one numbered list with the answer forms under each."""
    paras: list[Para] = []
    for n, q in enumerate(questions, 1):
        question = Para([Span(" ".join(q.prompt.split()))], kind=NUMBER, start=n)
        form = SURVEY_FORM[q](q, labels) if q.type in QUESTION_TYPES else []
        # A question and its answer form share a slide.
        question.keep = bool(form)
        paras.append(question)
        paras.extend(form)
    return paras


@SURVEY_FORM.register("single_choice", "multiple_choice")
def _choices_form(q: qm.ChoiceQuestion, labels: Labels) -> list[Para]:
    return [Para([Span(" / ".join(c.text for c in q.choices))], level=1, kind=BULLET)]


@SURVEY_FORM.register("rating_scale")
def _scale_form(q: qm.RatingScaleQuestion, labels: Labels) -> list[Para]:
    lo = f"{q.scale_min} {q.min_label}".strip()
    hi = f"{q.scale_max} {q.max_label}".strip()
    return [Para([Span(labels("scale", lo=lo, hi=hi))], level=1, kind=BULLET)]


@SURVEY_FORM.register("true_false")
def _true_false_form(q: qm.TrueFalseQuestion, labels: Labels) -> list[Para]:
    return [Para([Span(f"{labels('true')} / {labels('false')}")], level=1, kind=BULLET)]


@SURVEY_FORM.register("open_text")
def _open_form(q: qm.OpenTextQuestion, labels: Labels) -> list[Para]:
    return [Para([Span(labels("open_answer"), italic=True)], level=1, kind=BULLET)]


@SURVEY_FORM.register("fill_blank", "matching", "ordering", "short_answer", "numeric")
def _prompt_only_form(q: qm.Question, labels: Labels) -> list[Para]:
    # Answered on the phone or on paper; the slide shows the question alone.
    return []
