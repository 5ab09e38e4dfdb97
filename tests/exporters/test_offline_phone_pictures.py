"""A 360 px phone at any pixel ratio from 1.5 to 3 fetches the phone-size picture, measured in bytes per page."""

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
    site = export_offline(bundle, tmp_path / "site", OfflineOptions()).path
    lessons = [i for m in bundle.course.modules for i in m.items]
    n = next(k for k, item in enumerate(lessons, 1) if isinstance(item, Lesson)
             and any(isinstance(b, ImageBlock) and b.id == "big-photo" for b in item.blocks))
    page = next(site.glob(f"lesson-{n:02d}.html"))
    phone, large = OfflineOptions().image_sizes[0], OfflineOptions().image_sizes[-1]
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
