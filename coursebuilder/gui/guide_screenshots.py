"""Make the user guide's pictures from the real editor, in one interface language.

    COURSEBUILDER_LANG=zh_CN xvfb-run -a -s "-screen 0 1440x900x24" \\
        python -m coursebuilder.gui.guide_screenshots docs/guide/images --prefix zh

Every picture in docs/guide is made by this script, so the guide shows the editor as it is; the
classroom and results pictures are those gui/classroom/screenshot.py makes for docs/images, copied in.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ..model import ImageBlock, Quiz, TextBlock
from ..resources import sample_courses_dir
from .app import make_app
from .screenshot import lesson_editor, settle, wait_for

#: The window size of the pictures: a common small laptop screen.
SIZE = (1280, 720)


def save(widget: QWidget, path: Path) -> None:
    """Save a picture of ``widget`` once its layout has settled."""
    settle()
    widget.grab().save(str(path))
    print(path, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Open the Chinese-English sample course and save one picture per guide section."""
    parser = argparse.ArgumentParser(description="Save the user guide's screenshots.")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--prefix", default="en", help="file name prefix, the guide's language")
    args = parser.parse_args(argv)
    make_app([sys.argv[0]])
    from .about import AboutDialog
    from .main_window import MainWindow

    out = args.outdir
    out.mkdir(parents=True, exist_ok=True)

    def name(part: str) -> Path:
        return out / f"{args.prefix}-{part}.png"

    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    wait_for(lambda: window.start.samples.count() > 0)
    save(window, name("start"))
    job = window.open_path(sample_courses_dir() / "selling-produce-online", sample=True)
    assert job is not None
    wait_for(lambda: job.ended)
    if window.document is None:
        print(f"cannot open the sample course: {job.error}", file=sys.stderr)
        return 3
    course = window.document.course
    for media in course.media:
        window.thumbnails.get(media, window.document.bundle.media)
    wait_for(lambda: not window.thumbnails.busy(), 120_000)
    lessons = list(course.lessons())
    lesson = next((item for item in lessons if any(isinstance(b, ImageBlock) for b in item.blocks)), lessons[0])
    window.outline.select(lesson)
    editor = lesson_editor(window)
    editor.blocks.setCurrentRow(next((i for i, b in enumerate(lesson.blocks) if isinstance(b, TextBlock)), 0))
    save(window, name("lesson"))
    quiz = next((i for m in course.modules for i in m.items if isinstance(i, Quiz)), None)
    if quiz is not None:
        window.outline.select(quiz)
        save(window, name("quiz"))
    for kind, part in (("pptx", "export-slides"), ("offline", "export-package")):
        dialog = window.exporting.open_dialog(kind)
        assert dialog is not None, "a course is open"
        save(dialog, name(part))
        dialog.reject()
    about = AboutDialog(window)
    about.show()
    save(about, name("about"))
    about.close()
    recovery_prompt(window, name("recover"))
    window.document.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return 0


def recovery_prompt(window, target: Path) -> None:
    """Save the prompt a lecturer sees after a crash (a recovery copy of the open course)."""
    from .main_window import MainWindow

    from ..model.operations import SetField

    document = window.document
    document.do(SetField(document.course, "title", document.course.title + " "))
    job = document.autosave_now()
    wait_for(lambda: job is None or job.ended)
    # As after a crash: the copy's window no longer claims it, and the next window finds it.
    document.recovery.release()
    after = MainWindow()
    after.resize(*SIZE)
    after.show()

    def grab_prompt() -> None:
        prompt = QApplication.activeModalWidget()
        if prompt is None:
            QTimer.singleShot(100, grab_prompt)
            return
        save(prompt, target)
        prompt.close()

    QTimer.singleShot(300, grab_prompt)
    after.offer_recovery()
    document.recovery.discard()
    if after.document is not None:
        after.document.undo_stack.setClean()
    after.close()


if __name__ == "__main__":
    sys.exit(main())
