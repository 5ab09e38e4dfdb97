"""Check a submission a phone sent before it is stored: its shape, its sizes, its item and questions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import Assessment, Course, Quiz

#: An id the phone makes before the first send (16 random bytes in hex, or anything alike).
_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_TOP = {"id", "item", "kind", "attempt", "answers", "marks", "score", "trainee", "made", "device"}
_SCORE = {"points", "total", "percent", "passed"}
_MAX_TEXT = 4000
_MAX_LIST = 100


class SubmissionError(ValueError):
    """A submission is malformed; the message names the field."""


@dataclass(frozen=True)
class Checked:
    """A submission that passed every check, with what the store needs apart from its body."""

    id: str
    item: str
    kind: str
    trainee: str
    body: dict[str, Any]


def assessments(course: Course) -> dict[str, Assessment]:
    """Return the course's quizzes and surveys by id."""
    return {i.id: i for m in course.modules for i in m.items if isinstance(i, Assessment)}


def _text(value: Any, where: str, limit: int = _MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise SubmissionError(f"{where} must be text")
    if len(value) > limit:
        raise SubmissionError(f"{where} is longer than {limit} characters")
    return value


def _answer(value: Any, where: str) -> None:
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, (int, float)):
        return
    if isinstance(value, str):
        _text(value, where)
        return
    if isinstance(value, list):
        if len(value) > _MAX_LIST:
            raise SubmissionError(f"{where} has more than {_MAX_LIST} parts")
        for n, part in enumerate(value):
            if not (part is None or isinstance(part, (str, int, float))) or isinstance(part, bool):
                raise SubmissionError(f"{where}[{n}] must be text or a number")
            if isinstance(part, str):
                _text(part, f"{where}[{n}]")
        return
    raise SubmissionError(f"{where} must be text, a number, a list or null")


def check_submission(data: Any, items: dict[str, Assessment]) -> Checked:
    """Return the checked submission, or raise SubmissionError naming the first problem."""
    if not isinstance(data, dict):
        raise SubmissionError("the submission must be a JSON object")
    unknown = sorted(set(data) - _TOP)
    if unknown:
        raise SubmissionError(f"unknown field {unknown[0]!r}")
    sub_id = data.get("id")
    if not isinstance(sub_id, str) or not _ID.match(sub_id):
        raise SubmissionError("id must be 8 to 64 letters, digits, - or _")
    item_id = data.get("item")
    if not isinstance(item_id, str) or item_id not in items:
        raise SubmissionError("item is not a quiz or survey of this course")
    item = items[item_id]
    kind = "quiz" if isinstance(item, Quiz) else "survey"
    if data.get("kind") != kind:
        raise SubmissionError(f"kind must be {kind!r} for this item")
    questions = {q.id for q in item.questions}
    answers = data.get("answers")
    if not isinstance(answers, dict):
        raise SubmissionError("answers must be an object")
    for qid, value in answers.items():
        if qid not in questions:
            raise SubmissionError(f"answers: {qid!r} is not a question of this item")
        _answer(value, f"answers.{qid}")
    marks = data.get("marks", {})
    if not isinstance(marks, dict):
        raise SubmissionError("marks must be an object")
    for qid, value in marks.items():
        if qid not in questions:
            raise SubmissionError(f"marks: {qid!r} is not a question of this item")
        if value is not None and not isinstance(value, bool):
            raise SubmissionError(f"marks.{qid} must be true, false or null")
    score = data.get("score")
    if score is not None:
        if not isinstance(score, dict) or set(score) - _SCORE:
            raise SubmissionError("score must hold points, total, percent and passed")
        for k in ("points", "total", "percent"):
            if k in score and (not isinstance(score[k], (int, float)) or isinstance(score[k], bool)):
                raise SubmissionError(f"score.{k} must be a number")
        if "passed" in score and not isinstance(score["passed"], bool):
            raise SubmissionError("score.passed must be true or false")
    attempt = data.get("attempt", 1)
    if not isinstance(attempt, int) or isinstance(attempt, bool) or not 0 < attempt < 1000:
        raise SubmissionError("attempt must be a whole number from 1")
    trainee = data.get("trainee") or ""
    trainee = _text(trainee, "trainee", 80).strip()
    for k in ("made", "device"):
        if k in data and data[k] is not None:
            _text(data[k], k, 64)
    return Checked(sub_id, item_id, kind, trainee, data)
