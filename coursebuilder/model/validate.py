"""Check a course for mistakes a lecturer would want to hear about before class."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from .blocks import ExerciseBlock, ImageBlock, MediaBlock, TextBlock, framing_problem
from .course import Assessment, Course, Lesson, MediaItem, Quiz, Survey
from .questions import (
    FillBlankQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    RatingScaleQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
)

ERROR = "error"
WARNING = "warning"

# BCP 47 in the shape real tags take: language, optional script, region and variants.
_BCP47 = re.compile(
    r"^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"
    r"(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?"
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*"
    r"(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$",
    re.IGNORECASE,
)


def is_language_tag(tag: str) -> bool:
    """Return whether ``tag`` is a well-formed BCP 47 language tag."""
    return bool(_BCP47.match(tag))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a course, with its place in the manifest."""

    place: str
    message: str
    severity: str = ERROR
    #: The place in words, such as ``Module 1 › Lesson 2 “Filming”``.
    where: str = ""

    def __str__(self) -> str:
        where = f" ({self.where})" if self.where else ""
        return f"{self.place or 'course'}{where}: {self.message}"


def validate_course(course: Course) -> list[Problem]:
    """Return every problem found in the course, errors and warnings alike."""
    return list(_check_course(course))


def _check_course(course: Course) -> Iterator[Problem]:
    if not course.title.strip():
        yield Problem("title", "the course has no title")
    if not is_language_tag(course.language):
        yield Problem(
            "language",
            f"{course.language!r} is not a language tag; use one like en, zh-Hans, km or lo",
        )
    if not course.modules:
        yield Problem("modules", "the course has no modules yet", WARNING)
    media = course.media_by_path()
    yield from _check_media_list(course)
    if course.cover:
        cover = media.get(course.cover)
        if cover is None:
            yield Problem("cover", f"cover image {course.cover} is not in the bundle")
        elif cover.kind != "image":
            yield Problem("cover", f"cover {course.cover} is not an image")
    ids = Counter(_all_ids(course))
    for ident, count in ids.items():
        if count > 1:
            yield Problem("", f"id {ident!r} is used {count} times; every id must be unique")
    for mi, module in enumerate(course.modules):
        mplace, mwhere = f"modules[{mi}]", f"Module {mi + 1} “{module.title}”"
        if not module.title.strip():
            yield Problem(mplace, "the module has no title", where=f"Module {mi + 1}")
        if not module.items:
            yield Problem(mplace, "the module is empty", WARNING, mwhere)
        for ii, item in enumerate(module.items):
            place = f"{mplace}.items[{ii}]"
            where = f"{mwhere} › {item.label} {ii + 1} “{item.title}”"
            if not item.title.strip():
                yield Problem(place, f"the {item.label.lower()} has no title", where=where)
            if isinstance(item, Lesson):
                yield from _check_lesson(item, place, where, media)
            elif isinstance(item, Assessment):
                yield from _check_assessment(item, place, where)


def _all_ids(course: Course) -> Iterator[str]:
    for module in course.modules:
        yield module.id
        for item in module.items:
            yield item.id
            if isinstance(item, Lesson):
                for block in item.blocks:
                    yield block.id
                    if isinstance(block, ExerciseBlock):
                        yield from (q.id for q in block.questions)
            elif isinstance(item, Assessment):
                yield from (q.id for q in item.questions)


def _check_media_list(course: Course) -> Iterator[Problem]:
    seen: set[str] = set()
    for i, item in enumerate(course.media):
        place = f"media[{i}]"
        if item.path in seen:
            yield Problem(place, f"{item.path} is listed twice")
        seen.add(item.path)
        if not re.fullmatch(r"[0-9a-f]{64}", item.sha256):
            yield Problem(place, f"{item.path} has no valid SHA-256 checksum")
        if item.size < 0:
            yield Problem(place, f"{item.path} has a negative size")


def _check_lesson(lesson: Lesson, place: str, where: str, media: dict[str, MediaItem]) -> Iterator[Problem]:
    if not lesson.blocks:
        yield Problem(place, "the lesson is empty", WARNING, where)
    if lesson.minutes < 0:
        yield Problem(place, "estimated minutes cannot be negative", where=where)
    for bi, block in enumerate(lesson.blocks):
        bplace, bwhere = f"{place}.blocks[{bi}]", f"{where} › block {bi + 1}"
        if isinstance(block, TextBlock) and not block.markdown.strip():
            yield Problem(bplace, "the text block is empty", WARNING, bwhere)
        elif isinstance(block, MediaBlock):
            kind = block.label.lower()
            if not block.media:
                yield Problem(bplace, f"the {kind} block has no file chosen", where=bwhere)
            elif block.media not in media:
                yield Problem(bplace, f"{kind} {block.media} is missing", where=bwhere)
            elif block.media_kind != "any" and media[block.media].kind != block.media_kind:
                yield Problem(
                    bplace,
                    f"{block.media} is {media[block.media].kind}, not {block.media_kind}",
                    where=bwhere,
                )
            if isinstance(block, ImageBlock) and not block.alt.strip():
                yield Problem(
                    bplace,
                    "the image has no alt text for trainees who cannot see it",
                    WARNING,
                    bwhere,
                )
            if isinstance(block, ImageBlock) and (problem := framing_problem(block.rotate, block.crop)):
                # Exports show such a picture whole and upright rather than guess.
                yield Problem(bplace, f"{problem}; exports show the whole picture", WARNING, bwhere)
        elif isinstance(block, ExerciseBlock):
            if not block.questions:
                yield Problem(bplace, "the exercise has no questions", WARNING, bwhere)
            for qi, q in enumerate(block.questions):
                yield from _check_question(
                    q, f"{bplace}.questions[{qi}]", f"{bwhere} › question {qi + 1}", True
                )


def _check_assessment(item: Assessment, place: str, where: str) -> Iterator[Problem]:
    label = item.label.lower()
    if not item.questions:
        yield Problem(place, f"the {label} has no questions", where=where)
    graded = isinstance(item, Quiz)
    if isinstance(item, Quiz):
        if not 0 <= item.pass_mark <= 100:
            yield Problem(place, "the pass mark must be between 0 and 100 per cent", where=where)
        if item.attempts < 0:
            yield Problem(place, "attempts cannot be negative (0 means unlimited)", where=where)
        if item.questions and not any(q.gradable for q in item.questions):
            yield Problem(place, "the quiz has no question that can be marked", where=where)
    for qi, q in enumerate(item.questions):
        qplace, qwhere = f"{place}.questions[{qi}]", f"{where} › question {qi + 1}"
        if graded and not q.gradable:
            yield Problem(
                qplace, f"a {q.label.lower()} question in a quiz is not scored", WARNING, qwhere
            )
        yield from _check_question(q, qplace, qwhere, not isinstance(item, Survey))


def _check_question(q: Question, place: str, where: str, needs_answer: bool) -> Iterator[Problem]:
    def problem(message: str, severity: str = ERROR) -> Problem:
        return Problem(place, message, severity, where)

    if not q.prompt.strip() and not isinstance(q, FillBlankQuestion):
        yield problem("the question has no text")
    if q.points < 0:
        yield problem("points cannot be negative")
    if isinstance(q, (SingleChoiceQuestion, MultipleChoiceQuestion)):
        if len(q.choices) < 2:
            yield problem("a choice question needs at least two choices")
        if any(not c.text.strip() for c in q.choices):
            yield problem("a choice has no text")
        texts = [c.text.strip() for c in q.choices if c.text.strip()]
        if len(set(texts)) < len(texts):
            yield problem("two choices have the same text")
        correct = sum(c.correct for c in q.choices)
        if needs_answer and correct == 0:
            yield problem("no choice is marked correct")
        if needs_answer and isinstance(q, SingleChoiceQuestion) and correct > 1:
            yield problem(
                f"{correct} choices are marked correct; a single-choice question has one "
                "(use multiple choice instead)"
            )
    elif isinstance(q, FillBlankQuestion):
        blanks = q.blanks()
        if not blanks:
            yield problem("the sentence has no blank; mark one like [[answer]]")
        elif any(not b for b in blanks):
            yield problem("a blank has no answer inside [[ ]]")
    elif isinstance(q, MatchingQuestion):
        if len(q.pairs) < 2:
            yield problem(f"a matching question needs at least two pairs, it has {len(q.pairs)}")
        if any(not p.left.strip() or not p.right.strip() for p in q.pairs):
            yield problem("a pair is missing one of its sides")
        lefts = [p.left.strip() for p in q.pairs]
        if len(set(lefts)) < len(lefts):
            yield problem("two pairs have the same left side")
    elif isinstance(q, OrderingQuestion):
        if len(q.items) < 2:
            yield problem("an ordering question needs at least two items")
        if len(set(q.items)) < len(q.items):
            yield problem("two items to order are the same")
    elif isinstance(q, ShortAnswerQuestion):
        if needs_answer and not any(a.strip() for a in q.answers):
            yield problem("no accepted answer is given")
    elif isinstance(q, NumericQuestion):
        if q.tolerance < 0:
            yield problem("the tolerance cannot be negative")
    elif isinstance(q, RatingScaleQuestion):
        if q.scale_min >= q.scale_max:
            yield problem("the scale's lowest value must be below its highest")
        elif q.scale_max - q.scale_min > 10:
            yield problem("a scale of more than 11 steps is hard to answer on a phone", WARNING)
