"""Preview in browser (the package's script runs, questions can be tried) and playing sound and video."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from coursebuilder.gui.editors.blocks import MediaBlockEditor
from coursebuilder.gui.preview_dialog import PreviewDialog
from coursebuilder.model import AudioBlock, VideoBlock

from .helpers import wait_job
from .test_panels import open_test_course

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def opened(monkeypatch):
    """Catch what the editor hands to the system (browser, player) instead of starting programs."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    return urls


def browser_preview(window, qtbot, item, opened) -> Path:
    dialog = PreviewDialog(window.document, window.thumbnails, item, window)
    dialog.show()
    QTest.mouseClick(dialog.browser_button, Qt.MouseButton.LeftButton)
    wait_job(qtbot, dialog.browser_job)
    assert dialog.browser_job.state == "done", dialog.browser_job.error
    assert dialog.browser_button.isEnabled()
    dialog.close()
    (url,) = opened
    return Path(url.toLocalFile())


def test_preview_in_browser_exports_only_that_item_in_a_phone_wide_frame(window, qtbot, tmp_path, opened):
    doc = open_test_course(window, qtbot, tmp_path)
    quiz = doc.course.modules[0].items[1]
    frame = browser_preview(window, qtbot, quiz, opened)
    assert frame.name == "phone.html" and "width:390px" in frame.read_text("utf-8")
    package = frame.parent / "package"
    pages = sorted(p.name for p in package.glob("*.html"))
    assert len(pages) == 2  # the home page and the quiz alone
    assert not doc.is_modified()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium package is not installed")
def test_the_previewed_quiz_can_be_answered_in_chromium(window, qtbot, tmp_path, opened):
    sync_api = pytest.importorskip("playwright.sync_api")
    doc = open_test_course(window, qtbot, tmp_path)
    quiz = doc.course.modules[0].items[1]
    frame = browser_preview(window, qtbot, quiz, opened)
    question = quiz.questions[0]
    right = next(c for c in question.choices if c.correct)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(frame.as_uri())
            inner = page.frame_locator("iframe")
            sync_api.expect(inner.locator("h1")).to_have_text(quiz.title, timeout=20_000)
            assert page.locator("iframe").evaluate("f => f.getBoundingClientRect().width") == 390
            # The package's own script runs: a choice can be picked and checked.
            el = inner.locator(f".q[data-q='{quiz.id}/{question.id}']")
            el.locator(f"label.choice:has(input[value='{right.id}'])").click()
            el.locator("[data-check]").click()
            sync_api.expect(el.locator(".q-feedback.right")).to_be_visible(timeout=20_000)
        finally:
            browser.close()


def test_audio_and_video_blocks_play_in_the_system_player(window, qtbot, tmp_path, opened):
    doc = open_test_course(window, qtbot, tmp_path)
    lesson = doc.course.modules[0].items[0]
    window.outline.select(lesson)
    for kind in (AudioBlock, VideoBlock):
        row = next(i for i, b in enumerate(lesson.blocks) if isinstance(b, kind))
        window.editor.blocks.setCurrentRow(row)
        editor = window.editor.block_editor
        assert isinstance(editor, MediaBlockEditor)
        QTest.mouseClick(editor.play, Qt.MouseButton.LeftButton)
        wait_job(qtbot, editor.play.play_job)
    played = [Path(u.toLocalFile()) for u in opened]
    assert [p.suffix for p in played] == [".wav", ".mp4"]
    assert [p.name for p in played] == ["greeting.wav", "clip.mp4"]
    media = doc.course.media_by_path()
    for path, block in zip(played, [b for b in lesson.blocks if isinstance(b, (AudioBlock, VideoBlock))], strict=True):
        assert path.stat().st_size == media[block.media].size


def test_when_nothing_can_play_the_file_the_lecturer_is_told_where_it_is(window, qtbot, tmp_path, monkeypatch, answers):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    answers.warnings.append(None)
    doc = open_test_course(window, qtbot, tmp_path)
    lesson = doc.course.modules[0].items[0]
    window.outline.select(lesson)
    window.editor.blocks.setCurrentRow(next(i for i, b in enumerate(lesson.blocks) if isinstance(b, AudioBlock)))
    editor = window.editor.block_editor
    QTest.mouseClick(editor.play, Qt.MouseButton.LeftButton)
    wait_job(qtbot, editor.play.play_job)
    assert answers.asked == ["warning: No program found"]
