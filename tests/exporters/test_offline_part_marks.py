"""Part marks imported from Moodle count in the phone package as they would in Moodle."""

from __future__ import annotations

import pytest

from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.importers import import_gift, new_course_bundle
from exporters.offline_support import BROWSER_ARGS, CHROMIUM, percent_from, press

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium package is not installed (.ci/run installs it)", allow_module_level=True)

# Three questions worth a point each, in Moodle's own words (question/format/gift/examples.txt).
BANK = """::Hometown::Jesus Christ was from {
    ~Jerusalem#This was an important city, but the wrong answer.
    ~%25%Bethlehem#He was born here, but not raised here.
    ~%50%Galilee#You need to be more specific.
    =Nazareth#Yes! That's right!}

::Animal::Which is the best animal?{
    =Frog#Good!
    =%50%Cat#What is it with Moodlers and cats?
    =%0%*#Completely wrong
}

::Tomb::What two people are entombed in Grant's tomb? {
    ~%-50%No one
    ~%50%Grant
    ~%50%Grant's wife
    ~%-50%Grant's father }
"""


@pytest.mark.parametrize(("picks", "typed", "percent"), [
    (("Galilee", ["Grant"]), "Cat", 50),            # half of each question
    (("Nazareth", ["Grant", "Grant's wife"]), "Frog", 100),
    (("Bethlehem", ["Grant", "No one"]), "Dog", 8),  # 25% + 0% + 0% (50% - 50%) of 3 points
])
def test_part_marks_count_in_the_score(tmp_path, monkeypatch, picks, typed, percent):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    gift = tmp_path / "moodle.gift"
    gift.write_text(BANK, encoding="utf-8")
    bundle = new_course_bundle()
    import_gift(bundle, gift)
    (quiz,) = bundle.course.modules[0].items
    quiz.pass_mark = 100
    site = export_offline(bundle, OfflineOptions(output=tmp_path / "site")).path
    hometown, animal, tomb = quiz.questions
    single, several = picks
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto((site / "quiz-01.html").resolve().as_uri())
            page.wait_for_selector("html[data-ready]")

            def pick(question, text):
                choice = next(c for c in question.choices if c.text == text)
                el = page.locator(f".q[data-q='{quiz.id}/{question.id}']")
                press(el.locator(f"label.choice:has(input[value='{choice.id}'])"), False)

            pick(hometown, single)
            for text in several:
                pick(tomb, text)
            page.locator(f".q[data-q='{quiz.id}/{animal.id}'] .answer").fill(typed)
            press(page.locator("[data-finish]"), False)
            result = page.locator("[data-result] h2").inner_text()
            assert percent_from(result) == percent, result
            assert errors == []
        finally:
            browser.close()
