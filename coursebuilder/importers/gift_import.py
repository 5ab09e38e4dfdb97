"""Put the questions of a GIFT file into a course: a new quiz, an existing one, or an exercise."""

from __future__ import annotations

from pathlib import Path

from ..bundle import CourseBundle
from ..model import Assessment, ExerciseBlock, Lesson, Quiz
from ..model.messages import say
from .gift_parse import GiftBank, parse_gift
from .naming import title_from_name
from .report import ImportFailure, ImportReport
from .staging import staged, target_module
from .targets import find_item, find_module


def read_gift_file(path: Path, name: str = "") -> GiftBank:
    """Parse a GIFT file from disk, or raise ImportFailure naming the file (as ``name`` if given)."""
    path = Path(path)
    name = name or path.name
    try:
        if path.is_symlink() or not path.is_file():
            raise ImportFailure(say("refuse.not_regular"), name)
        if path.stat().st_size > 20 * 1024 * 1024:
            raise ImportFailure(say("refuse.gift_over_20"), name)
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(say("refuse.cannot_read", reason=exc.strerror), name) from None
    return parse_gift(raw, name)


def quiz_from_bank(bank: GiftBank, title: str) -> Quiz:
    """Return a quiz holding the bank's questions, its descriptions as the quiz description."""
    return Quiz(title=title, description="\n\n".join(bank.descriptions), questions=list(bank.questions))


def import_gift(
    bundle: CourseBundle,
    path: Path,
    *,
    quiz: str = "",
    lesson: str = "",
    module: str = "",
    title: str = "",
) -> ImportReport:
    """Add a GIFT file's questions to the course, all of them or none.

    By default a new quiz goes at the end of ``module`` (or of the last module);
    ``quiz`` adds the questions to an existing quiz or survey, ``lesson`` adds an
    exercise block to an existing lesson.
    """
    path = Path(path)
    bank = read_gift_file(path)
    report = ImportReport(questions=len(bank.questions))
    report.extend(bank.notices)
    if not bank.questions:
        raise ImportFailure(say("refuse.no_questions"), path.name)
    name = title or title_from_name(path.name)
    with staged(bundle, report) as work:
        course = work.course
        if not course.title:
            work.edit.set(course, "title", name)
        if quiz:
            target = find_item(course, quiz, Assessment, "quiz or survey")
            for question in bank.questions:
                work.edit.append(target, "questions", question)
            if bank.descriptions:
                work.edit.set(target, "description",
                              "\n\n".join(filter(None, [target.description, *bank.descriptions])))
        elif lesson:
            target = find_item(course, lesson, Lesson, "lesson")
            work.edit.append(target, "blocks", ExerciseBlock(
                title=name, instructions="\n\n".join(bank.descriptions), questions=bank.questions))
        else:
            where = find_module(course, module) if module else target_module(work, name)
            work.edit.append(where, "items", quiz_from_bank(bank, name))
            report.quizzes = 1
    return report
