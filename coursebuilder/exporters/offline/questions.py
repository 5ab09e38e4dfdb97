"""Turn questions into what the page shows and what its script marks answers against."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ...model import (
    FillBlankQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OpenTextQuestion,
    OrderingQuestion,
    Question,
    RatingScaleQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
    gives_part_marks,
)
from .markdown import render_inline, render_markdown


def question_view(q: Question, key: str, dom_id: str, strings: dict[str, str]) -> dict[str, Any]:
    """Return the template data of one question."""
    view: dict[str, Any] = {
        "q": q,
        "key": key,
        "dom": dom_id,
        "type": q.type,
        "prompt": render_markdown(q.prompt) if q.prompt else Markup(""),
        "hint": render_inline(q.hint),
        "points": q.points,
        "gradable": q.gradable,
    }
    if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
        view["choices"] = [{"id": c.id, "html": render_inline(c.text)} for c in q.choices]
        view["shuffle"] = q.shuffle
    elif isinstance(q, FillBlankQuestion):
        view["parts"] = [render_inline(p) for p in q.sentence_parts()]
        view["blanks"] = len(q.blanks())
    elif isinstance(q, MatchingQuestion):
        view["lefts"] = [render_inline(p.left) for p in q.pairs]
        # Offered in a fixed mixed order so the right one is never simply the same row.
        order = _mixed(len(q.pairs))
        view["rights"] = [(i, q.pairs[i].right) for i in order]
    elif isinstance(q, OrderingQuestion):
        view["order_items"] = [(i, render_inline(text), text) for i, text in enumerate(q.items)]
    elif isinstance(q, RatingScaleQuestion):
        view["scale"] = list(range(q.scale_min, q.scale_max + 1))
    elif isinstance(q, OpenTextQuestion):
        view["multiline"] = q.multiline
        view["max_length"] = q.max_length
    elif isinstance(q, NumericQuestion):
        view["unit"] = q.unit
    return view


def _mixed(n: int) -> list[int]:
    """Return 0..n-1 rotated by one, so no item stays in its place when n > 1."""
    return list(range(1, n)) + [0] if n > 1 else list(range(n))


def question_key(q: Question, strings: dict[str, str]) -> dict[str, Any]:
    """Return what the page script needs to mark an answer and explain it."""
    key: dict[str, Any] = {
        "type": q.type,
        "points": q.points,
        "gradable": q.gradable,
        "fc": q.feedback_correct,
        "fi": q.feedback_incorrect,
    }
    if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
        key["correct"] = [c.id for c in q.choices if c.correct]
        key["feedback"] = {c.id: c.feedback for c in q.choices if c.feedback}
        key["solution"] = "; ".join(c.text for c in q.choices if c.correct)
        if gives_part_marks(q):
            key["credit"] = {c.id: c.credit for c in q.choices if c.credit}
    elif isinstance(q, TrueFalseQuestion):
        key["answer"] = q.answer
        key["solution"] = strings["true"] if q.answer else strings["false"]
    elif isinstance(q, FillBlankQuestion):
        key["blanks"] = q.blanks()
        key["cs"] = q.case_sensitive
        key["solution"] = " / ".join(b[0] for b in key["blanks"] if b)
    elif isinstance(q, MatchingQuestion):
        key["rights"] = [p.right for p in q.pairs]
        key["solution"] = "; ".join(f"{p.left} → {p.right}" for p in q.pairs)
    elif isinstance(q, OrderingQuestion):
        key["items"] = list(q.items)
        key["solution"] = " → ".join(q.items)
    elif isinstance(q, ShortAnswerQuestion):
        key["answers"] = list(q.answers)
        if q.credit:
            key["credit"] = {a: q.answer_credit(a) for a in q.answers if a in q.credit}
        key["cs"] = q.case_sensitive
        key["solution"] = " / ".join(q.answers)
    elif isinstance(q, NumericQuestion):
        key["answer"] = q.answer
        key["tolerance"] = q.tolerance
        unit = f" {q.unit}" if q.unit else ""
        tol = f" ± {q.tolerance:g}" if q.tolerance else ""
        key["solution"] = f"{q.answer:g}{tol}{unit}"
    elif isinstance(q, RatingScaleQuestion):
        key["max"] = q.scale_max
    return key
