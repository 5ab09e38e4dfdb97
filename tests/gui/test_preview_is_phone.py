"""The editor's preview shows a lesson, quiz or survey with the words the phone package shows, in their order."""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTextBrowser

from coursebuilder.bundle import open_bundle, save_bundle
from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.exporters.offline.preview import for_text_browser
from coursebuilder.gui.preview_dialog import PreviewDialog, item_html
from coursebuilder.model import QUESTION_TYPES, ExerciseBlock, ImageBlock, Lesson, Module, Quiz, Survey
from coursebuilder.model.ids import new_id

from ..importers.test_gift_kinds import SAMPLES
from .helpers import wait_job

SAMPLE = Path(__file__).resolve().parents[2] / "sample_courses" / "knitting-home-business"
BLOCK_KINDS = {"text", "image", "audio", "video", "file", "exercise"}


def _every_kind(tmp_path: Path) -> Path:
    """Save the sample course with one more module: a lesson holding every block kind and every question kind."""
    bundle = open_bundle(SAMPLE)
    course = bundle.course
    blocks = []
    for lesson in course.lessons():
        for block in lesson.blocks:
            if block.type not in {b.type for b in blocks} and block.type != "exercise":
                blocks.append(dataclass_copy(block))
    questions = [dataclass_copy(q) for q in SAMPLES.values()]
    for q in questions:
        q.hint = f"Think of {q.type.replace('_', ' ')}"
    blocks.append(ExerciseBlock(id=new_id("b"), title="Every kind", instructions="Try **each** one.", questions=questions))
    everything = Lesson(id="every-kind", title="Every kind of block", minutes=10, objectives=["See it all"], blocks=blocks)
    quiz = Quiz(id="every-quiz", title="Every kind of question", description="All ten.",
                questions=[dataclass_copy(q) for q in SAMPLES.values()])
    survey = Survey(id="every-survey", title="Every survey kind",
                    questions=[dataclass_copy(SAMPLES[k]) for k in ("single_choice", "multiple_choice", "rating_scale",
                                                                     "open_text", "short_answer", "numeric")])
    course.modules.append(Module(id="every-module", title="Everything", items=[everything, quiz, survey]))
    assert {b.type for b in everything.blocks} == BLOCK_KINDS
    assert {q.type for q in questions} == set(QUESTION_TYPES)
    folder = tmp_path / "course"
    save_bundle(bundle, folder, folder=True)
    return folder


def dataclass_copy(obj):
    """Return a deep copy with fresh ids, so the page keys stay unique."""
    new = copy.deepcopy(obj)
    new.id = new_id("x")
    for choice in getattr(new, "choices", []):
        choice.id = new_id("c")
    return new


_INLINE = {"a", "strong", "em", "b", "i", "s", "u", "code", "span", "small", "sub", "sup", "label", "del", "kbd", "img",
           "input"}


class _PhoneText(HTMLParser):
    """The text a phone shows of a page before anything is tapped: ``main`` without hidden parts or scripts.

    A drop-down shows only its chosen option (the first); closed details still count, as the preview opens them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.inside = 0
        self.skip = 0
        self.in_select = False
        self.options = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        void = tag in ("br", "img", "input", "hr", "source", "meta", "link")
        if tag == "main":
            self.inside = 1
            return
        if not self.inside:
            return
        if not void:
            self.inside += 1
        if tag not in _INLINE or {"pager-title", "button"} & set((a.get("class") or "").split()):
            self.parts.append(" ")  # a block of its own on the phone: its words never run into the ones before
        if self.skip:
            self.skip += not void
            return
        if "hidden" in a or tag in ("script", "style"):
            self.skip = 1
        elif tag == "select":
            self.in_select, self.options = True, 0
        elif tag == "option" and self.in_select:
            self.options += 1
            if self.options > 1:
                self.skip = 1

    def handle_endtag(self, tag):
        if not self.inside:
            return
        self.inside -= 1
        if self.skip:
            self.skip -= 1
        if tag == "select":
            self.in_select = False
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.inside and not self.skip:
            self.parts.append(data)


def words(text: str) -> list[str]:
    """Return the words of a text (no marks, no underscores of empty fields)."""
    return re.findall(r"[^\W_]+", text)


def phone_words(tmp_path: Path, folder: Path) -> dict[str, list[str]]:
    out = tmp_path / "phone"
    export_offline(open_bundle(folder), OfflineOptions(output=out, form="folder"))
    shown = {}
    for page in out.glob("*.html"):
        html = page.read_text("utf-8")
        if m := re.search(r'data-item="([^"]+)"', html):
            parser = _PhoneText()
            parser.feed(html)
            shown[m.group(1)] = words("".join(parser.parts))
    return shown


def preview_words(window, qtbot, item) -> tuple[list[str], str]:
    # Wait for every picture's thumbnail: before it is made the preview names the picture instead.
    pictures = [window.document.course.media_by_path()[b.media] for b in getattr(item, "blocks", [])
                if isinstance(b, ImageBlock) and b.media]
    for media in pictures:
        window.thumbnails.get(media, window.document.bundle.media)
    qtbot.waitUntil(lambda: all(window.thumbnails.path(m) for m in pictures), timeout=20000)
    dialog = PreviewDialog(window.document, window.thumbnails, item, window)
    text = dialog.browser.toPlainText()
    dialog.close()
    return words(text), item_html(window.document, window.thumbnails, item)


def test_the_preview_shows_the_words_the_phone_shows(window, qtbot, tmp_path):
    folder = _every_kind(tmp_path)
    phone = phone_words(tmp_path, folder)
    wait_job(qtbot, window.open_path(folder))
    course = window.document.course
    items = [i for m in course.modules for i in m.items]
    assert len(phone) == len(items)
    for item in items:
        preview, html = preview_words(window, qtbot, item)
        assert preview == phone[item.id], item.title
    # The lesson with everything: its words reach the preview, and the controls show as a phone shows them.
    everything = next(i for i in items if i.id == "every-kind")
    preview, html = preview_words(window, qtbot, everything)
    for expected in ("Every kind", "Try each one", "Check answer", "True", "False", "Choose", "Download",
                     "Hint", "Transcript", "Think of rating scale", "How useful was today"):
        assert " ".join(words(expected)) in " ".join(preview), expected
    for mark in ("○", "☐", "[ ____ ]", "▾ ]", "▶"):
        assert mark in html, mark
    assert "<input" not in html and "<select" not in html and "<script" not in html and "<audio" not in html


def test_the_text_browser_form_never_loads_from_the_network():
    page = ('<main><img src="https://example.org/track.png" alt="tracker"><img src="file:///tmp/a.png" alt="">'
            '<p hidden>secret</p><script>alert(1)</script><video src="https://example.org/v.mp4"></video></main>')
    shown = for_text_browser(page)
    assert "https://" not in shown and "[tracker]" in shown and 'src="file:///tmp/a.png"' in shown
    assert "secret" not in shown and "alert" not in shown
    browser = QTextBrowser()
    browser.setHtml(shown)
    assert words(browser.toPlainText()) == ["tracker"]


#: The words Chromium shows of a page's main part at phone size, with hints and transcripts opened (the
#: preview shows them open) and each drop-down as its chosen option.
SHOWN = """() => {
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  document.querySelectorAll('select').forEach(s => s.replaceWith(' ' + s.options[s.selectedIndex].text + ' '));
  return document.querySelector('main').innerText;
}"""


def test_chromium_at_phone_size_shows_the_words_the_preview_shows(window, qtbot, tmp_path):
    from ..exporters.offline_support import BROWSER_ARGS, CHROMIUM

    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium package is not installed (.ci/run installs it)")
    folder = _every_kind(tmp_path)
    site = export_offline(open_bundle(folder), OfflineOptions(output=tmp_path / "phone", form="folder")).path
    phone = {}
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2,
                                          is_mobile=True, has_touch=True)
            page = context.new_page()
            for html in sorted(site.glob("*.html")):
                if m := re.search(r'data-item="([^"]+)"', html.read_text("utf-8")):
                    page.goto(html.resolve().as_uri())
                    page.wait_for_selector("html[data-ready]")
                    phone[m.group(1)] = words(page.evaluate(SHOWN))
            context.close()
        finally:
            browser.close()
    wait_job(qtbot, window.open_path(folder))
    mixed = 0
    for item in (i for m in window.document.course.modules for i in m.items):
        preview, _ = preview_words(window, qtbot, item)
        questions = getattr(item, "questions", []) + [q for b in getattr(item, "blocks", []) for q in getattr(b, "questions", [])]
        if getattr(item, "shuffle", False) or any(getattr(q, "shuffle", False) for q in questions):
            # The page mixes questions or choices anew for each attempt: the same words, in another order.
            mixed += 1
            assert sorted(preview) == sorted(phone[item.id]), item.title
        else:
            assert preview == phone[item.id], item.title
    assert 0 < mixed < len(phone)
