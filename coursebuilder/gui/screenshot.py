"""Take screenshots of the real editor for the documentation.

    xvfb-run -a -s "-screen 0 1440x900x24" python -m coursebuilder.gui.screenshot BUNDLE OUTDIR

writes editor-start.png, editor-lesson.png, editor-exercise.png, editor-quiz.png,
editor-course.png and editor-preview.png into OUTDIR.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from ..model import ExerciseBlock, ImageBlock, Quiz, TextBlock
from .app import make_app

if TYPE_CHECKING:
    from .editors.lesson_editor import LessonEditor
    from .main_window import MainWindow


def settle(ms: int = 300) -> None:
    """Let the event loop run for a moment so layouts and thumbnails settle."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition, timeout_ms: int = 60_000) -> None:
    """Run the event loop until ``condition()`` holds or time runs out."""
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(50)
        waited += 50


def main(argv: list[str] | None = None) -> int:
    """Open a bundle and save screenshots of the main views."""
    parser = argparse.ArgumentParser(description="Save screenshots of the editor with a course open.")
    parser.add_argument("bundle", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--export-dialog", action="store_true", help="only save editor-export-dialog.png")
    args = parser.parse_args(argv)
    _app = make_app([sys.argv[0]])  # held so the application lives until main returns
    from .main_window import MainWindow

    args.outdir.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(1440, 860)
    window.show()
    settle()
    window.grab().save(str(args.outdir / "editor-start.png"))
    job = window.open_path(args.bundle, sample=True)
    assert job is not None, "opening a bundle starts a job"
    wait_for(lambda: job.ended)
    if window.document is None:
        print(f"cannot open {args.bundle}: {job.error}", file=sys.stderr)
        return 3
    course = window.document.course
    if args.export_dialog:
        export_dialog_shot(window, args.outdir / "editor-export-dialog.png")
        window.document.undo_stack.setClean()
        window.close()
        return 0
    lessons = list(course.lessons())
    # The lesson with a picture and text shows most of what the editor does.
    lesson = next((le for le in lessons if any(isinstance(b, ImageBlock) for b in le.blocks)), lessons[0] if lessons else None)
    for media in course.media:
        window.thumbnails.get(media, window.document.bundle.media)
    wait_for(lambda: not window.thumbnails.busy(), 120_000)
    window.media_library.refresh()

    def shot(name: str) -> None:
        settle()
        window.grab().save(str(args.outdir / name))

    window.outline.select(course)
    shot("editor-course.png")
    if lesson is not None:
        window.outline.select(lesson)
        editor = lesson_editor(window)
        text_row = next((i for i, b in enumerate(lesson.blocks) if isinstance(b, TextBlock)), 0)
        editor.blocks.setCurrentRow(text_row)
        shot("editor-lesson.png")
        image_row = next((i for i, b in enumerate(lesson.blocks) if isinstance(b, ImageBlock)), None)
        if image_row is not None:
            editor.blocks.setCurrentRow(image_row)
            shot("editor-image.png")
    exercise_lesson = next((le for le in lessons if any(isinstance(b, ExerciseBlock) for b in le.blocks)), None)
    if exercise_lesson is not None:
        window.outline.select(exercise_lesson)
        editor = lesson_editor(window)
        editor.blocks.setCurrentRow(next(i for i, b in enumerate(exercise_lesson.blocks) if isinstance(b, ExerciseBlock)))
        shot("editor-exercise.png")
    quiz = next((i for m in course.modules for i in m.items if isinstance(i, Quiz)), None)
    if quiz is not None:
        window.outline.select(quiz)
        shot("editor-quiz.png")
    if lesson is not None:
        from .preview_dialog import PreviewDialog

        dialog = PreviewDialog(window.document, window.thumbnails, lesson, window)
        dialog.show()
        settle()
        dialog.grab().save(str(args.outdir / "editor-preview.png"))
        dialog.close()
    window.document.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return 0


def lesson_editor(window: MainWindow) -> LessonEditor:
    """Return the lesson editor the window shows."""
    from .editors.lesson_editor import LessonEditor

    editor = window.editor
    assert isinstance(editor, LessonEditor), "a lesson is selected"
    return editor


def export_dialog_shot(window, target: Path) -> None:
    """Save the slide-deck export dialog as a lecturer fills it in: two lessons for one session."""
    from PySide6.QtCore import QDate, Qt

    dialog = window.exporting.open_dialog("pptx")
    dialog.scope_lessons.setChecked(True)
    rows = [dialog.lessons.item(i) for i in range(dialog.lessons.count())]
    for row in [r for r in rows if r.data(Qt.ItemDataRole.UserRole)][:2]:
        row.setCheckState(Qt.CheckState.Checked)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    dialog.venue.setText("Township training centre, Room 2")
    dialog.lecturer.setText("Li Min")
    dialog.date.setDate(QDate(2026, 3, 15))
    dialog.output.setText("E:\\Session 3.pptx")  # a USB stick on the venue's Windows laptop
    settle()
    dialog.grab().save(str(target))
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
