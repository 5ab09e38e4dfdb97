"""Small helpers for driving the editor like a lecturer."""

from __future__ import annotations

import io
import re

from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest

from coursebuilder.gui.editors.questions import new_question
from coursebuilder.model import (
    QUESTION_TYPES,
    AudioBlock,
    Choice,
    Course,
    ExerciseBlock,
    FileBlock,
    ImageBlock,
    Lesson,
    Module,
    Quiz,
    Survey,
    TextBlock,
    VideoBlock,
)

JOB_TIMEOUT_MS = 30_000


def close_without_prompts(window) -> None:
    """Drop the window's unsaved changes, then close it: a test's course is never worth a prompt."""
    if window.document is not None:
        window.document.undo_stack.setClean()
        window.set_document(None)
    window.close()


def wait_job(qtbot, job) -> None:
    """Wait until a job has ended and its result handlers have run."""
    assert job is not None
    qtbot.waitUntil(lambda: job.ended, timeout=JOB_TIMEOUT_MS)


def type_into(widget, text: str) -> None:
    """Replace a field's text by typing, as a lecturer would."""
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    # Chinese arrives through the input method, not as key presses (QTest only knows ASCII keys).
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            QTest.keyClicks(widget, chunk.replace("\n", "\r"))
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def photo_file(path, size=(800, 600), colour=(180, 120, 60)):
    """Write a small photo-like JPEG and return its path."""
    im = Image.new("RGB", size, colour)
    ImageDraw.Draw(im).ellipse([100, 100, 500, 400], fill=(40, 160, 60))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    path.write_bytes(buf.getvalue())
    return path


def drop_files(widget, files, pos=None) -> None:
    """Deliver a file-manager drop of ``files`` onto ``widget`` through its real drop handler."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    point = QPointF(pos) if pos is not None else QPointF(widget.rect().center())
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    assert event.isAccepted(), "the widget refused the dropped files"


SURVEY_KINDS = ("single_choice", "multiple_choice", "rating_scale", "open_text", "short_answer", "numeric")


def every_kind_course() -> Course:
    """Return a course with every block kind, every question kind in a quiz and the survey kinds in a survey."""
    long = "A longer text that a lecturer wrote to explain the picture to trainees at the market " * 2
    quiz = Quiz(title="Quiz: prices", questions=[new_question(k, "en") for k in QUESTION_TYPES])
    for q in quiz.questions:
        for c in getattr(q, "choices", []):
            c.feedback = "Feedback that explains why this is right or wrong, for the trainee"
    quiz.questions[0].choices.append(Choice(text="A third, much longer choice that a lecturer typed in full"))
    survey = Survey(title="Survey: the day", questions=[new_question(k, "en") for k in SURVEY_KINDS])
    lesson = Lesson(title="Lesson with every block", blocks=[
        TextBlock(markdown="# Heading\n\n" + long),
        ImageBlock(alt="A market stall", caption=long),
        AudioBlock(title="Greeting", transcript=long),
        VideoBlock(title="Clip", transcript=long),
        FileBlock(title="Handout"),
        ExerciseBlock(title="Practice", questions=[new_question("single_choice", "en"), new_question("numeric", "en")]),
    ])
    return Course(title="Selling produce online", modules=[Module(title="Day 1", items=[lesson, quiz, survey])])


def each_view(window, course: Course):
    """Select each editor kind in turn; yield its name once shown."""
    module = course.modules[0]
    lesson, quiz, survey = module.items
    window.outline.select(course)
    yield "course"
    window.outline.select(module)
    yield "module"
    window.outline.select(lesson)
    for row, block in enumerate(lesson.blocks):
        window.editor.blocks.setCurrentRow(row)
        yield f"block-{block.type}"
    for item, kinds in ((quiz, list(QUESTION_TYPES)), (survey, list(SURVEY_KINDS))):
        window.outline.select(item)
        for row, kind in enumerate(kinds):
            window.editor.questions.list.setCurrentRow(row)
            yield f"{item.type}-{kind}"
