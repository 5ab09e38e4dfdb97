"""Crashes and second instances in real separate processes."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from coursebuilder.gui import lock, recovery
from coursebuilder.model import course_to_data, course_from_data

ROOT = Path(__file__).resolve().parents[2]


def run_child(code: str, **kw) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env, cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stdin=subprocess.PIPE, **kw)


def test_editor_killed_mid_edit_offers_its_work_on_next_start(make_window, answers, tmp_path):
    child = run_child(
        """
        import json, os, sys
        from coursebuilder.gui.app import make_app
        app = make_app([sys.argv[0]])
        from coursebuilder.gui.main_window import MainWindow
        from coursebuilder.model import course_to_data
        from coursebuilder.model.operations import SetField
        w = MainWindow(); w.show(); w.new_course()
        doc = w.document
        doc.do(SetField(doc.course, "title", "种菜 Growing vegetables, not saved"))
        doc.do(SetField(doc.course.modules[0].items[0], "notes", "Bring seeds."))
        job = doc.autosave_now()
        while not job.ended:
            app.processEvents()
        print(json.dumps(course_to_data(doc.course)), flush=True)
        os._exit(9)  # the power cut: no clean-up runs
        """
    )
    out, _ = child.communicate(timeout=60)
    assert child.returncode == 9
    import json

    expected = json.loads(out.strip().splitlines()[-1])
    found = recovery.find_recoveries()
    assert len(found) == 1 and "Growing vegetables" in found[0].describe()
    window = make_window()
    answers.questions.append(QMessageBox.StandardButton.Yes)
    assert window.offer_recovery()
    assert course_to_data(window.document.course) == course_to_data(course_from_data(expected))
    assert window.document.is_modified()


def test_a_bundle_open_in_another_process_is_noticed(tmp_path):
    bundle = tmp_path / "shared.coursebundle"
    bundle.write_bytes(b"")
    child = run_child(
        f"""
        import sys
        from coursebuilder.gui.lock import BundleLock
        BundleLock({str(bundle)!r}).acquire()
        print("ready", flush=True)
        sys.stdin.readline()
        """
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        owner = lock.current_owner(bundle)
        assert owner is not None and owner.pid == child.pid
    finally:
        child.kill()
        child.wait(timeout=30)
    # Its process is gone: the lock is stale and nobody holds the bundle.
    assert lock.current_owner(bundle) is None


def test_an_edit_three_seconds_before_a_kill_comes_back_and_saves_to_its_file(make_window, answers, tmp_path, qtbot):
    from coursebuilder.bundle import open_bundle, save_bundle

    from ..factories import make_bundle

    original = tmp_path / "market.coursebundle"
    save_bundle(make_bundle(), original)
    child = run_child(
        f"""
        import sys
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from coursebuilder.gui.app import make_app
        app = make_app([sys.argv[0]])
        from coursebuilder.gui.main_window import MainWindow
        from pathlib import Path
        w = MainWindow(); w.show()
        job = w.open_path(Path({str(original)!r}))
        while not job.ended:
            app.processEvents()
        lesson = next(w.document.course.lessons())
        w.outline.select(lesson)
        QTest.keyClick(w.editor.title, Qt.Key.Key_End)
        QTest.keyClicks(w.editor.title, " (typed just before the power cut)")
        app.processEvents()
        print("edited", repr(lesson.title), flush=True)
        app.exec()  # editing goes on, as normal, until the kill
        """
    )
    line = child.stdout.readline()
    assert line.startswith("edited"), line
    typed = ast.literal_eval(line.split(" ", 1)[1])
    assert typed.endswith("(typed just before the power cut)")
    time.sleep(3)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    window = make_window()
    answers.questions.append(QMessageBox.StandardButton.Yes)
    assert window.offer_recovery()
    restored = window.document
    assert next(restored.course.lessons()).title == typed
    assert restored.is_modified() and restored.path == original
    # Ctrl+S after recovery writes the original file, without asking where.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keySequence(window, QKeySequence.StandardKey.Save)
    assert answers.asked == ["question: Restore unsaved work?"], answers.asked
    qtbot.waitUntil(lambda: not restored.is_modified(), timeout=30_000)
    assert next(open_bundle(original).course.lessons()).title == typed
