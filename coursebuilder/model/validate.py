"""Check a course for mistakes a lecturer would want to hear about before class."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from .blocks import ROTATIONS, ExerciseBlock, ImageBlock, MediaBlock, TextBlock, framing_problem
from .course import Assessment, Course, Lesson, MediaItem, Quiz, Survey
from .languages import is_language_tag, refs_by_key, translation_state
from .messages import render
from .kinds import KindRegistry
from .questions import (
    QUESTION_TYPES,
    ChoiceQuestion,
    FillBlankQuestion,
    MatchingQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    RatingScaleQuestion,
    ShortAnswerQuestion,
    gives_part_marks,
)

ERROR = "error"
WARNING = "warning"
#: Worth knowing, nothing wrong: what is left to translate.
INFO = "info"

__all__ = ["ERROR", "INFO", "WARNING", "Problem", "is_language_tag", "problem", "validate_course"]

@dataclass(frozen=True)
class Problem:
    """One thing wrong with a course, with its place in the manifest.

    ``code`` and ``params`` say what is wrong in a way every language can word (see
    ``model/messages.py``); ``message`` is the English sentence, for the command line.
    """

    place: str
    message: str
    severity: str = ERROR
    #: The place in words, such as ``Module 1 › Lesson 2 “Filming”``.
    where: str = ""
    code: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        where = f" ({self.where})" if self.where else ""
        return f"{self.place or 'course'}{where}: {self.message}"

    def text(self, language: str) -> str:
        """Return the problem in ``language`` (an interface language such as ``zh_CN``)."""
        return render(self.code, dict(self.params), language) if self.code else self.message


def problem(place: str, code: str, severity: str = ERROR, where: str = "", **params: Any) -> Problem:
    """Return the problem ``code`` at ``place``, its English message made from the catalogue."""
    return Problem(place, render(code, params), severity, where, code, tuple(params.items()))


def validate_course(course: Course) -> list[Problem]:
    """Return every problem found in the course, errors and warnings alike."""
    return list(_check_course(course))


def _check_course(course: Course) -> Iterator[Problem]:
    if not course.title.strip():
        yield problem("title", "course.no_title")
    if not is_language_tag(course.language):
        yield problem("language", "course.bad_language", tag=course.language)
    if not course.modules:
        yield problem("modules", "course.no_modules", WARNING)
    media = course.media_by_path()
    yield from _check_media_list(course)
    if course.cover:
        cover = media.get(course.cover)
        if cover is None:
            yield problem("cover", "cover.missing", path=course.cover)
        elif cover.kind != "image":
            yield problem("cover", "cover.not_image", path=course.cover)
    places: dict[str, list[str]] = {}
    for place, ident in _all_ids(course):
        places.setdefault(ident, []).append(place)
    for ident, used in places.items():
        if len(used) > 1:
            # Name both places: the lecturer has to find the copy to give it a new id.
            yield problem(used[1], "id.duplicate", id=ident, first=used[0], second=used[1], count=len(used))
    for mi, module in enumerate(course.modules):
        mplace, mwhere = f"modules[{mi}]", f"Module {mi + 1} “{module.title}”"
        if not module.title.strip():
            yield problem(mplace, "module.no_title", where=f"Module {mi + 1}")
        if not module.items:
            yield problem(mplace, "module.empty", WARNING, mwhere)
        for ii, item in enumerate(module.items):
            place = f"{mplace}.items[{ii}]"
            where = f"{mwhere} › {item.label} {ii + 1} “{item.title}”"
            if not item.title.strip():
                yield problem(place, "item.no_title", where=where, kind=item.type)
            if isinstance(item, Lesson):
                yield from _check_lesson(item, place, where, media)
            elif isinstance(item, Assessment):
                yield from _check_assessment(item, place, where)
    yield from _check_languages(course)


def _check_languages(course: Course) -> Iterator[Problem]:
    """Say what is wrong with the declared languages and translations, and what is left to translate."""
    if course.languages and course.languages[0] != course.language:
        yield problem("languages", "language.default_not_first", tag=course.language)
    seen: set[str] = set()
    for i, tag in enumerate(course.languages):
        if not is_language_tag(tag):
            yield problem(f"languages[{i}]", "language.bad_tag", tag=tag)
        elif tag in seen:
            yield problem(f"languages[{i}]", "language.listed_twice", tag=tag)
        seen.add(tag)
    if not course.translations and len(course.languages) < 2:
        return
    declared = set(course.languages) - {course.language}
    refs = refs_by_key(course)
    media = course.media_by_path()
    for lang, table in course.translations.items():
        if lang not in declared:
            yield problem(f"translations.{lang}", "translation.undeclared", WARNING, language=lang)
            continue
        unknown = [key for key in table if key not in refs]
        if unknown:
            # Deleting a lesson leaves its translations behind for undo; that is news, not a fault.
            yield problem(f"translations.{lang}.{unknown[0]}", "translation.unknown_key", INFO,
                          language=lang, count=len(unknown), key=unknown[0])
        for key, found in table.items():
            media_ref = refs.get(key)
            if media_ref is None or media_ref.kind != "media" or not found.text:
                continue
            item = media.get(found.text)
            if item is None:
                yield problem(media_ref.place, "translation.media_missing", language=lang, path=found.text)
            elif (wanted := getattr(media_ref.owner, "media_kind", "image")) != "any" and item.kind != wanted:
                yield problem(media_ref.place, "translation.media_wrong_kind", language=lang, path=found.text,
                              found=item.kind, wanted=wanted)
    for lang in sorted(declared, key=course.languages.index):
        states = [(ref, translation_state(course, lang, ref)) for ref in refs.values()]
        for state, code in (("missing", "translation.missing"), ("stale", "translation.stale")):
            hits = [ref for ref, s in states if s == state]
            if hits:
                yield problem(hits[0].place, code, INFO, language=lang, count=len(hits))


def _all_ids(course: Course) -> Iterator[tuple[str, str]]:
    """Yield (place, id) of everything that has an id."""
    for mi, module in enumerate(course.modules):
        yield f"modules[{mi}]", module.id
        for ii, item in enumerate(module.items):
            ip = f"modules[{mi}].items[{ii}]"
            yield ip, item.id
            if isinstance(item, Lesson):
                for bi, block in enumerate(item.blocks):
                    yield f"{ip}.blocks[{bi}]", block.id
                    if isinstance(block, ExerciseBlock):
                        yield from ((f"{ip}.blocks[{bi}].questions[{qi}]", q.id) for qi, q in enumerate(block.questions))
            elif isinstance(item, Assessment):
                yield from ((f"{ip}.questions[{qi}]", q.id) for qi, q in enumerate(item.questions))


def _check_media_list(course: Course) -> Iterator[Problem]:
    seen: set[str] = set()
    for i, item in enumerate(course.media):
        place = f"media[{i}]"
        if item.path in seen:
            yield problem(place, "media.listed_twice", path=item.path)
        seen.add(item.path)
        if not re.fullmatch(r"[0-9a-f]{64}", item.sha256):
            yield problem(place, "media.bad_checksum", path=item.path)
        if item.size < 0:
            yield problem(place, "media.negative_size", path=item.path)


def _check_lesson(lesson: Lesson, place: str, where: str, media: dict[str, MediaItem]) -> Iterator[Problem]:
    if not lesson.blocks:
        yield problem(place, "lesson.empty", WARNING, where)
    if lesson.minutes < 0:
        yield problem(place, "lesson.negative_minutes", where=where)
    for bi, block in enumerate(lesson.blocks):
        bplace, bwhere = f"{place}.blocks[{bi}]", f"{where} › block {bi + 1}"
        if isinstance(block, TextBlock) and not block.markdown.strip():
            yield problem(bplace, "block.text_empty", WARNING, bwhere)
        elif isinstance(block, MediaBlock):
            if not block.media:
                yield problem(bplace, "block.no_file", where=bwhere, kind=block.type)
            elif block.media not in media:
                yield problem(bplace, "block.file_missing", where=bwhere, kind=block.type, path=block.media)
            elif block.media_kind != "any" and media[block.media].kind != block.media_kind:
                yield problem(bplace, "block.wrong_kind", where=bwhere, path=block.media,
                              found=media[block.media].kind, wanted=block.media_kind)
            if isinstance(block, ImageBlock) and not block.alt.strip():
                yield problem(bplace, "image.no_alt", WARNING, bwhere)
            if isinstance(block, ImageBlock) and framing_problem(block.rotate, block.crop):
                # Exports show such a picture whole and upright rather than guess.
                if block.rotate not in ROTATIONS:
                    yield problem(bplace, "image.bad_turn", WARNING, bwhere, degrees=block.rotate)
                else:
                    yield problem(bplace, "image.bad_crop", WARNING, bwhere)
        elif isinstance(block, ExerciseBlock):
            if not block.questions:
                yield problem(bplace, "exercise.no_questions", WARNING, bwhere)
            for qi, q in enumerate(block.questions):
                yield from _check_question(
                    q, f"{bplace}.questions[{qi}]", f"{bwhere} › question {qi + 1}", True
                )


def _check_assessment(item: Assessment, place: str, where: str) -> Iterator[Problem]:
    if not item.questions:
        yield problem(place, "assessment.no_questions", where=where, kind=item.type)
    graded = isinstance(item, Quiz)
    if isinstance(item, Quiz):
        if not 0 <= item.pass_mark <= 100:
            yield problem(place, "quiz.bad_pass_mark", where=where)
        if item.attempts < 0:
            yield problem(place, "quiz.negative_attempts", where=where)
        if item.questions and not any(q.gradable for q in item.questions):
            yield problem(place, "quiz.nothing_to_mark", where=where)
    for qi, q in enumerate(item.questions):
        qplace, qwhere = f"{place}.questions[{qi}]", f"{where} › question {qi + 1}"
        if graded and not q.gradable:
            yield problem(qplace, "quiz.unscored_question", WARNING, qwhere, kind=q.type)
        yield from _check_question(q, qplace, qwhere, not isinstance(item, Survey))


#: A kind's own rules: (question, needs an answer, problem maker) -> the problems. The rules every
#: kind shares (its question asked, no negative points) are ``_check_question``'s.
QUESTION_RULES: KindRegistry[Callable[[Any, bool, Callable[..., Problem]], Iterator[Problem]]] = KindRegistry("validation")


def _check_question(q: Question, place: str, where: str, needs_answer: bool) -> Iterator[Problem]:
    def here(code: str, severity: str = ERROR, **params: Any) -> Problem:
        return problem(place, code, severity, where, **params)

    # A fill-in's sentence asks its question; an empty sentence is reported by its own rule.
    if q.asked_by == "prompt" and not q.prompt.strip():
        yield here("question.no_text")
    if q.points < 0:
        yield here("question.negative_points")
    if q.type in QUESTION_TYPES:
        yield from QUESTION_RULES[q](q, needs_answer, here)


def _credit_problems(q: ChoiceQuestion) -> Iterator[tuple[str, dict[str, Any]]]:
    """Say where part marks of choices contradict which choices are marked correct."""
    if not gives_part_marks(q):
        return
    for c in q.choices:
        if not -100 <= c.credit <= 100:
            yield "choice.credit_range", {"choice": c.text, "credit": f"{c.credit:g}"}
        elif (c.correct != (c.credit > 0)) if q.several_right else (c.correct != (c.credit == 100)):
            yield "choice.credit_mismatch", {"choice": c.text, "credit": f"{c.credit:g}"}
    if q.several_right:
        total = sum(c.credit for c in q.choices if c.credit > 0)
        if abs(total - 100) > 0.5:
            yield "choice.credit_total", {"total": f"{total:g}"}


@QUESTION_RULES.register("single_choice", "multiple_choice")
def _choice_rules(q: ChoiceQuestion, needs_answer: bool, here: Callable[..., Problem]) -> Iterator[Problem]:
    if len(q.choices) < 2:
        yield here("choice.too_few")
    if any(not c.text.strip() for c in q.choices):
        yield here("choice.empty")
    texts = [c.text.strip() for c in q.choices if c.text.strip()]
    if len(set(texts)) < len(texts):
        yield here("choice.duplicate")
    correct = sum(c.correct for c in q.choices)
    for code, params in _credit_problems(q):
        yield here(code, **params)
    if needs_answer and correct == 0:
        yield here("choice.none_correct")
    # With part marks a lecturer has said outright that each of several choices earns full marks.
    if needs_answer and not q.several_right and correct > 1 and not gives_part_marks(q):
        yield here("choice.several_correct", count=correct)


@QUESTION_RULES.register("fill_blank")
def _fill_blank_rules(q: FillBlankQuestion, needs_answer: bool, here: Callable[..., Problem]) -> Iterator[Problem]:
    blanks = q.blanks()
    if not blanks:
        yield here("fill.no_blank")
    elif any(not b for b in blanks):
        yield here("fill.empty_blank")


@QUESTION_RULES.register("matching")
def _matching_rules(q: MatchingQuestion, needs_answer: bool, here: Callable[..., Problem]) -> Iterator[Problem]:
    if len(q.pairs) < 2:
        yield here("matching.too_few", count=len(q.pairs))
    if any(not p.left.strip() or not p.right.strip() for p in q.pairs):
        yield here("matching.half_pair")
    lefts = [p.left.strip() for p in q.pairs]
    if len(set(lefts)) < len(lefts):
        yield here("matching.duplicate_left")


@QUESTION_RULES.register("ordering")
def _ordering_rules(q: OrderingQuestion, needs_answer: bool, here: Callable[..., Problem]) -> Iterator[Problem]:
    if len(q.items) < 2:
        yield here("ordering.too_few")
    if len(set(q.items)) < len(q.items):
        yield here("ordering.duplicate")


@QUESTION_RULES.register("short_answer")
def _short_answer_rules(q: ShortAnswerQuestion, needs_answer: bool, here: Callable[..., Problem]) -> Iterator[Problem]:
    if needs_answer and not any(a.strip() for a in q.answers):
        yield here("short.no_answer")
    for answer, value in q.credit.items():
        if answer not in q.answers:
            yield here("short.credit_unknown", answer=answer)
        elif not 0 < value < 100:
            yield here("short.credit_range", answer=answer, credit=f"{value:g}")


@QUESTION_RULES.register("numeric")
def _numeric_rules(q: NumericQuestion, needs_answer: bool, here: Callable[..., Problem]) -> Iterator[Problem]:
    if q.tolerance < 0:
        yield here("numeric.negative_tolerance")


@QUESTION_RULES.register("rating_scale")
def _rating_rules(q: RatingScaleQuestion, needs_answer: bool, here: Callable[..., Problem]) -> Iterator[Problem]:
    if q.scale_min >= q.scale_max:
        yield here("rating.bad_range")
    elif q.scale_max - q.scale_min > 10:
        yield here("rating.too_many_steps", WARNING)


@QUESTION_RULES.register("true_false", "open_text")
def _no_rules(q: Question, needs_answer: bool, here: Callable[..., Problem]) -> Iterator[Problem]:
    # Any statement has an answer and any words are an answer: only the shared rules apply.
    return iter(())
