"""File › Export asks for the export's options; the choices reach the exporters and are remembered."""

from __future__ import annotations

import random
import threading
import zipfile

import pytest
from pptx import Presentation
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from coursebuilder.bundle import save_bundle
from coursebuilder.exporters import offline as offline_exporters
from coursebuilder.exporters import pptx as pptx_exporters
from coursebuilder.model import FileBlock

from ..factories import make_bundle
from .helpers import JOB_TIMEOUT_MS, wait_job


def open_course(window, qtbot, folder, bundle):
    save_bundle(bundle, folder, folder=True)
    wait_job(qtbot, window.open_path(folder))
    return window


@pytest.fixture
def course_window(window, qtbot, tmp_path):
    return open_course(window, qtbot, tmp_path / "course", make_bundle())


@pytest.fixture
def informed(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append(f"{title}: {text}") or QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def pptx_calls(monkeypatch) -> list:
    """Record the options each deck export receives, then make the real deck."""
    calls = []
    real = pptx_exporters.export_pptx

    def spy(bundle, options, *args, **kwargs):
        calls.append(options)
        return real(bundle, options, *args, **kwargs)

    monkeypatch.setattr(pptx_exporters, "export_pptx", spy)
    return calls


def open_export(window, action):
    """Choose an export in File › Export and return its options dialog."""
    assert action in window.export_menu.actions() and action.isEnabled()
    action.trigger()
    dialog = window.exporting.dialog
    assert dialog.isVisible()
    return dialog


def press_export(qtbot, dialog):
    """Press Export and wait for the export to finish; return its job."""
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error.text()
    job = dialog.parent().exporting.last_job
    wait_job(qtbot, job)
    return job


def deck_texts(path) -> list[str]:
    deck = Presentation(str(path))
    return [sh.text_frame.text for s in deck.slides for sh in s.shapes if sh.has_text_frame]


def test_one_module_with_the_high_contrast_theme(course_window, qtbot, tmp_path, pptx_calls, informed):
    window = course_window
    dialog = open_export(window, window.exporting.actions["pptx"])
    assert dialog.scope_all.isChecked() and not dialog.module.isEnabled()
    dialog.scope_module.click()
    assert dialog.module.isEnabled()
    dialog.module.setCurrentIndex(1)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    dialog.image_size.setValue(1280)
    dialog.venue.setText("Town hall 镇政府")
    dialog.lecturer.setText("Ms Wang")
    dialog.date.setDate(QDate(2026, 3, 15))
    dialog.output.setText(str(tmp_path / "day2"))
    job = press_export(qtbot, dialog)
    assert job.state == "done", job.error

    options = pptx_calls[-1]
    assert (options.module, options.theme, options.image_size, options.date) == (2, "high-contrast", 1280, "2026-03-15")
    assert options.venue == "Town hall 镇政府" and options.lecturer == "Ms Wang" and options.template is None
    texts = deck_texts(tmp_path / "day2.pptx")
    assert any("Day 2" in t for t in texts)
    assert not any("Day 1" in t for t in texts), "only the chosen module's section slide"
    assert any("Town hall 镇政府" in t for t in texts)

    # The next deck starts from the same choices (the scope belongs to one export).
    again = open_export(window, window.exporting.actions["pptx"])
    assert again.theme.currentData() == "high-contrast" and again.image_size.value() == 1280
    assert again.venue.text() == "Town hall 镇政府" and again.lecturer.text() == "Ms Wang"
    assert again.output.text() == str(tmp_path / "Test course 测试.pptx")
    assert again.scope_all.isChecked()
    again.reject()


def test_chosen_lessons_and_own_template(course_window, qtbot, tmp_path, pptx_calls, informed):
    window = course_window
    template = tmp_path / "college.pptx"
    Presentation().save(str(template))
    dialog = open_export(window, window.exporting.actions["pptx"])
    dialog.scope_lessons.click()
    dialog.output.setText(str(tmp_path / "pricing.pptx"))
    # Nothing ticked yet: the dialog says so and stays open.
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Tick at least one" in dialog.error.text()
    listed = [dialog.lessons.item(i) for i in range(dialog.lessons.count())]
    assert [row.text().strip() for row in listed] == ["Day 1", "拍摄 Filming", "Check", "Day 2", "Pricing", "Feedback"]
    rows = {row.data(Qt.ItemDataRole.UserRole): row for row in listed if row.data(Qt.ItemDataRole.UserRole)}
    assert set(rows) == {"l1", "quiz1", "l2", "survey1"}
    assert not listed[0].flags() & Qt.ItemFlag.ItemIsUserCheckable, "a module heading is not a choice"
    rows["l2"].setCheckState(Qt.CheckState.Checked)
    dialog.theme.setCurrentIndex(dialog.theme.findData("template"))
    assert dialog.template_row.isEnabled()
    dialog.template.setText(str(tmp_path / "missing.pptx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "template" in dialog.error.text()
    dialog.template.setText(str(template))
    job = press_export(qtbot, dialog)
    assert job.state == "done", job.error

    options = pptx_calls[-1]
    assert list(options.lessons) == ["l2"] and options.module is None and options.template == template
    texts = " ".join(deck_texts(tmp_path / "pricing.pptx"))
    assert "Pricing" in texts and "Filming" not in texts


def test_single_web_page(course_window, qtbot, tmp_path, informed):
    window = course_window
    out = tmp_path / "out"
    out.mkdir()
    dialog = open_export(window, window.exporting.actions["offline"])
    dialog.form.setCurrentIndex(dialog.form.findData("single"))
    dialog.output.setText(str(out / "phones"))
    dialog.phone_size.setValue(320)
    job = press_export(qtbot, dialog)
    assert job.state == "done", job.error
    assert [p.name for p in out.iterdir()] == ["phones.html"]
    assert "Test course 测试" in (out / "phones.html").read_text("utf-8")


def test_scorm_package_and_remembered_choices(course_window, qtbot, tmp_path, monkeypatch, informed):
    window = course_window
    calls = []
    real = offline_exporters.export_offline

    def spy(bundle, options, *args, **kwargs):
        calls.append(options)
        return real(bundle, options, *args, **kwargs)

    monkeypatch.setattr(offline_exporters, "export_offline", spy)
    dialog = open_export(window, window.exporting.actions["offline"])
    dialog.output.setText(str(tmp_path / "lms"))
    dialog.form.setCurrentIndex(dialog.form.findData("scorm"))
    assert dialog.output.text().endswith("lms.zip")
    dialog.laptop_size.setValue(1024)
    dialog.budget.setValue(200)
    job = press_export(qtbot, dialog)
    assert job.state == "done", job.error
    assert calls[-1].output == tmp_path / "lms.zip" and calls[-1].overwrite
    assert calls[-1].form == "scorm" and calls[-1].image_sizes == (480, 1024) and calls[-1].budget == 200_000_000
    with zipfile.ZipFile(tmp_path / "lms.zip") as zf:
        assert "imsmanifest.xml" in zf.namelist()

    again = open_export(window, window.exporting.actions["offline"])
    assert again.form.currentData() == "scorm" and again.laptop_size.value() == 1024 and again.budget.value() == 200
    assert again.output.text() == str(tmp_path / "Test course 测试.zip")
    again.reject()


@pytest.mark.parametrize("warn_only", [False, True])
def test_size_budget(window, qtbot, tmp_path, answers, informed, warn_only):
    bundle = make_bundle()
    # A handout that does not compress: the package is well over 100 kB.
    handout = bundle.media.add_bytes(bundle.course, random.Random(7).randbytes(300_000), "handout.bin")
    bundle.course.modules[1].items[0].blocks.append(FileBlock(media=handout.path, title="Handout"))
    open_course(window, qtbot, tmp_path / "course", bundle)
    dialog = open_export(window, window.exporting.actions["offline"])
    dialog.form.setCurrentIndex(dialog.form.findData("zip"))
    dialog.output.setText(str(tmp_path / "small.zip"))
    dialog.budget.setValue(0.1)  # 100 kB: less than the package's own pages and pictures
    dialog.warn_only.setChecked(warn_only)
    job = press_export(qtbot, dialog)
    if warn_only:
        assert job.state == "done", job.error
        assert (tmp_path / "small.zip").is_file()
        done = window.export_done
        assert "budget" in " ".join(done.warnings.item(i).text() for i in range(done.warnings.count()))
    else:
        assert job.state == "failed"
        assert len(answers.errors) == 1 and "budget" in answers.errors[0]
        assert not (tmp_path / "small.zip").exists()


def test_cancel_an_export(course_window, qtbot, tmp_path, monkeypatch):
    window = course_window
    pressed = threading.Event()
    real = pptx_exporters.export_pptx

    def after_cancel(*args, **kwargs):
        assert pressed.wait(JOB_TIMEOUT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(pptx_exporters, "export_pptx", after_cancel)
    dialog = open_export(window, window.exporting.actions["pptx"])
    dialog.output.setText(str(tmp_path / "deck.pptx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert window.cancel_button.isVisible()
    window.cancel_button.click()
    pressed.set()
    job = window.exporting.last_job
    wait_job(qtbot, job)
    assert job.state == "cancelled"
    assert not (tmp_path / "deck.pptx").exists()


def test_a_new_lecturer_gets_a_full_path_and_a_clear_message(course_window, qtbot):
    dialog = open_export(course_window, course_window.exporting.actions["offline"])
    suggested = dialog.output.text()
    assert suggested.endswith("Test course 测试.zip") and dialog.output_path().is_absolute()
    dialog.output.setText("")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Choose where" in dialog.error.text()
    assert course_window.exporting.last_job is None
    dialog.reject()


def test_a_course_in_several_languages_exports_a_deck_in_one_or_two(window, qtbot, tmp_path, pptx_calls, informed):
    from exporters.variant_support import variant_bundle

    open_course(window, qtbot, tmp_path / "variants", variant_bundle())
    dialog = open_export(window, window.exporting.actions["pptx"])
    assert dialog.language.isVisible() and dialog.second_language.isVisible()
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["zh-Hans", "en", "km"]
    dialog.language.setCurrentIndex(dialog.language.findData("km"))
    dialog.second_language.setCurrentIndex(dialog.second_language.findData("en"))
    dialog.output.setText(str(tmp_path / "km-en"))
    job = press_export(qtbot, dialog)
    assert job.state == "done", job.error
    assert (pptx_calls[-1].language, pptx_calls[-1].second_language) == ("km", "en")
    texts = "\n".join(deck_texts(tmp_path / "km-en.pptx"))
    assert "ការថតរូបផលិតផលឲ្យស្អាត" in texts and "Taking good product photos" in texts and "拍好产品照片" not in texts


def test_a_course_in_one_language_asks_for_none(course_window):
    dialog = open_export(course_window, course_window.exporting.actions["pptx"])
    assert not dialog.language.isVisible() and not dialog.second_language.isVisible()
    assert dialog.options()["language"] == "zh-Hans" and dialog.options()["second_language"] == ""
    dialog.reject()


def test_a_course_in_several_languages_exports_a_package_with_the_switch_or_one_language(window, qtbot, tmp_path, informed):
    from exporters.variant_support import variant_bundle

    open_course(window, qtbot, tmp_path / "variants", variant_bundle())
    dialog = open_export(window, window.exporting.actions["offline"])
    assert dialog.language.isVisible()
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["", "zh-Hans", "en", "km"]
    assert dialog.language.currentData() == "" and dialog.options()["languages"] == ()
    dialog.form.setCurrentIndex(dialog.form.findData("folder"))
    dialog.output.setText(str(tmp_path / "all"))
    assert press_export(qtbot, dialog).state == "done"
    assert (tmp_path / "all" / "km").is_dir() and (tmp_path / "all" / "en").is_dir()

    dialog = open_export(window, window.exporting.actions["offline"])
    dialog.form.setCurrentIndex(dialog.form.findData("folder"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.output.setText(str(tmp_path / "english"))
    job = press_export(qtbot, dialog)
    assert job.state == "done", job.error
    folder = tmp_path / "english"
    assert not (folder / "km").exists() and not (folder / "en").exists()
    pages = "\n".join(p.read_text("utf-8") for p in folder.glob("*.html"))
    assert "Taking good product photos" in pages and "拍好产品照片" not in pages and "ការថតរូបផលិតផលឲ្យស្អាត" not in pages


def test_a_course_in_one_language_asks_for_no_package_language(course_window):
    dialog = open_export(course_window, course_window.exporting.actions["offline"])
    assert not dialog.language.isVisible() and dialog.options()["languages"] == ()
    dialog.reject()
