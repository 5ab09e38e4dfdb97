"""Double-clicked bundles: handed to the running editor, and Finder's open events on macOS."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from coursebuilder.gui.app import Launcher
from coursebuilder.gui.single_instance import InstanceServer, hand_over

from .helpers import close_without_prompts

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_courses" / "knitting-home-business"


@pytest.fixture
def launcher(qapp, answers):
    """Return a launcher of its own whose windows are closed without prompts afterwards."""
    made = Launcher(qapp, filter_events=True)
    yield made
    qapp.removeEventFilter(made)
    for window in list(made.windows):
        close_without_prompts(window)
    made.deleteLater()


@pytest.fixture
def course(tmp_path) -> Path:
    """Return a copy of a sample course, unpacked, that the test may open and lock."""
    target = tmp_path / "knitting.coursebundle"
    shutil.copytree(SAMPLE, target)
    return target


def opened_paths(launcher: Launcher) -> list[Path]:
    return [Path(w.document.path).resolve() for w in launcher.windows if w.document is not None and w.document.path]


def test_a_second_start_hands_its_bundle_to_the_running_editor(qtbot, launcher, course, _app_home):
    name = f"cb-test-{uuid.uuid4().hex[:12]}"
    server = InstanceServer(name=name)
    assert server.listen()
    server.sig_open_requested.connect(launcher.request)
    launcher.start(None)
    assert opened_paths(launcher) == []

    env = dict(os.environ, COURSEBUILDER_INSTANCE=name, QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen([sys.executable, "-m", "coursebuilder", str(course)], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        qtbot.waitUntil(lambda: opened_paths(launcher) == [course.resolve()], timeout=30_000)
    finally:
        if second.poll() is None:
            second.kill()
        server.close()
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert "already running" in out
    # It went into the empty window the editor already showed, not a new one.
    assert len(launcher.windows) == 1


def test_a_second_listener_defers_to_the_first(qapp):
    name = f"cb-test-{uuid.uuid4().hex[:12]}"
    first, second = InstanceServer(name=name), InstanceServer(name=name)
    try:
        assert first.listen()
        assert not second.listen()
    finally:
        first.close()
        second.close()


def test_nobody_listening_means_no_handover(qapp):
    assert not hand_over(["/nowhere.coursebundle"], name=f"cb-test-{uuid.uuid4().hex[:12]}")


def test_finder_open_event_before_any_window_opens_the_bundle(qtbot, qapp, launcher, course):
    # macOS: Finder sends an Apple event that Qt turns into QFileOpenEvent, often before
    # the first window exists.
    QApplication.sendEvent(qapp, QFileOpenEvent(str(course)))
    assert launcher.windows == []
    launcher.start(None)
    qtbot.waitUntil(lambda: opened_paths(launcher) == [course.resolve()], timeout=30_000)


def test_an_open_bundle_comes_forward_and_another_gets_a_new_window(qtbot, launcher, course, tmp_path):
    other = tmp_path / "voice.coursebundle"
    shutil.copytree(ROOT / "sample_courses" / "voice-skills-online", other)
    launcher.start(str(course))
    qtbot.waitUntil(lambda: opened_paths(launcher) == [course.resolve()], timeout=30_000)
    launcher.request([str(course)])
    assert len(launcher.windows) == 1
    launcher.request([str(other)])
    qtbot.waitUntil(lambda: sorted(opened_paths(launcher)) == sorted([course.resolve(), other.resolve()]), timeout=30_000)
    assert len(launcher.windows) == 2


def test_the_application_object_hands_finder_events_to_its_launcher(qapp, monkeypatch):
    from coursebuilder.gui.app import CourseBuilderApp

    seen = []

    class Recorder:
        def file_opened(self, event):
            seen.append(event.file())

    # CourseBuilderApp.event is what a real start uses; pytest-qt made a plain QApplication here.
    import coursebuilder.gui.app as app_module

    monkeypatch.setattr(app_module, "launcher_for", lambda app: Recorder())
    assert CourseBuilderApp.event(qapp, QFileOpenEvent("/stick/knitting.coursebundle"))
    assert seen == ["/stick/knitting.coursebundle"]
