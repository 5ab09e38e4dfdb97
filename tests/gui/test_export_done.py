"""After an export a message stays that says where it went; exports get the permissions of the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from .test_export_dialog import course_window, open_export, press_export  # noqa: F401 - fixture

B = QMessageBox.StandardButton


def _export_action(window, kind):
    exporting = getattr(window, "exporting", None)
    if exporting is not None and hasattr(exporting, "actions"):
        return exporting.actions[kind]
    return window.act_export_slides if kind == "pptx" else window.act_export_package


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()) or True))
    return urls


@pytest.fixture
def umask():
    """Run with a lecturer's usual umask (group may read, others may read), whatever the test runner's is."""
    old = os.umask(0o022)
    yield 0o022
    os.umask(old)


def test_the_message_stays_and_opens_the_file_or_its_folder(course_window, qtbot, tmp_path, opened):  # noqa: F811
    window = course_window
    dialog = open_export(window, _export_action(window, "pptx"))
    target = tmp_path / "out" / "deck.pptx"
    target.parent.mkdir()
    dialog.output.setText(str(target))
    press_export(qtbot, dialog)
    done = window.export_done
    assert done.isVisible()
    assert "deck.pptx" in done.message.text() and str(target.parent) in done.message.text()
    qtbot.wait(2500)  # the status line of old was gone by now
    assert done.isVisible()
    qtbot.mouseClick(done.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(done.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target), str(target.parent)]
    done.close()
    assert not done.isVisible()


def test_a_missing_documents_folder_is_not_suggested(course_window, monkeypatch, tmp_path):  # noqa: F811
    window = course_window
    missing = tmp_path / "no such Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda kind: str(missing)))
    monkeypatch.setattr("coursebuilder.gui.export_dialog.settings.load", lambda: {})
    dialog = open_export(window, _export_action(window, "pptx"))
    suggested = Path(dialog.output.text())
    assert suggested.parent.is_dir() and suggested.parent == Path.home()
    dialog.reject()


def test_a_missing_folder_is_created_when_the_lecturer_agrees(course_window, qtbot, tmp_path, answers):  # noqa: F811
    window = course_window
    dialog = open_export(window, _export_action(window, "pptx"))
    target = tmp_path / "Documents" / "Courses" / "deck.pptx"
    dialog.output.setText(str(target))
    answers.questions.append(B.Cancel)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not target.parent.exists() and "does not exist" in dialog.error.text()
    answers.questions.append(B.Yes)
    assert answers.button_words[-1] == ["Create the folder", "Choose another place"]
    press_export(qtbot, dialog)
    assert target.is_file()


@pytest.mark.parametrize("kind, name", [("pptx", "deck.pptx"), ("offline", "phones.zip")])
def test_exports_are_readable_by_others_as_the_umask_says(course_window, qtbot, tmp_path, umask, kind, name):  # noqa: F811
    window = course_window
    dialog = open_export(window, _export_action(window, kind))
    if kind == "offline":
        dialog.form.setCurrentIndex(dialog.form.findData("zip"))
    dialog.output.setText(str(tmp_path / name))
    job = press_export(qtbot, dialog)
    assert job.state == "done", job.error
    mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
    assert mode == 0o666 & ~umask, oct(mode)
