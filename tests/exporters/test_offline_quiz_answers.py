"""A quiz with tries left shows which answers were wrong, never the right ones; they show once no try is left."""

from __future__ import annotations

import pytest

from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.importers import new_course_bundle
from coursebuilder.model import Choice, Module, Quiz, SingleChoiceQuestion
from exporters.offline_support import BROWSER_ARGS, CHROMIUM, press

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
expect = sync_api.expect
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium package is not installed (.ci/run installs it)", allow_module_level=True)


def test_right_answers_stay_hidden_until_the_last_try(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = new_course_bundle("Answers")
    questions = [SingleChoiceQuestion(id=f"q{i}", prompt=f"Question {i}?", choices=[
        Choice(id=f"q{i}r", text=f"Right answer {i}", correct=True), Choice(id=f"q{i}w", text=f"Wrong answer {i}")])
        for i in range(3)]
    bundle.course.modules.append(Module(id="m", title="M", items=[
        Quiz(id="quiz", title="Quiz", questions=questions, pass_mark=100, attempts=2)]))
    site = export_offline(bundle, OfflineOptions(output=tmp_path / "site")).path
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto((site / "quiz-01.html").resolve().as_uri())
            page.wait_for_selector("html[data-ready]")

            def wrong_try():
                for i in range(3):
                    press(page.locator(f"label.choice:has(input[value='q{i}w'])"), False)
                press(page.locator("[data-finish]"), False)
                expect(page.locator("[data-result]")).to_have_class("result failed")

            wrong_try()
            feedback = page.locator(".q-feedback").all_inner_texts()
            # Which were wrong is shown; what is right is not, while a try is left (not after a reload either).
            assert len(feedback) == 3 and all("✗" in f for f in feedback)
            assert not any("Right answer" in f for f in feedback), feedback
            page.reload()
            page.wait_for_selector("html[data-ready]")
            assert not any("Right answer" in f for f in page.locator(".q-feedback").all_inner_texts())
            press(page.locator("[data-retry]"), False)
            wrong_try()
            shown = page.locator(".q-feedback").all_inner_texts()
            assert all(f"Right answer {i}" in shown[i] for i in range(3)), shown
            assert errors == []
        finally:
            browser.close()
