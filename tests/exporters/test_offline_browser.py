"""Offline packages in a real headless Chromium: a trainee takes the whole course, on a laptop and a phone."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.model import Lesson, Quiz, Survey
from exporters.offline_support import (
    BROWSER_ARGS,
    CHROMIUM,
    LOCAL_SCHEMES,
    LocalServer,
    answer_correctly,
    offline_bundle,
    open_bundle_or_test,
    percent_from,
    press,
    question_map,
    sample_bundles,
)

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
expect = sync_api.expect
# The machine running the suite may be busy; waiting longer costs nothing when all is well.
expect.set_options(timeout=20_000)

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium package is not installed (.ci/run installs it)", allow_module_level=True)

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
LAPTOP = {"viewport": {"width": 1280, "height": 800}}
STUB_API = """
window.__calls = [];
window.__values = {'cmi.core.lesson_status': 'not attempted'};
window.API = {};
['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError',
 'LMSGetErrorString', 'LMSGetDiagnostic'].forEach(function (name) {
  window.API[name] = function (a, b) {
    window.__calls.push([name, a, b]);
    if (name === 'LMSSetValue') { window.__values[a] = b; return 'true'; }
    if (name === 'LMSGetValue') { return window.__values[a] || ''; }
    if (name === 'LMSGetLastError') { return '0'; }
    return 'true';
  };
});
"""


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    """Export the test course once in each form, with the app's cache in a temporary folder."""
    root = tmp_path_factory.mktemp("offline")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COURSEBUILDER_HOME", str(root / "home"))
        bundle = offline_bundle()
        folder = export_offline(bundle, OfflineOptions(output=root / "site")).path
        single = export_offline(bundle, OfflineOptions(output=root / "course.html", form="single")).path
        scorm_zip = export_offline(bundle, OfflineOptions(output=root / "scorm.zip", form="scorm")).path
    scorm = root / "scorm"
    with zipfile.ZipFile(scorm_zip) as zf:
        zf.extractall(scorm)
    return {"bundle": bundle, "folder": folder, "single": single, "scorm": scorm}


class Watch:
    """Record every request, console error and page error of a browser context."""

    def __init__(self, context):
        self.requests: list[str] = []
        self.errors: list[str] = []
        context.on("request", lambda r: self.requests.append(r.url))
        context.on("page", self.attach)

    def attach(self, page):
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def remote(self, allowed=LOCAL_SCHEMES) -> list[str]:
        return [u for u in self.requests if not u.startswith(allowed)]


def _open(browser, device, init_script: str = ""):
    context = browser.new_context(**device)
    context.set_default_timeout(30_000)
    if init_script:
        context.add_init_script(init_script)
    watch = Watch(context)
    page = context.new_page()
    return context, page, watch


def _root(page):
    # The visible page: <main class="page"> in a folder package, the current <section> in one-page forms.
    return page.locator("main.page, section.page.current")


def _items(bundle):
    n = 0
    for module in bundle.course.modules:
        for item in module.items:
            n += 1
            yield f"{item.type}-{n:02d}", item


def take_course(page, bundle, start: str, touch: bool) -> None:
    """Open the home page, go through every page with Next, answer everything and check the feedback."""
    questions = question_map(bundle)
    page.goto(start)
    page.wait_for_selector("html[data-ready]")
    expect(_root(page).locator("h1").first).to_have_text(bundle.course.title)
    items = list(_items(bundle))
    expect(_root(page).locator("[data-progress-text]")).to_contain_text(f"0 / {len(items)}" if
                                                                        bundle.course.language.startswith("zh")
                                                                        else f"0 of {len(items)}")
    press(_root(page).locator("[data-continue]"), touch)
    tried_wrong = False
    for slug, item in items:
        root = _root(page)
        expect(root).to_have_attribute("data-page", slug)
        expect(root.locator("h1")).to_have_text(item.title)
        for el in root.locator(".q").all():
            q = questions[el.get_attribute("data-q")]
            if isinstance(item, Survey):
                answer_correctly(el, q, touch)
                continue
            wrong = next((c for c in getattr(q, "choices", []) if not c.correct), None)
            if not tried_wrong and q.type == "single_choice" and isinstance(item, Lesson) and wrong:
                press(el.locator(f"label.choice:has(input[value='{wrong.id}'])"), touch)
                press(el.locator("[data-check]"), touch)
                expect(el.locator(".q-feedback.wrong")).to_be_visible()
                expect(el.locator(".q-feedback .solution")).to_be_visible()
                tried_wrong = True
            answer_correctly(el, q, touch)
            press(el.locator("[data-check]"), touch)
            if q.gradable:
                expect(el.locator(".q-feedback.right")).to_be_visible()
            else:
                expect(el.locator(".q-feedback")).not_to_be_empty()
        if isinstance(item, Quiz):
            press(root.locator("[data-finish]"), touch)
            result = root.locator("[data-result]")
            expect(result).to_have_class("result passed")
            assert percent_from(result.locator("h2").inner_text()) == 100
        elif isinstance(item, Survey):
            press(root.locator("[data-submit]"), touch)
            expect(root.locator("[data-result]")).not_to_be_empty()
        press(root.locator(".pager a.primary"), touch)
    _expect_all_done(page, len(items))


def _expect_all_done(page, total: int) -> None:
    root = _root(page)
    expect(root).to_have_attribute("data-page", "index")
    expect(root.locator(".status.done")).to_have_count(total)
    assert root.locator("progress.course-progress").evaluate("p => p.value") == total


def check_progress_kept(page, bundle, touch: bool) -> None:
    """Reload: the home page still shows everything done, and the quiz its answers and score."""
    page.reload()
    page.wait_for_selector("html[data-ready]")
    items = list(_items(bundle))
    _expect_all_done(page, len(items))
    expect(_root(page).locator("[data-continue]")).to_contain_text(items[-1][1].title)
    slug, quiz = next((s, i) for s, i in items if isinstance(i, Quiz))
    press(_root(page).locator(f"a[href$='{slug}.html'], a[href='#{slug}']").first, touch)
    root = _root(page)
    expect(root).to_have_attribute("data-page", slug)
    expect(root.locator("[data-result]")).to_have_class("result passed")
    questions = question_map(bundle)
    for el in root.locator(".q").all():
        q = questions[el.get_attribute("data-q")]
        if q.type in ("single_choice", "true_false", "rating_scale"):
            expect(el.locator("input:checked")).to_have_count(1)
        elif q.type in ("short_answer", "numeric", "open_text"):
            expect(el.locator(".answer")).not_to_have_value("")
        expect(el.locator(".q-feedback")).not_to_be_empty()


def test_folder_package_on_a_laptop_from_file_url(browser, packages):
    context, page, watch = _open(browser, LAPTOP)
    try:
        take_course(page, packages["bundle"], (packages["folder"] / "index.html").resolve().as_uri(), touch=False)
        check_progress_kept(page, packages["bundle"], touch=False)
    finally:
        context.close()
    assert watch.remote() == []
    assert watch.errors == []


def test_folder_package_on_a_phone_with_touch(browser, packages, tmp_path):
    context, page, watch = _open(browser, PHONE)
    try:
        take_course(page, packages["bundle"], (packages["folder"] / "index.html").resolve().as_uri(), touch=True)
        check_progress_kept(page, packages["bundle"], touch=True)
        for name in ("index.html", "lesson-01.html", "quiz-02.html"):
            page.goto((packages["folder"] / name).resolve().as_uri())
            page.wait_for_selector("html[data-ready]")
            # Phone first: nothing sticks out sideways at 360 px.
            assert page.evaluate("document.documentElement.scrollWidth") <= 360, name
        page.screenshot(path=str(tmp_path / "phone-quiz.png"), full_page=True)
    finally:
        context.close()
    assert watch.remote() == []
    assert watch.errors == []


def test_single_file_package_works_the_same(browser, packages):
    context, page, watch = _open(browser, PHONE)
    try:
        take_course(page, packages["bundle"], packages["single"].resolve().as_uri(), touch=True)
        check_progress_kept(page, packages["bundle"], touch=True)
    finally:
        context.close()
    assert watch.remote() == []
    assert watch.errors == []


def test_scorm_package_reports_score_and_status_to_the_lms_api(browser, packages):
    context, page, watch = _open(browser, LAPTOP, STUB_API)
    try:
        take_course(page, packages["bundle"], (packages["scorm"] / "index.html").resolve().as_uri(), touch=False)
        calls = page.evaluate("window.__calls")
        values = page.evaluate("window.__values")
        page.evaluate("window.dispatchEvent(new Event('pagehide'))")
        after = page.evaluate("window.__calls")
    finally:
        context.close()
    names = [c[0] for c in calls]
    assert names[0] == "LMSInitialize"
    assert ["LMSSetValue", "cmi.core.score.raw", "100"] in calls
    assert values["cmi.core.lesson_status"] == "passed"
    assert values["cmi.core.score.max"] == "100"
    # Progress also goes to the LMS, so another device can continue it.
    assert json.loads(values["cmi.suspend_data"])["q"]  # the compact form, by item index
    assert values["cmi.core.lesson_location"]
    assert "LMSCommit" in names
    assert after[-1][0] == "LMSFinish" and "LMSFinish" not in names
    assert watch.remote() == [] and watch.errors == []


_Server = LocalServer


def test_scorm_package_finds_the_api_in_the_lms_frame_above_it(browser, packages, tmp_path):
    import shutil

    lms = tmp_path / "lms"
    shutil.copytree(packages["scorm"], lms / "course")
    (lms / "player.html").write_text(
        "<!doctype html><html lang='en'><head><title>LMS</title><link rel='icon' href='data:,'><script src='api.js'></script></head>"
        "<body><iframe id='sco' title='course' src='course/index.html' width='800' height='600'></iframe></body></html>",
        "utf-8")
    (lms / "api.js").write_text(STUB_API, "utf-8")
    server = _Server(lms)
    context, page, watch = _open(browser, LAPTOP)
    try:
        page.goto(server.origin + "player.html")
        frame = page.frame_locator("#sco")
        expect(frame.locator("html[data-ready]")).to_have_count(1)
        calls = page.evaluate("window.__calls")
        assert calls and calls[0][0] == "LMSInitialize"
        assert page.evaluate("window.__values['cmi.core.lesson_status']") == "incomplete"
    finally:
        context.close()
        server.close()
    assert watch.remote(allowed=(server.origin, "data:", "blob:")) == []
    assert watch.errors == []


def test_scorm_package_works_alone_without_an_lms(browser, packages):
    context, page, watch = _open(browser, LAPTOP)
    try:
        take_course(page, packages["bundle"], (packages["scorm"] / "index.html").resolve().as_uri(), touch=False)
    finally:
        context.close()
    assert watch.remote() == [] and watch.errors == []


def test_folder_package_from_a_static_web_server(browser, packages):
    server = _Server(packages["folder"])
    context, page, watch = _open(browser, PHONE)
    try:
        take_course(page, packages["bundle"], server.origin + "index.html", touch=True)
    finally:
        context.close()
        server.close()
    assert watch.remote(allowed=(server.origin, "data:", "blob:")) == []
    assert watch.errors == []


def test_pages_pass_an_automated_accessibility_check(browser, packages):
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe-playwright-python not installed")
    context = browser.new_context(**PHONE)
    page = context.new_page()
    problems = []
    try:
        for name in ("index.html", "lesson-01.html", "quiz-02.html", "survey-04.html"):
            page.goto((packages["folder"] / name).resolve().as_uri())
            page.wait_for_selector("html[data-ready]")
            results = axe_module.Axe().run(page)
            for v in results.response["violations"]:
                problems.append(f"{name}: {v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}")
        # Feedback and results have their own colours: check them too, after a finished quiz.
        page.goto((packages["folder"] / "quiz-02.html").resolve().as_uri())
        page.wait_for_selector("html[data-ready]")
        first = page.locator(".q").first
        press(first.locator("[data-check]"), True)
        page.locator("[data-finish]").tap()
        page.locator("[data-result] h2").wait_for()
        for v in axe_module.Axe().run(page).response["violations"]:
            problems.append(f"finished quiz: {v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}")
        # The check is live: a picture without alt text on the same page is caught.
        page.evaluate("document.querySelector('h1').insertAdjacentHTML('afterend', '<img src=\"data:,\">')")
        planted = axe_module.Axe().run(page).response["violations"]
    finally:
        context.close()
    assert problems == []
    assert "image-alt" in {v["id"] for v in planted}


def test_without_local_storage_the_package_still_works_and_says_so(browser, packages):
    # Some browsers refuse storage to file:// pages; the course must still run, and say progress is not kept.
    blocker = "Object.defineProperty(window, 'localStorage', {get: function () { throw new Error('denied'); }});"
    context, page, watch = _open(browser, PHONE, blocker)
    try:
        page.goto(packages["single"].resolve().as_uri())
        page.wait_for_selector("html[data-ready]")
        expect(page.locator("#cb-storage-notice")).to_be_visible()
        take_course(page, packages["bundle"], packages["single"].resolve().as_uri() + "#index", touch=True)
    finally:
        context.close()
    assert watch.errors == []


@pytest.mark.parametrize("form", ["folder", "single"])
@pytest.mark.parametrize("sample", sample_bundles(), ids=lambda p: p.name)
def test_sample_course_taken_end_to_end(browser, sample, form, tmp_path):
    bundle = open_bundle_or_test(sample)
    result = export_offline(bundle, OfflineOptions(output=tmp_path / ("site" if form == "folder" else "course.html"), form=form))
    start = result.path / "index.html" if form == "folder" else result.path
    context, page, watch = _open(browser, PHONE if form == "single" else LAPTOP)
    try:
        take_course(page, bundle, start.resolve().as_uri(), touch=form == "single")
        check_progress_kept(page, bundle, touch=form == "single")
    finally:
        context.close()
    assert watch.remote() == [] and watch.errors == []


def _tab_to(page, selector: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_questions_work_with_the_keyboard_alone(browser, packages):
    context, page, watch = _open(browser, LAPTOP)
    try:
        page.goto((packages["folder"] / "quiz-02.html").resolve().as_uri())
        page.wait_for_selector("html[data-ready]")
        quiz = next(i for m in packages["bundle"].course.modules for i in m.items if isinstance(i, Quiz))
        first = quiz.questions[0]
        right = next(c for c in first.choices if c.correct)
        el = page.locator(f".q[data-q='{quiz.id}/{first.id}']")
        _tab_to(page, f".q[data-q='{quiz.id}/{first.id}'] input")
        # Arrow keys move within a radio group; Space selects.
        for _ in range(len(first.choices)):
            if page.evaluate("document.activeElement.value") == right.id:
                break
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Space")
        _tab_to(page, f".q[data-q='{quiz.id}/{first.id}'] [data-check]")
        page.keyboard.press("Enter")
        expect(el.locator(".q-feedback.right")).to_be_visible()
        ordering = next(q for q in quiz.questions if q.type == "ordering")
        order_el = page.locator(f".q[data-q='{quiz.id}/{ordering.id}']")
        before = order_el.locator(".order-item").evaluate_all("els => els.map(e => e.dataset.i)")
        _tab_to(page, f".q[data-q='{quiz.id}/{ordering.id}'] .order-move:not([disabled])")
        page.keyboard.press("Enter")
        after = order_el.locator(".order-item").evaluate_all("els => els.map(e => e.dataset.i)")
        assert after != before and sorted(after) == sorted(before)
        # Focus stays on a move button, so a trainee can keep moving the same item.
        assert page.evaluate("document.activeElement.classList.contains('order-move')")
    finally:
        context.close()
    assert watch.errors == []


def test_a_failed_quiz_can_be_tried_again(browser, packages):
    bundle = packages["bundle"]
    questions = question_map(bundle)
    slug, quiz = next((s, i) for s, i in _items(bundle) if isinstance(i, Quiz))
    context, page, watch = _open(browser, PHONE)
    try:
        page.goto((packages["folder"] / f"{slug}.html").resolve().as_uri())
        page.wait_for_selector("html[data-ready]")
        root = _root(page)
        order = root.locator(".q").evaluate_all("els => els.map(e => e.dataset.q)")
        choices = root.locator(".choices[data-shuffle]").first.locator("input").evaluate_all(
            "els => els.map(e => e.value)")
        page.reload()
        page.wait_for_selector("html[data-ready]")
        assert order != [f"{quiz.id}/{q.id}" for q in quiz.questions] and len(order) == len(quiz.questions)
        # Shuffled once per try: a reload shows the same order.
        assert root.locator(".q").evaluate_all("els => els.map(e => e.dataset.q)") == order
        assert root.locator(".choices[data-shuffle]").first.locator("input").evaluate_all(
            "els => els.map(e => e.value)") == choices
        # Only the first question answered: far below the pass mark.
        first = root.locator(".q").first
        answer_correctly(first, questions[first.get_attribute("data-q")], True)
        press(root.locator("[data-finish]"), True)
        expect(root.locator("[data-result]")).to_have_class("result failed")
        assert percent_from(root.locator("[data-result] h2").inner_text()) < quiz.pass_mark
        expect(root.locator("[data-result]")).to_contain_text("70%")
        press(root.locator("[data-retry]"), True)
        expect(root.locator("[data-result]")).to_be_empty()
        expect(root.locator("[data-finish]")).to_be_visible()
        expect(root.locator(".q input:checked")).to_have_count(0)
        expect(root.locator(".q.locked")).to_have_count(0)
        for el in root.locator(".q").all():
            answer_correctly(el, questions[el.get_attribute("data-q")], True)
        press(root.locator("[data-finish]"), True)
        expect(root.locator("[data-result]")).to_have_class("result passed")
    finally:
        context.close()
    assert watch.errors == []


def _phone_shot(page, path: Path) -> None:
    from PIL import Image

    page.screenshot(path=str(path))
    with Image.open(path) as im:
        assert im.size == (360, 740)
        # Not a blank page: text and pictures give many colours.
        assert len(im.convert("RGB").getcolors(1 << 20) or []) > 50
        im.convert("RGB").quantize(128).save(path, optimize=True)


def test_phone_screenshots_of_a_lesson_and_a_quiz(browser, packages, tmp_path):
    """Take the README's phone pictures; set COURSEBUILDER_DOC_SHOTS=docs/images to keep them."""
    import os
    import shutil

    samples = [p for p in sample_bundles() if p.name == "selling-produce-online"]
    if samples:
        bundle = open_bundle_or_test(samples[0])
        site = export_offline(bundle, OfflineOptions(output=tmp_path / "site")).path
    else:
        bundle, site = packages["bundle"], packages["folder"]
    questions = question_map(bundle)
    items = list(_items(bundle))
    lesson = next(s for s, i in items if isinstance(i, Lesson) and any(b.type == "image" for b in i.blocks))
    quiz = next(s for s, i in items if isinstance(i, Quiz))
    context = browser.new_context(**{**PHONE, "device_scale_factor": 1})
    context.set_default_timeout(30_000)
    page = context.new_page()
    try:
        page.goto((site / f"{lesson}.html").resolve().as_uri())
        page.wait_for_selector("html[data-ready]")
        # Show the first picture with the text just above it.
        page.evaluate("window.scrollTo(0, document.querySelector('figure img').getBoundingClientRect().top"
                      " + scrollY - 260)")
        # Lazy pictures below the screen never load: wait only for those in view.
        # (A function, not an expression: the page's policy forbids eval, which expressions would need.)
        page.wait_for_function(
            "() => [...document.images].filter(i => i.getBoundingClientRect().top < innerHeight).every(i => i.complete)",
            polling=100)
        _phone_shot(page, tmp_path / "phone-lesson.png")
        page.goto((site / f"{quiz}.html").resolve().as_uri())
        page.wait_for_selector("html[data-ready]")
        for el in page.locator(".q").all()[:2]:
            answer_correctly(el, questions[el.get_attribute("data-q")], True)
            press(el.locator("[data-check]"), True)
        page.locator("h1").scroll_into_view_if_needed()
        _phone_shot(page, tmp_path / "phone-quiz.png")
    finally:
        context.close()
    target = os.environ.get("COURSEBUILDER_DOC_SHOTS")
    if target:
        for name in ("phone-lesson.png", "phone-quiz.png"):
            shutil.copyfile(tmp_path / name, Path(target) / name)


def test_scorm_package_continues_from_the_lms_suspend_data(browser, packages):
    bundle = packages["bundle"]
    slug, lesson = next((s, i) for s, i in _items(bundle) if isinstance(i, Lesson))
    saved = {"v": 1, "visited": {lesson.id: True}, "answers": {}, "checked": {}, "quizzes": {}, "surveys": {},
             "last": lesson.id}
    preset = STUB_API + f"window.__values['cmi.suspend_data'] = {json.dumps(json.dumps(saved))};"
    context, page, watch = _open(browser, LAPTOP, preset)
    try:
        page.goto((packages["scorm"] / "index.html").resolve().as_uri())
        page.wait_for_selector("html[data-ready]")
        root = _root(page)
        expect(root.locator(f"[data-status-for='{lesson.id}']")).to_have_class("status done")
        expect(root.locator(".status.done")).to_have_count(1)
        expect(root.locator("[data-continue]")).to_have_attribute("href", f"#{slug}")
    finally:
        context.close()
    assert watch.errors == []


def test_print_stylesheet_gives_a_clean_handout(browser, packages, tmp_path):
    import shutil
    import subprocess

    if not (shutil.which("pdftotext") and shutil.which("pdfimages")):
        pytest.skip("poppler-utils is not installed (.ci/run installs it)")
    bundle = packages["bundle"]
    strings_next = "下一页" if bundle.course.language.startswith("zh") else "Next"
    slug, lesson = next((s, i) for s, i in _items(bundle) if isinstance(i, Lesson)
                        and any(b.type == "image" for b in i.blocks))
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto((packages["folder"] / f"{slug}.html").resolve().as_uri())
        page.wait_for_selector("html[data-ready]")
        page.pdf(path=str(tmp_path / "handout.pdf"))
    finally:
        context.close()
    text = subprocess.run(["pdftotext", str(tmp_path / "handout.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    images = subprocess.run(["pdfimages", "-list", str(tmp_path / "handout.pdf")], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert lesson.title.split()[0] in text
    # Navigation and buttons stay on screen; pictures, even those further down, go on paper.
    assert strings_next not in text and bundle.course.title not in text.splitlines()[0]
    assert len(images) >= sum(b.type == "image" for b in lesson.blocks)


@pytest.mark.parametrize("sample", sample_bundles(), ids=lambda p: p.name)
def test_every_page_of_the_samples_passes_the_accessibility_check(browser, sample, tmp_path):
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe-playwright-python not installed")
    out = export_offline(open_bundle_or_test(sample), OfflineOptions(output=tmp_path / "site")).path
    context = browser.new_context(**PHONE)
    page = context.new_page()
    problems = []
    try:
        for f in sorted(out.glob("*.html")):
            page.goto(f.resolve().as_uri())
            page.wait_for_selector("html[data-ready]")
            for v in axe_module.Axe().run(page).response["violations"]:
                problems.append(f"{f.name}: {v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}")
    finally:
        context.close()
    assert problems == []
