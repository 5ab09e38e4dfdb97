"""Take the phone pictures of docs/classroom.md: the served home page and a quiz waiting to send.

    .venv/bin/python tests/classroom/phone_screenshots.py docs/images
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classroom.classroom_support import served
from exporters.offline_support import BROWSER_ARGS, CHROMIUM, answer_correctly, question_map
from playwright.sync_api import sync_playwright

from coursebuilder.bundle import open_bundle

SAMPLE = Path(__file__).resolve().parents[2] / "sample_courses" / "selling-produce-online"
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


def main(out: Path) -> None:
    """Serve the sample course and photograph two phone screens."""
    bundle = open_bundle(SAMPLE)
    with served(Path(tempfile.mkdtemp()), bundle=bundle) as (server, _, snap), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        context = browser.new_context(**PHONE)
        page = context.new_page()
        page.goto(server.url)
        page.wait_for_selector("html[data-classroom='1']")
        page.locator(".cb-join").scroll_into_view_if_needed()
        page.screenshot(path=str(out / "phone-classroom-home.png"))
        quiz = next(u for u in snap.files if u.startswith("/quiz-")).lstrip("/")
        page.goto(server.url + quiz)
        page.wait_for_selector("html[data-classroom='1']")
        keys = question_map(bundle)
        for el in page.locator("[data-assessment] .q").all():
            answer_correctly(el, keys[el.get_attribute("data-q")], touch=True)
        context.set_offline(True)
        page.locator("[data-finish]").tap()
        page.wait_for_selector("#cb-outbox[data-state='waiting']")
        page.locator("[data-result]").scroll_into_view_if_needed()
        page.screenshot(path=str(out / "phone-classroom-waiting.png"))
        context.set_offline(False)
        page.wait_for_selector("#cb-outbox[data-state='sent']")
        page.screenshot(path=str(out / "phone-classroom-sent.png"))
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
