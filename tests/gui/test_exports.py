"""File › Export runs the real exporters in a worker on the course as it is in the editor."""

from __future__ import annotations

import zipfile

import pytest
from pptx import Presentation
from PySide6.QtWidgets import QMessageBox

from coursebuilder.bundle import save_bundle
from coursebuilder.gui import exports
from coursebuilder.model.operations import SetField

from ..factories import make_bundle
from .helpers import wait_job


@pytest.fixture
def open_course(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    wait_job(qtbot, window.open_path(folder))
    # An unsaved edit: exports show the course as the lecturer sees it now.
    window.document.do(SetField(window.document.course, "title", "Unsaved title 未保存"))
    return window


def test_export_slide_deck_from_the_menu(open_course, qtbot, answers, tmp_path):
    window = open_course
    answers.save_paths.append(tmp_path / "deck")
    job = exports.ask_and_export(window, "pptx", ".pptx")
    wait_job(qtbot, job)
    assert job.state == "done", job.error
    deck = Presentation(str(tmp_path / "deck.pptx"))
    texts = " ".join(sh.text_frame.text for s in deck.slides for sh in s.shapes if sh.has_text_frame)
    assert "Unsaved title 未保存" in texts
    assert window.document.is_modified(), "exporting is not saving"


@pytest.mark.parametrize("kind, name", [("zip", "phones.zip"), ("single", "phones.html")])
def test_export_offline_package(open_course, qtbot, tmp_path, kind, name):
    job = exports.export(open_course, "offline", {"output": tmp_path / name, "form": kind})
    wait_job(qtbot, job)
    assert job.state == "done", job.error
    out = tmp_path / name
    if kind == "zip":
        with zipfile.ZipFile(out) as zf:
            assert any(n.endswith("index.html") for n in zf.namelist())
    else:
        assert "Unsaved title" in out.read_text("utf-8")


def test_export_failure_is_one_line(open_course, qtbot, answers, tmp_path):
    job = exports.export(open_course, "pptx", {"output": tmp_path / "missing-folder" / "deck.pptx"})
    wait_job(qtbot, job)
    assert job.state == "failed"
    assert len(answers.errors) == 1 and "\n" not in answers.errors[0].split(": ", 1)[1]
    assert "does not exist" in answers.errors[0]
