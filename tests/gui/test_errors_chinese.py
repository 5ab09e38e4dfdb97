"""The Chinese editor says why a damaged bundle does not open, and what an import left out, in Chinese."""

from __future__ import annotations

import re
import zipfile

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog

from coursebuilder.bundle import save_bundle
from coursebuilder.gui.app import install_translators

from ..factories import make_bundle
from ..importers.import_support import photo_bytes
from .helpers import wait_job


@pytest.fixture
def chinese(qapp, monkeypatch):
    # Bundle errors and import notes are worded in Chinese; Khmer and Lao show them in English for now.
    monkeypatch.setenv("COURSEBUILDER_LANG", "zh_CN")
    installed = install_translators(qapp, QLocale("zh_CN"))
    yield
    for t in installed:
        qapp.removeTranslator(t)

#: What is shown as it is in any language: file names, places in the manifest (media[0]), the product and
#: format names.
_VERBATIM = re.compile(r"media/[\w.-]+|media\[\d+\]|[\w.-]*\.(?:coursebundle|yaml|jpg|txt|zip)|CourseBuilder|ZIP|YAML|UTF|"
                       r"schema_version")


def _english(text: str, verbatim: set[str]) -> list[str]:
    for word in sorted(verbatim, key=len, reverse=True):
        text = text.replace(word, "")
    return re.findall(r"[A-Za-z]{3,}", _VERBATIM.sub("", text))


def _damaged(tmp_path, damage: str):
    if damage == "not a zip":
        path = tmp_path / "broken.coursebundle"
        path.write_bytes(b"this is not a zip file at all")
        return path
    if damage == "no manifest":
        path = tmp_path / "empty.coursebundle"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("readme.txt", "hello")
        return path
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    manifest = folder / "course.yaml"
    text = manifest.read_text("utf-8")
    if damage == "key twice":
        manifest.write_text(text.replace("\ntitle:", "\ntitle: one\ntitle:", 1), "utf-8")
    elif damage == "newer":
        manifest.write_text(re.sub(r"schema_version: \d+", "schema_version: 99", text), "utf-8")
    elif damage == "media gone":
        next((folder / "media").iterdir()).unlink()
    return folder


@pytest.mark.parametrize("damage", ["not a zip", "no manifest", "key twice", "newer", "media gone"])
def test_a_damaged_bundle_is_explained_in_chinese(chinese, window, qtbot, answers, tmp_path, damage):
    path = _damaged(tmp_path, damage)
    job = window.open_path(path)
    wait_job(qtbot, job)
    assert job.state == "failed" and window.document is None
    assert len(answers.errors) == 1
    shown = answers.errors[0]
    assert re.search(r"[\u4e00-\u9fff]", shown.split(": ", 2)[-1]), shown
    # The YAML key doubled is named as it is written in the file.
    assert not _english(shown, {path.name, "title"} if damage == "key twice" else {path.name}), shown


def test_import_notes_are_in_chinese(chinese, window, qtbot, monkeypatch, tmp_path):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    wait_job(qtbot, window.open_path(folder))
    lesson = window.document.course.modules[1].items[0]
    window.outline.select(lesson)
    photos = tmp_path / "phone"
    (photos / "more").mkdir(parents=True)
    (photos / "stall.jpg").write_bytes(photo_bytes(taken="2025:06:01 10:00:00"))
    (photos / "notes.txt").write_text("not a photo")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(photos)))
    window.importing.actions["photos"].trigger()
    wait_job(qtbot, window.importing.last_job)
    dialog = window.importing.notes_dialog
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert len(notes) == 3, notes  # the sub-folder, the text file, the alt text the new picture needs
    for note in notes:
        assert re.search(r"[\u4e00-\u9fff]", note) and not _english(note, {"more", "phone", "notes.txt"}), note
    dialog.close()


def _import_gift(window, qtbot, monkeypatch, tmp_path, name: str, text: str):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    wait_job(qtbot, window.open_path(folder))
    window.outline.select(window.document.course.modules[0])
    bank = tmp_path / name
    bank.write_text(text, "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bank), "")))
    window.importing.actions["gift"].trigger()
    wait_job(qtbot, window.importing.last_job)


def test_gift_import_notes_are_in_chinese(chinese, window, qtbot, monkeypatch, tmp_path):
    _import_gift(window, qtbot, monkeypatch, tmp_path, "bank.txt",
                 "这是说明文字。\n\n天空是蓝色的吗？{T#错了#对了#多余}\n\n配对。{=猫 -> 喵#好 =狗 -> 汪 = -> 哞}\n\n"
                 "[html]<b>粗</b>体<script>x()</script>？{=是 ~否}\n")
    dialog = window.importing.notes_dialog
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    # The description, the third true/false feedback, the pair's feedback, the distractor, the script left out.
    assert len(notes) == 5, notes
    for note in notes:
        assert "bank.txt" in note and re.search(r"[\u4e00-\u9fff]", note), note
        assert not _english(note, {"<script>", "HTML"}), note
    dialog.close()


def test_a_refused_gift_import_is_explained_in_chinese(chinese, window, qtbot, answers, monkeypatch, tmp_path):
    _import_gift(window, qtbot, monkeypatch, tmp_path, "bad.txt", "第一题\n\n天空是什么颜色？{=蓝色 ~红色\n")
    assert window.importing.last_job.state == "failed"
    assert len(answers.errors) == 1
    shown = answers.errors[0]
    assert "bad.txt" in shown and re.search(r"[\u4e00-\u9fff]", shown.split("\n")[-1]), shown
    assert not _english(shown, set()), shown
