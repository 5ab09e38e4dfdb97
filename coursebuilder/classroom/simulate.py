"""Make believable classroom submissions for a course: for screenshots, demos and benchmarks."""

from __future__ import annotations

import random
import uuid
from typing import Any, Callable

from ..model import Course, Quiz
from ..model.kinds import KindRegistry
from ..model.questions import (
    ChoiceQuestion,
    OpenTextQuestion,
    Question,
    RatingScaleQuestion,
    TrueFalseQuestion,
)
from .submissions import assessments

_OPEN = ["更多关于发货的练习 More practice on shipping", "Very useful, thank you", "直播部分很好 The live part was good",
         "Please give us the slides", "价格计算再讲一次 Explain pricing again", "I will start selling next week"]


#: A made-up answer of each kind: (question, random source, the phone's skill, in a quiz, question number)
#: -> (the answer as a phone sends it, whether it was right, or None when it is not marked).
DEMO_ANSWERS: KindRegistry[Callable[[Any, random.Random, float, bool, int], tuple[Any, bool | None]]] = \
    KindRegistry("classroom demo answers")


@DEMO_ANSWERS.register("single_choice", "multiple_choice")
def _choose(q: ChoiceQuestion, rnd: random.Random, skill: float, quiz: bool, n: int) -> tuple[Any, bool | None]:
    if not q.choices:
        return _typed(q, rnd, skill, quiz, n)
    right = [c.id for c in q.choices if c.correct]
    mark = None
    if quiz and right:
        ok = rnd.random() < skill * (0.75 + 0.25 * ((n * 37) % 5) / 4)
        pick = right[0] if ok else rnd.choice([c.id for c in q.choices])
        mark = pick in right
    else:
        # Survey choices lean towards the first ones, as age bands and the like do.
        weights = [1.0 / (1 + i * 0.6) for i in range(len(q.choices))]
        pick = rnd.choices([c.id for c in q.choices], weights)[0]
    return ([pick] if q.several_right else pick), mark


@DEMO_ANSWERS.register("true_false")
def _decide(q: TrueFalseQuestion, rnd: random.Random, skill: float, quiz: bool, n: int) -> tuple[Any, bool | None]:
    ok = rnd.random() < skill
    return str(q.answer if ok else not q.answer).lower(), ok


@DEMO_ANSWERS.register("rating_scale")
def _rate(q: RatingScaleQuestion, rnd: random.Random, skill: float, quiz: bool, n: int) -> tuple[Any, bool | None]:
    return str(max(q.scale_min, min(q.scale_max, round(rnd.gauss(q.scale_max - 0.9, 0.9))))), None


@DEMO_ANSWERS.register("open_text")
def _write(q: OpenTextQuestion, rnd: random.Random, skill: float, quiz: bool, n: int) -> tuple[Any, bool | None]:
    return (rnd.choice(_OPEN) if rnd.random() < 0.3 else None), None


@DEMO_ANSWERS.register("fill_blank", "matching", "ordering", "short_answer", "numeric")
def _typed(q: Question, rnd: random.Random, skill: float, quiz: bool, n: int) -> tuple[Any, bool | None]:
    ok = rnd.random() < skill
    return "answer", (ok if q.gradable else None)


def simulated_bodies(course: Course, phones: int, seed: int = 13) -> list[dict]:
    """Return one submission per phone for every quiz and survey, answered with some spread."""
    rnd = random.Random(seed)
    out = []
    for _ in range(phones):
        skill = rnd.betavariate(5, 2)
        for item in assessments(course).values():
            answers: dict[str, list[str] | str | None] = {}
            marks: dict[str, bool] = {}
            for n, q in enumerate(item.questions):
                answers[q.id], mark = DEMO_ANSWERS[q](q, rnd, skill, isinstance(item, Quiz), n)
                if mark is not None:
                    marks[q.id] = mark
            body: dict[str, Any] = {"id": uuid.UUID(int=rnd.getrandbits(128)).hex, "item": item.id,
                    "kind": "quiz" if isinstance(item, Quiz) else "survey", "answers": answers}
            if isinstance(item, Quiz):
                total = sum(q.points for q in item.questions if q.gradable) or 1
                points = sum(q.points for q in item.questions if marks.get(q.id))
                pct = round(100 * points / total)
                body.update(attempt=1, marks=marks, score={"points": points, "total": total, "percent": pct,
                                                           "passed": pct >= item.pass_mark})
            out.append(body)
    return out


def fill_store(store, course: Course, phones: int, venue: str = "", label: str = "", seed: int = 13):
    """Start a session in ``store`` and add simulated submissions from ``phones`` phones; return the session."""
    session = store.start_session(venue, label)
    futures = [store.submit_future(session.id, b["item"], b["kind"], "", b["id"], b)
               for b in simulated_bodies(course, phones, seed)]
    for f in futures:
        f.result()
    return session
