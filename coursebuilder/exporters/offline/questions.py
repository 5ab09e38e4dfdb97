"""Turn questions into what the page shows and what its script marks answers against."""

from __future__ import annotations

from typing import Any, Callable

from markupsafe import Markup

from ...model import (
    ChoiceQuestion,
    FillBlankQuestion,
    MatchingQuestion,
    NumericQuestion,
    OpenTextQuestion,
    OrderingQuestion,
    Question,
    RatingScaleQuestion,
    ShortAnswerQuestion,
    TrueFalseQuestion,
    gives_part_marks,
)
from ...model.kinds import KindRegistry
from ...presentation.markdown import inline_html, to_html
from ...presentation.order import mixed_order


#: What the page shows of each kind, added to the fields every question has.
VIEWS: KindRegistry[Callable[[Any], dict[str, Any]]] = KindRegistry("phone view")
#: What the page script marks an answer of each kind against.
KEYS: KindRegistry[Callable[[Any, dict[str, str]], dict[str, Any]]] = KindRegistry("phone answer key")


def question_view(q: Question, key: str, dom_id: str, strings: dict[str, str]) -> dict[str, Any]:
    """Return the template data of one question."""
    view: dict[str, Any] = {
        "q": q,
        "key": key,
        "dom": dom_id,
        "type": q.type,
        "prompt": to_html(q.prompt) if q.prompt else Markup(""),
        "hint": inline_html(q.hint),
        "points": q.points,
        "gradable": q.gradable,
    }
    view.update(VIEWS[q](q))
    return view


def question_key(q: Question, strings: dict[str, str]) -> dict[str, Any]:
    """Return what the page script needs to mark an answer and explain it."""
    key: dict[str, Any] = {
        "type": q.type,
        "points": q.points,
        "gradable": q.gradable,
        "fc": q.feedback_correct,
        "fi": q.feedback_incorrect,
    }
    key.update(KEYS[q](q, strings))
    return key


@VIEWS.register("single_choice", "multiple_choice")
def _choices_view(q: ChoiceQuestion) -> dict[str, Any]:
    return {"choices": [{"id": c.id, "html": inline_html(c.text)} for c in q.choices], "shuffle": q.shuffle}


@VIEWS.register("true_false", "short_answer")
def _no_view(q: Question) -> dict[str, Any]:
    return {}


@VIEWS.register("fill_blank")
def _blanks_view(q: FillBlankQuestion) -> dict[str, Any]:
    return {"parts": [inline_html(p) for p in q.sentence_parts()], "blanks": len(q.blanks())}


@VIEWS.register("matching")
def _matching_view(q: MatchingQuestion) -> dict[str, Any]:
    # Offered in the mixed order the slides show, so the right one is never simply the same row.
    # An option's value is its place in that order, which says nothing of the pair it belongs to.
    return {"lefts": [inline_html(p.left) for p in q.pairs],
            "rights": [(place, q.pairs[i].right) for place, i in enumerate(mixed_order(len(q.pairs), q.id))]}


@VIEWS.register("ordering")
def _ordering_view(q: OrderingQuestion) -> dict[str, Any]:
    # Each step is named by its place in the mixed order shown, never by its place in the right order.
    return {"order_items": [(place, inline_html(q.items[i]), q.items[i])
                            for place, i in enumerate(mixed_order(len(q.items), q.id))]}


@VIEWS.register("rating_scale")
def _scale_view(q: RatingScaleQuestion) -> dict[str, Any]:
    return {"scale": list(range(q.scale_min, q.scale_max + 1))}


@VIEWS.register("open_text")
def _open_view(q: OpenTextQuestion) -> dict[str, Any]:
    return {"multiline": q.multiline, "max_length": q.max_length}


@VIEWS.register("numeric")
def _numeric_view(q: NumericQuestion) -> dict[str, Any]:
    return {"unit": q.unit}


@KEYS.register("single_choice", "multiple_choice")
def _choices_key(q: ChoiceQuestion, strings: dict[str, str]) -> dict[str, Any]:
    key: dict[str, Any] = {"correct": [c.id for c in q.choices if c.correct],
                           "feedback": {c.id: c.feedback for c in q.choices if c.feedback},
                           "solution": "; ".join(c.text for c in q.choices if c.correct)}
    if gives_part_marks(q):
        key["credit"] = {c.id: c.credit for c in q.choices if c.credit}
    return key


@KEYS.register("true_false")
def _true_false_key(q: TrueFalseQuestion, strings: dict[str, str]) -> dict[str, Any]:
    return {"answer": q.answer, "solution": strings["true"] if q.answer else strings["false"]}


@KEYS.register("fill_blank")
def _blanks_key(q: FillBlankQuestion, strings: dict[str, str]) -> dict[str, Any]:
    blanks = q.blanks()
    return {"blanks": blanks, "cs": q.case_sensitive, "solution": " / ".join(b[0] for b in blanks if b)}


@KEYS.register("matching")
def _matching_key(q: MatchingQuestion, strings: dict[str, str]) -> dict[str, Any]:
    return {"rights": [p.right for p in q.pairs], "offered": [q.pairs[i].right for i in mixed_order(len(q.pairs), q.id)],
            "solution": "; ".join(f"{p.left} → {p.right}" for p in q.pairs)}


@KEYS.register("ordering")
def _ordering_key(q: OrderingQuestion, strings: dict[str, str]) -> dict[str, Any]:
    return {"items": list(q.items), "offered": [q.items[i] for i in mixed_order(len(q.items), q.id)],
            "solution": " → ".join(q.items)}


@KEYS.register("short_answer")
def _short_key(q: ShortAnswerQuestion, strings: dict[str, str]) -> dict[str, Any]:
    key: dict[str, Any] = {"answers": list(q.answers), "cs": q.case_sensitive, "solution": " / ".join(q.answers)}
    if q.credit:
        key["credit"] = {a: q.answer_credit(a) for a in q.answers if a in q.credit}
    return key


@KEYS.register("numeric")
def _numeric_key(q: NumericQuestion, strings: dict[str, str]) -> dict[str, Any]:
    unit = f" {q.unit}" if q.unit else ""
    tol = f" ± {q.tolerance:g}" if q.tolerance else ""
    return {"answer": q.answer, "tolerance": q.tolerance, "solution": f"{q.answer:g}{tol}{unit}"}


@KEYS.register("rating_scale")
def _scale_key(q: RatingScaleQuestion, strings: dict[str, str]) -> dict[str, Any]:
    return {"max": q.scale_max}


@KEYS.register("open_text")
def _open_key(q: OpenTextQuestion, strings: dict[str, str]) -> dict[str, Any]:
    return {}
