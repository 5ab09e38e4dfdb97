"""Take screenshots of the classroom window and the results view for the documentation.

    COURSEBUILDER_LANG=zh_CN xvfb-run -a -s "-screen 0 1440x900x24" \\
        python -m coursebuilder.gui.classroom.screenshot BUNDLE OUTDIR --suffix zh

writes classroom-SUFFIX.png, join-slide-SUFFIX.png and results-SUFFIX.png into OUTDIR. The results view
shows 200 simulated phones (each sent the quiz and the questionnaire), stored in a temporary data folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import urllib.request
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Serve the bundle on this machine's address, take the pictures, stop."""
    parser = argparse.ArgumentParser(description="Save screenshots of the classroom window and results view.")
    parser.add_argument("bundle", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--suffix", default="en")
    parser.add_argument("--address", default="192.168.1.20",
                        help="address shown in the pictures (served on 127.0.0.1; default a typical Wi-Fi one)")
    args = parser.parse_args(argv)
    os.environ["COURSEBUILDER_HOME"] = tempfile.mkdtemp(prefix="cb-shots-")
    from ...bundle import open_bundle
    from ...classroom import ResultsStore
    from ...classroom.simulate import fill_store
    from ..app import make_app
    from ..screenshot import settle, wait_for

    course = open_bundle(args.bundle).course
    store = ResultsStore.for_course(course.id)
    fill_store(store, course, 200, "County training centre", "Group A")
    store.close()
    app = make_app([sys.argv[0]])
    from ..main_window import MainWindow

    args.outdir.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(1200, 800)
    window.show()
    job = window.open_path(args.bundle, sample=True)
    assert job is not None, "opening a bundle starts a job"
    wait_for(lambda: job.ended)
    window.classroom.open_classroom()
    cw = window.classroom.classroom_window
    cw.resize(1300, 800)
    cw.address.setCurrentIndex(cw.address.findData("127.0.0.1"))
    cw.port.setValue(8080)
    cw.venue.setText("County training centre")
    cw.label.setText("Group B")
    cw.start()
    wait_for(lambda: cw.controller.running, 180_000)
    if not cw.controller.running:
        print("the classroom did not start", file=sys.stderr)
        return 1
    # A phone fetches the home page, so the live count shows one.
    with urllib.request.urlopen(cw.controller.server.url) as r:
        r.read()
    cw.refresh_counts()
    # Show the address a room would use rather than loopback; the server itself listens on 127.0.0.1.
    shown = f"http://{args.address}:{cw.controller.server.port}/"
    cw.address.setItemText(cw.address.currentIndex(), f"{args.address} (Wi-Fi)")
    cw.url_label.setText(shown.removeprefix("http://").rstrip("/"))
    cw.slide.set_slide(shown, course.language, course.title)
    settle(600)
    cw.grab().save(str(args.outdir / f"classroom-{args.suffix}.png"))
    from .join_slide import slide_image

    slide_image(shown, course.language, course.title).scaled(1280, 720).save(
        str(args.outdir / f"join-slide-{args.suffix}.png"))
    cw.show_results()
    rw = cw.results_window
    rw.resize(1000, 900)
    rw.reload()
    settle(300)
    survey = next(i.id for m in course.modules for i in m.items if i.type == "survey")
    rw.scroll_to(survey)
    settle(300)
    rw.grab().save(str(args.outdir / f"results-{args.suffix}.png"))
    rw.report_image().save(str(args.outdir / f"results-report-{args.suffix}.png"))
    cw.close()
    if window.document is not None:
        window.document.undo_stack.setClean()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
