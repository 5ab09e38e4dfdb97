"""Crashes and second instances in real separate processes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

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
