"""SCORM packages hosted in a real SCORM 1.2 runtime (scorm-again, from npm) in headless Chromium over http.

Every value the platform receives is read from scorm-again's own data model, not from a stub.
"""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest
from js_clients import node_modules

from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.importers import new_course_bundle
from coursebuilder.model import Choice, Module, Quiz, SingleChoiceQuestion
from exporters.offline_support import BROWSER_ARGS, CHROMIUM, LocalServer, press

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
expect = sync_api.expect
expect.set_options(timeout=20_000)
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium package is not installed (.ci/run installs it)", allow_module_level=True)

LMS = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<link rel="icon" href="data:,"><script src="scorm12.js"></script><script>
var given = JSON.parse(decodeURIComponent(location.hash.slice(1)));
window.API = new Scorm12API({ logLevel: 5, autocommit: false });
window.API.loadFromJSON(given.cmi, '');
window.commits = 0;
window.API.on('LMSCommit', function () { window.commits++; });
</script></head><body><iframe id="sco" title="course" width="900" height="700"></iframe><script>
document.getElementById('sco').src = 'course/index.html' + (given.page ? '#' + given.page : '');
</script></body></html>"""


def _quiz_bundle(n: int):
    bundle = new_course_bundle("Exam")
    questions = [SingleChoiceQuestion(id=f"q{i:03d}", prompt=f"Question {i}: which is right?", choices=[
        Choice(id=f"q{i:03d}r", text="Right", correct=True), Choice(id=f"q{i:03d}w", text="Wrong")])
        for i in range(n)]
    bundle.course.modules.append(Module(id="m1", title="Exam", items=[
        Quiz(id="exam", title="Final exam", questions=questions, pass_mark=60)]))
    return bundle


_Server = LocalServer


@pytest.fixture(scope="module")
def lms(tmp_path_factory):
    """Serve scorm-again and two exported SCORM packages (a 4-question quiz, a 100-question exam) on 127.0.0.1."""
    modules = node_modules()
    root = tmp_path_factory.mktemp("lms")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COURSEBUILDER_HOME", str(root / "home"))
        for name, n in (("small", 4), ("exam", 100)):
            package = export_offline(_quiz_bundle(n), OfflineOptions(output=root / f"{name}.zip", form="scorm")).path
            site = root / name
            with zipfile.ZipFile(package) as zf:
                zf.extractall(site / "course")
            shutil.copy(modules / "scorm-again" / "dist" / "scorm12.js", site / "scorm12.js")
            (site / "lms.html").write_text(LMS, "utf-8")
    server = _Server(root)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield server, browser
        browser.close()
    server.close()


def _open(context, server, package: str, cmi: dict, page_slug: str = "quiz-01"):
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    given = json.dumps({"cmi": cmi, "page": page_slug})
    page.goto(f"{server.origin}{package}/lms.html#{given}")
    frame = page.frame_locator("#sco")
    expect(frame.locator("html[data-ready]")).to_have_count(1)
    return page, frame, errors


def _cmi(page) -> dict:
    """Return what the platform holds for this learner, from scorm-again's data model."""
    # scorm-again's JSON form is how it hands the record to the platform (it may read write-only fields).
    data = json.loads(page.evaluate("JSON.stringify(window.API.cmi)"))
    items = data.get("interactions") or {}
    rows = [items[k] for k in sorted(items, key=int)] if isinstance(items, dict) else list(items)
    return {"status": data["core"]["lesson_status"], "raw": data["core"]["score"]["raw"],
            "suspend": data["suspend_data"], "interactions": [
                {"id": i["id"], "type": i["type"], "response": i["student_response"], "result": i["result"],
                 "latency": i["latency"], "pattern": [r["pattern"] for r in _list(i.get("correct_responses"))]}
                for i in rows]}


def _list(value) -> list:
    if isinstance(value, dict):
        return [value[k] for k in sorted(value, key=int)]
    return list(value or [])


def _answer(frame, right: int, total: int) -> None:
    for i in range(total):
        choice = f"q{i:03d}{'r' if i < right else 'w'}"
        press(frame.locator(f"label.choice:has(input[value='{choice}'])"), False)
    press(frame.locator("[data-finish]"), False)


def _learner(name: str, **more) -> dict:
    return {"core": {"student_id": name, "student_name": f"Trainee, {name}", **more.pop("core", {})}, **more}


def test_two_learners_on_one_browser_each_get_their_own_record(lms):
    server, browser = lms
    context = browser.new_context()
    try:
        page, frame, errors = _open(context, server, "small", _learner("A"))
        assert _cmi(page)["raw"] == ""  # no score before a quiz is taken
        _answer(frame, 4, 4)
        expect(frame.locator("[data-result]")).to_have_class("result passed")
        a = _cmi(page)
        assert (a["status"], a["raw"]) == ("passed", "100")
        assert [i["id"] for i in a["interactions"]] == [f"exam-q{i:03d}" for i in range(4)]
        assert {(i["type"], i["result"]) for i in a["interactions"]} == {("choice", "correct")}
        assert a["interactions"][0]["response"] == "q000r" and a["interactions"][0]["pattern"] == ["q000r"]
        assert all(i["latency"] for i in a["interactions"])
        assert errors == []
        page.close()
        # Trainee B logs in on the same browser, where A's progress is still in local storage.
        page, frame, errors = _open(context, server, "small", _learner("B"))
        b = _cmi(page)
        assert b["status"] == "incomplete" and b["raw"] == ""
        assert "q000r" not in b["suspend"] and json.loads(b["suspend"]).get("q", {}) == {}
        expect(frame.locator("[data-finish]")).to_be_visible()
        expect(frame.locator(".q input:checked")).to_have_count(0)
        assert errors == []
    finally:
        context.close()


def test_a_100_question_exam_resumes_on_a_second_device_and_keeps_its_pass(lms):
    server, browser = lms
    first = browser.new_context()
    try:
        page, frame, errors = _open(first, server, "exam", _learner("A"))
        _answer(frame, 80, 100)
        expect(frame.locator("[data-result]")).to_have_class("result passed")
        done = _cmi(page)
        assert (done["status"], done["raw"]) == ("passed", "80")
        assert len(done["suspend"]) <= 4096 and json.loads(done["suspend"])["q"]
        assert len(done["interactions"]) == 100
        assert errors == []
    finally:
        first.close()
    second = browser.new_context()  # another device: nothing in its local storage
    try:
        cmi = _learner("A", core={"lesson_status": "passed", "score": {"raw": "80"}}, suspend_data=done["suspend"])
        page, frame, errors = _open(second, server, "exam", cmi)
        expect(frame.locator("[data-result]")).to_have_class("result passed")
        again = _cmi(page)
        assert (again["status"], again["raw"]) == ("passed", "80")
        # A try after the pass starts empty, and the platform keeps the pass and the best score.
        press(frame.locator("[data-retry]"), False)
        expect(frame.locator("[data-finish]")).to_be_visible()
        after = _cmi(page)
        assert (after["status"], after["raw"]) == ("passed", "80")
        _answer(frame, 10, 100)
        worse = _cmi(page)
        assert (worse["status"], worse["raw"]) == ("passed", "80")
        assert errors == []
    finally:
        second.close()


def test_a_recorded_pass_is_never_lowered_by_a_package_without_the_detail(lms):
    server, browser = lms
    context = browser.new_context()
    try:
        cmi = _learner("C", core={"lesson_status": "passed", "score": {"raw": "90"}}, suspend_data="")
        page, frame, errors = _open(context, server, "small", cmi)
        page.evaluate("document.getElementById('sco').contentWindow.dispatchEvent(new Event('pagehide'))")
        held = _cmi(page)
        assert (held["status"], held["raw"]) == ("passed", "90")
        assert errors == []
    finally:
        context.close()
