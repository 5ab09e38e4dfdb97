"""A quiz's answers cannot be read in any package form's source, yet the quiz still marks right and wrong."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from coursebuilder.bundle import open_bundle
from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.exporters.offline.sealed import number_text
from coursebuilder.importers import new_course_bundle
from coursebuilder.model import (
    Choice,
    FillBlankQuestion,
    MatchingQuestion,
    Module,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    Pair,
    Quiz,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from exporters.offline_support import BROWSER_ARGS, CHROMIUM, answer_correctly, press, sample_bundles

FORMS = (("folder", "site"), ("single", "course.html"), ("scorm", "course.zip"))


def _shipped(path: Path) -> dict[str, str]:
    """Return every file of a package as text, by name."""
    if path.is_dir():
        return {p.relative_to(path).as_posix(): p.read_bytes().decode("utf-8", "replace") for p in path.rglob("*") if p.is_file()}
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            return {n: zf.read(n).decode("utf-8", "replace") for n in zf.namelist()}
    return {path.name: path.read_text("utf-8")}


def _data(text: str) -> str:
    match = re.search(r'<script type="application/json" id="cb-data">(.*?)</script>', text, re.S)
    return match.group(1) if match else ""


def _secrets(quiz: Quiz) -> tuple[list[str], list[str]]:
    """Return what gives a quiz's answers away: texts only the key would hold, and ids/solutions of the key."""
    typed: list[str] = []
    keyed: list[str] = []
    for q in quiz.questions:
        if isinstance(q, ShortAnswerQuestion):
            typed += q.answers
        elif isinstance(q, FillBlankQuestion):
            typed += [a for alts in q.blanks() for a in alts]
        # A numeric answer is a short number found anywhere (in hashes too): its key's fields are checked below.
        elif isinstance(q, SingleChoiceQuestion | MultipleChoiceQuestion):
            right = [c for c in q.choices if c.correct]
            keyed += [json.dumps(c.id) for c in right] + ["; ".join(c.text for c in right)]
        elif isinstance(q, MatchingQuestion):
            keyed.append("; ".join(f"{p.left} → {p.right}" for p in q.pairs))
        elif isinstance(q, OrderingQuestion):
            keyed.append(" → ".join(q.items))
    return typed, keyed


def _course_data(text: str) -> str:
    """Return the course's part of the page data, its items and quiz keys: not the phone words of each language
    (they name no answer), nor the exercises' keys (practice shows its answers at once, and a lesson's exercise
    may share a word with a quiz)."""
    if not text:
        return ""
    data = json.loads(text)
    keep = {"course": data.get("course"), "items": data.get("items")}
    keep["questions"] = {k: v for k, v in data.get("questions", {}).items() if v.get("sealed")}
    return json.dumps(keep, ensure_ascii=False)


def _visible(files: dict[str, str]) -> str:
    """Return what the pages show (their HTML without the data the script reads)."""
    return "\n".join(re.sub(r'<script type="application/json" id="cb-data">.*?</script>', "", t, flags=re.S)
                     for n, t in files.items() if n.endswith(".html"))


def _all_kinds_bundle():
    bundle = new_course_bundle("Sealed answers")
    questions = [
        SingleChoiceQuestion(id="single", prompt="Which spice numbs the lips?", choices=[
            Choice(id="c-pepper", text="Sichuan pepper", correct=True), Choice(id="c-salt", text="Table salt")]),
        MultipleChoiceQuestion(id="multi", prompt="Which are fruits?", choices=[
            Choice(id="m-apple", text="Apple", correct=True), Choice(id="m-pear", text="Pear", correct=True),
            Choice(id="m-leek", text="Leek")]),
        TrueFalseQuestion(id="tf", prompt="Apples float in water.", answer=True),
        FillBlankQuestion(id="blank", prompt="Fill in", text="Mapo tofu comes from [[Chengdu|成都]]."),
        MatchingQuestion(id="match", prompt="Match", pairs=[Pair(left="Red", right="Chilli"), Pair(left="Green", right="Scallion"),
                                                            Pair(left="White", right="Garlic")]),
        OrderingQuestion(id="order", prompt="Order the steps", items=["Wash", "Chop", "Fry", "Serve"]),
        ShortAnswerQuestion(id="short", prompt="Name the numbing berry's genus", answers=["Zanthoxylum"]),
        NumericQuestion(id="num", prompt="Oil temperature in °C?", answer=172.5, tolerance=2.5, unit="°C"),
        NumericQuestion(id="exact", prompt="Grams of salt per litre?", answer=9.25),
    ]
    bundle.course.modules.append(Module(id="m", title="M", items=[
        Quiz(id="quiz", title="Quiz", questions=questions, pass_mark=100, attempts=2)]))
    return bundle


@pytest.mark.parametrize("sample", [None, *sample_bundles()], ids=lambda p: p.name if p else "every-kind")
@pytest.mark.parametrize("form, name", FORMS, ids=[f for f, _ in FORMS])
def test_no_quiz_answer_is_in_any_shipped_file(tmp_path, monkeypatch, sample, form, name):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = open_bundle(sample) if sample else _all_kinds_bundle()
    out = export_offline(bundle, OfflineOptions(output=tmp_path / name, form=form, image_sizes=(320,))).path
    files = _shipped(out)
    data = "\n".join(_data(t) for t in files.values())
    assert data, "the pages carry their data"
    # The course's own words in its pages and SCORM manifest (the shipped script, style sheet, font licences and the phone words are
    # the same for every course); a typed answer must not be there as a word.
    text_files = {n: t for n, t in files.items() if n.endswith((".html", ".xml", ".json"))}
    everything = "\n".join(
        re.sub(r"<script>.*?</script>|<style>.*?</style>", "", t.replace(_data(t), _course_data(_data(t))), flags=re.S)
        for t in text_files.values())
    visible = _visible(files)
    quizzes = [i for m in bundle.course.modules for i in m.items if isinstance(i, Quiz)]
    assert quizzes
    for quiz in quizzes:
        typed, keyed = _secrets(quiz)
        for text in typed:
            # A typed answer is nowhere, unless the pages themselves show those words (a prompt, a lesson).
            if len(text) >= 3 and text not in visible:
                assert text not in everything, f"{quiz.title}: the answer {text!r} is in the package"
        for text in keyed:
            assert text not in data, f"{quiz.title}: {text!r} is in the page data"
    keys = {k: v for t in files.values() if _data(t) for k, v in json.loads(_data(t))["questions"].items()}
    for k in (f"{quiz.id}/{q.id}" for quiz in quizzes for q in quiz.questions if q.gradable):
        key = keys[k]
        assert key["sealed"] and not {"correct", "answer", "solution", "rights", "items", "offered", "tolerance"} & set(key), key
        if "answers" in key:
            assert all(re.fullmatch(r"[0-9a-f]{16}", h) for h in key["answers"]), key


sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
expect = sync_api.expect


def _wrong(el, q) -> None:
    if isinstance(q, SingleChoiceQuestion | MultipleChoiceQuestion):
        wrong = next(c for c in q.choices if not c.correct)
        el.locator(f"label.choice:has(input[value='{wrong.id}'])").click()
    elif isinstance(q, TrueFalseQuestion):
        el.locator(f"label.choice:has(input[value='{'false' if q.answer else 'true'}'])").click()
    elif isinstance(q, FillBlankQuestion):
        el.locator(".blank").first.fill("Beijing")
    elif isinstance(q, MatchingQuestion):
        for i in range(len(q.pairs)):
            el.locator("select").nth(i).select_option(label=q.pairs[(i + 1) % len(q.pairs)].right)
    elif isinstance(q, OrderingQuestion):
        pass  # the mixed order the page starts with is never the right one
    elif isinstance(q, ShortAnswerQuestion):
        el.locator(".answer").fill("Capsicum")
    elif isinstance(q, NumericQuestion):
        el.locator(".answer").fill(number_text(q.answer + q.tolerance + 0.5))


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium package is not installed (.ci/run installs it)")
@pytest.mark.parametrize("form, name", FORMS, ids=[f for f, _ in FORMS])
def test_the_sealed_quiz_marks_right_and_wrong_and_shows_answers_after_the_last_try(tmp_path, monkeypatch, form, name):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = _all_kinds_bundle()
    quiz = bundle.course.modules[0].items[0]
    out = export_offline(bundle, OfflineOptions(output=tmp_path / name, form=form)).path
    if form == "scorm":
        with zipfile.ZipFile(out) as zf:
            zf.extractall(tmp_path / "unzipped")
        start = tmp_path / "unzipped" / "index.html"
    else:
        start = out / "quiz-01.html" if form == "folder" else out
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(start.resolve().as_uri() + ("" if form == "folder" else "#quiz-01"))
            page.wait_for_selector("html[data-ready]")
            root = page.locator("[data-assessment='quiz']")

            def question(q):
                return root.locator(f".q[data-q='quiz/{q.id}']")

            # First try: everything wrong. Each is marked wrong; no right answer is shown (a try is left).
            for q in quiz.questions:
                _wrong(question(q), q)
            press(root.locator("[data-finish]"), False)
            expect(root.locator("[data-result]")).to_have_class("result failed")
            for q in quiz.questions:
                expect(question(q).locator(".q-feedback")).to_have_class("q-feedback wrong")
            assert not root.locator(".q-feedback .solution").count()

            # Second try, the last: still wrong, and now each shows its right answer, read back from the key.
            press(root.locator("[data-retry]"), False)
            for q in quiz.questions:
                _wrong(question(q), q)
            press(root.locator("[data-finish]"), False)
            expect(root.locator("[data-result]")).to_have_class("result failed")
            solutions = {q.id: question(q).locator(".solution").inner_text() for q in quiz.questions}
            assert "Zanthoxylum" in solutions["short"] and "Chengdu" in solutions["blank"]
            assert "172.5" in solutions["num"] and "9.25" in solutions["exact"]
            assert "Sichuan pepper" in solutions["single"] and "Red → Chilli" in solutions["match"]
            assert "Wash → Chop → Fry → Serve" in solutions["order"]

            # A fresh trainee answering right gets every question right, with each kind's own checks.
            page = browser.new_context().new_page()  # a fresh browser profile: nothing remembered
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(start.resolve().as_uri() + ("" if form == "folder" else "#quiz-01"))
            page.wait_for_selector("html[data-ready]")
            root = page.locator("[data-assessment='quiz']")
            for q in quiz.questions:
                answer_correctly(question(q), q, False)
            question(quiz.questions[-2]).locator(".answer").fill("170.1")  # inside 172.5 ± 2.5
            press(root.locator("[data-finish]"), False)
            expect(root.locator("[data-result]")).to_have_class("result passed")
            for q in quiz.questions:
                expect(question(q).locator(".q-feedback")).to_have_class("q-feedback right")
            assert errors == []
        finally:
            browser.close()
