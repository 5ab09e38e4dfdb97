"""Sum up classroom submissions: per quiz scores and correct rates, per survey answer shares and means."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..model import Assessment, Course, Quiz
from ..model.kinds import KindRegistry
from ..model.questions import ChoiceQuestion, Question, RatingScaleQuestion
from .store import Submission
from .submissions import assessments

#: Score bands of the quiz histogram: 0-9 %, 10-19 %, ..., 90-100 %.
BANDS = 10


@dataclass
class QuestionSummary:
    """What the room answered to one question."""

    id: str
    prompt: str
    type: str
    answered: int = 0
    correct: int = 0                                   # quizzes: answers marked right
    marked: int = 0                                    # quizzes: answers marked at all
    shares: list[tuple[str, int]] = field(default_factory=list)   # choices: (label, how many chose it)
    ratings: list[tuple[int, int]] = field(default_factory=list)  # rating scales: (value, how many)
    mean: float | None = None
    texts: list[str] = field(default_factory=list)     # open answers

    @property
    def correct_rate(self) -> float | None:
        """Return the share of marked answers that were right, or None if none were marked."""
        return self.correct / self.marked if self.marked else None


@dataclass
class ItemSummary:
    """What the room sent for one quiz or survey."""

    id: str
    title: str
    kind: str
    submissions: int = 0
    passed: int = 0
    histogram: list[int] = field(default_factory=lambda: [0] * BANDS)
    questions: list[QuestionSummary] = field(default_factory=list)

    @property
    def pass_rate(self) -> float | None:
        """Return the share of quiz submissions that passed."""
        return self.passed / self.submissions if self.submissions and self.kind == "quiz" else None


@dataclass(frozen=True)
class Tally:
    """What the results count of a kind's answers, besides how many answered and were right."""

    #: The options answers are shared among: (the id a phone sends, its words).
    options: tuple[tuple[str, str], ...] = ()
    #: The values of a scale answers are counted on.
    scale: tuple[int, ...] = ()
    #: Whether the answers are words, listed as they are.
    texts: bool = False


#: What the results window and the CSV count of each question kind.
TALLIES: KindRegistry[Callable[[Any], Tally]] = KindRegistry("classroom results")


@TALLIES.register("single_choice", "multiple_choice")
def _choices(q: ChoiceQuestion) -> Tally:
    return Tally(options=tuple((c.id, c.text) for c in q.choices))


@TALLIES.register("true_false")
def _true_false(q: Question) -> Tally:
    return Tally(options=(("true", "True"), ("false", "False")))


@TALLIES.register("rating_scale")
def _scale(q: RatingScaleQuestion) -> Tally:
    return Tally(scale=tuple(range(q.scale_min, q.scale_max + 1)))


@TALLIES.register("open_text")
def _words(q: Question) -> Tally:
    return Tally(texts=True)


@TALLIES.register("fill_blank", "matching", "ordering", "short_answer", "numeric")
def _marked_only(q: Question) -> Tally:
    # Typed and arranged answers are too varied to share out: only answered and right are counted.
    return Tally()


def _choice_labels(q: Question) -> tuple[tuple[str, str], ...]:
    return TALLIES[q](q).options


def summarise(course: Course, submissions: list[Submission]) -> list[ItemSummary]:
    """Return a summary of every quiz and survey of the course, in course order."""
    out: dict[str, ItemSummary] = {}
    s: ItemSummary | None
    items = assessments(course)
    for item in items.values():
        s = ItemSummary(item.id, item.title, "quiz" if isinstance(item, Quiz) else "survey")
        for q in item.questions:
            qs = QuestionSummary(q.id, q.prompt, q.type)
            tally = TALLIES[q](q)
            qs.shares = [(label, 0) for _, label in tally.options]
            qs.ratings = [(v, 0) for v in tally.scale]
            s.questions.append(qs)
        out[item.id] = s
    for sub in submissions:
        s = out.get(sub.item)
        if s is None:
            continue  # an item since removed from the course
        s.submissions += 1
        body = sub.body
        score = body.get("score") or {}
        if s.kind == "quiz":
            if score.get("passed"):
                s.passed += 1
            pct = score.get("percent")
            if isinstance(pct, (int, float)):
                s.histogram[min(BANDS - 1, max(0, int(pct // (100 / BANDS))))] += 1
        _count_answers(items[sub.item], s, body)
    for s in out.values():
        for qs in s.questions:
            if qs.ratings:
                n = sum(c for _, c in qs.ratings)
                qs.mean = sum(v * c for v, c in qs.ratings) / n if n else None
    return list(out.values())


def _count_answers(item: Assessment, s: ItemSummary, body: dict) -> None:
    answers = body.get("answers") or {}
    marks = body.get("marks") or {}
    for q, qs in zip(item.questions, s.questions, strict=False):
        value = answers.get(q.id)
        if value is not None and value != "" and value != []:
            qs.answered += 1
        mark = marks.get(q.id)
        if isinstance(mark, bool):
            qs.marked += 1
            qs.correct += mark
        tally = TALLIES[q](q)
        ids = [cid for cid, _ in tally.options]
        chosen = value if isinstance(value, list) else [value]
        if ids:
            qs.shares = [(label, n + (1 if cid in chosen else 0)) for (cid, (label, n)) in zip(ids, qs.shares, strict=False)]
        elif tally.scale:
            try:
                v = int(value)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                continue
            qs.ratings = [(r, n + (1 if r == v else 0)) for r, n in qs.ratings]
        elif tally.texts and isinstance(value, str) and value.strip():
            qs.texts.append(value.strip())


def answer_text(q: Question, value) -> str:
    """Return an answer as a spreadsheet cell: choice texts rather than their ids."""
    if value is None:
        return ""
    labels = dict(_choice_labels(q))
    if isinstance(value, list):
        return "; ".join(labels.get(str(v), str(v)) for v in value)
    return labels.get(str(value), str(value))


def csv_text(course: Course, submissions: list[Submission]) -> str:
    """Return the submissions as CSV: a row per submission, a column per question."""
    items = assessments(course)
    columns = [(item, q) for item in items.values() for q in item.questions]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["submission", "session", "received", "item", "kind", "trainee", "points", "total", "percent",
                "passed"] + [f"{item.title}: {q.prompt}" for item, q in columns])
    for sub in submissions:
        score = sub.body.get("score") or {}
        answers = sub.body.get("answers") or {}
        passed = score.get("passed")
        row = [sub.id, sub.session, sub.received, items[sub.item].title if sub.item in items else sub.item,
               sub.kind, sub.trainee, score.get("points", ""), score.get("total", ""), score.get("percent", ""),
               "" if passed is None else ("yes" if passed else "no")]
        row += [answer_text(q, answers.get(q.id)) if item.id == sub.item else "" for item, q in columns]
        w.writerow([_safe_cell(c) for c in row])
    return buf.getvalue()


def _safe_cell(value) -> str:
    # A trainee's answer starting with = or + would run as a formula in Excel: make it plain text.
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_csv(course: Course, submissions: list[Submission], path: Path) -> None:
    """Write the CSV in UTF-8 with a byte-order mark, so Excel shows Chinese and Khmer correctly."""
    data = ("\ufeff" + csv_text(course, submissions)).encode("utf-8")
    tmp = path.with_name(f".{path.name}.partial")
    tmp.write_bytes(data)
    tmp.replace(path)
