"""On a 360 px phone: the phone-size picture at any pixel ratio from 1.5 to 3 (bytes per page measured), tap targets of 44 px."""

from __future__ import annotations

import pytest

from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.model import ImageBlock, Lesson
from exporters.offline_support import BROWSER_ARGS, CHROMIUM, offline_bundle

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium package is not installed (.ci/run installs it)", allow_module_level=True)


def _picture_bytes(browser, url: str, width: int, ratio: float) -> dict[str, int]:
    """Open a page at a size and pixel ratio; return the bytes of each picture it fetched."""
    context = browser.new_context(viewport={"width": width, "height": 740}, device_scale_factor=ratio,
                                  is_mobile=width < 700, has_touch=width < 700)
    fetched: dict[str, int] = {}

    def record(response):
        if response.request.resource_type == "image":
            fetched[response.url.rsplit("/", 1)[-1]] = len(response.body())

    context.on("response", record)
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector("html[data-ready]")
        page.evaluate("Array.from(document.images).forEach(i => { i.loading = 'eager'; })")
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    return fetched


def test_phones_fetch_the_phone_size_picture_and_laptops_the_large_one(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = offline_bundle()
    site = export_offline(bundle, OfflineOptions(output=tmp_path / "site")).path
    lessons = [i for m in bundle.course.modules for i in m.items]
    n = next(k for k, item in enumerate(lessons, 1) if isinstance(item, Lesson)
             and any(isinstance(b, ImageBlock) and b.id == "big-photo" for b in item.blocks))
    page = next(site.glob(f"lesson-{n:02d}.html"))
    phone, large = OfflineOptions(output=site).image_sizes[0], OfflineOptions(output=site).image_sizes[-1]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            laptop = _picture_bytes(browser, page.resolve().as_uri(), 1280, 2)
            phones = {ratio: _picture_bytes(browser, page.resolve().as_uri(), 360, ratio) for ratio in (1.5, 2, 3)}
        finally:
            browser.close()
    laptop_bytes = sum(laptop.values())
    assert any(name.endswith(f"-{large}.webp") for name in laptop), laptop
    for ratio, fetched in phones.items():
        webp = {name: size for name, size in fetched.items() if name.endswith(".webp")}
        assert webp, (ratio, fetched)
        # Every picture a phone fetched is the phone size, and the page costs far fewer bytes than on a laptop.
        assert all(name.endswith(f"-{phone}.webp") for name in webp), (ratio, webp)
        assert sum(fetched.values()) < laptop_bytes / 2, (ratio, sum(fetched.values()), laptop_bytes)


#: What a finger taps: links outside running text, buttons, form fields, the labels around choices.
TARGETS = """() => Array.from(document.querySelectorAll(
  'a[href], button, select, textarea, input[type=text], input[type=number], label.choice, label.scale-point, summary'))
  .filter(el => {
    const box = el.getBoundingClientRect(), style = getComputedStyle(el);
    if (!box.width || !box.height || style.visibility === 'hidden') return false;
    // Links inside a sentence are exempt (WCAG 2.5.8 inline exception).
    return !el.closest('.prose p, .prose li, .prose td, .q-prompt, .choice-feedback, .footnote');
  })
  .map(el => { const b = el.getBoundingClientRect();
    return { what: el.tagName + '.' + el.className + ' ' + (el.textContent || '').trim().slice(0, 30),
             w: Math.round(b.width), h: Math.round(b.height) }; })"""


def test_every_tap_target_is_at_least_44_css_px_on_a_phone(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    site = export_offline(offline_bundle(), OfflineOptions(output=tmp_path / "site")).path
    small = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2,
                                          is_mobile=True, has_touch=True)
            page = context.new_page()
            pages = sorted(site.glob("*.html"))
            assert len(pages) >= 5
            for html in pages:
                page.goto(html.resolve().as_uri())
                page.wait_for_selector("html[data-ready]")
                small += [f"{html.name}: {t['what']} {t['w']}x{t['h']}" for t in page.evaluate(TARGETS)
                          if t["w"] < 44 or t["h"] < 44]
            context.close()
        finally:
            browser.close()
    assert small == [], "\n".join(small)
