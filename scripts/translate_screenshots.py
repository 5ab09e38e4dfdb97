"""Pictures of translating in the editor, at small and full laptop sizes, in one interface language.

    COURSEBUILDER_LANG=km xvfb-run -a -s "-screen 0 1440x900x24" \\
        .venv/bin/python scripts/translate_screenshots.py OUT --prefix km

Opens the sample course voice-skills-online (English, Chinese and Khmer), makes one Khmer
translation stale by editing its English source, and shows a lesson with the translation
panel beside it at 1024x600, 1280x720 and 1440x900.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coursebuilder.gui.app import make_app
from coursebuilder.gui.screenshot import settle, wait_for
from coursebuilder.model.operations import SetField
from coursebuilder.resources import sample_courses_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--prefix", default="en")
    parser.add_argument("--language", default="km", help="the language translated into")
    args = parser.parse_args()
    make_app([sys.argv[0]])
    from coursebuilder.gui.main_window import MainWindow

    args.outdir.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.show()
    job = window.open_path(sample_courses_dir() / "voice-skills-online", sample=True)
    assert job is not None
    wait_for(lambda: job.ended)
    course = window.document.course
    lesson = course.modules[0].items[1]
    window.document.do(SetField(lesson, "title", lesson.title + " (2)"), "Change lesson title")
    window.translate.choose(args.language)
    window.outline.select(lesson)
    for size in ((1024, 600), (1280, 720), (1440, 900)):
        window.resize(*size)
        settle()
        settle()
        path = args.outdir / f"{args.prefix}-translating-{size[0]}x{size[1]}.png"
        window.grab().save(str(path))
        print(path, flush=True)
    window.document.undo_stack.setClean()
    window.set_document(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
