"""A phone (Chromium at 360 px with touch) takes the served quiz offline; the result arrives exactly once."""

from __future__ import annotations

import pytest
from classroom.classroom_support import served
from exporters.offline_support import BROWSER_ARGS, CHROMIUM, answer_correctly, question_map
from factories import make_bundle

from coursebuilder.model import Quiz, Survey

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")]

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield b
        b.close()


@pytest.fixture()
def room(tmp_path):
    bundle = make_bundle()
    with served(tmp_path, bundle=bundle) as (server, store, snap):
        yield bundle, server, store, snap


def _slug(snap, kind):
    return next(u for u in snap.files if u.startswith(f"/{kind}-")).lstrip("/")


def _answer_quiz(page, bundle):
    keys = question_map(bundle)
    for el in page.locator("[data-assessment] .q").all():
        answer_correctly(el, keys[el.get_attribute("data-q")], touch=True)


def _outbox(page):
    return page.locator("#cb-outbox")


def _quiz_rows(store, session):
    return [s for s in store.submissions(session) if s.kind == "quiz"]


def test_quiz_taken_offline_arrives_once_when_back_online(browser, room):
    bundle, server, store, snap = room
    context = browser.new_context(**PHONE)
    context.set_default_timeout(30_000)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url)
    assert page.locator(".cb-join").is_visible()
    page.locator("#cb-trainee").fill("No. 7")
    page.goto(server.url + _slug(snap, "quiz"))
    page.wait_for_selector("html[data-classroom='1']")
    _answer_quiz(page, bundle)
    context.set_offline(True)
    page.locator("[data-finish]").tap()
    page.wait_for_selector("#cb-outbox[data-state='waiting']")
    assert _outbox(page).inner_text() == "等待发送（1）"
    assert _quiz_rows(store, server.session.id) == []
    context.set_offline(False)
    page.wait_for_selector("#cb-outbox[data-state='sent']")
    assert _outbox(page).inner_text().startswith("已发送 ✓")
    rows = _quiz_rows(store, server.session.id)
    assert len(rows) == 1 and rows[0].trainee == "No. 7"
    quiz = next(i for m in bundle.course.modules for i in m.items if isinstance(i, Quiz))
    assert rows[0].body["score"]["percent"] == 100 and set(rows[0].body["answers"]) == {q.id for q in quiz.questions}
    # Nothing is sent again: a reload, and the outbox is empty.
    page.reload()
    page.wait_for_selector("html[data-classroom='1']")
    page.wait_for_timeout(1500)
    assert len(_quiz_rows(store, server.session.id)) == 1
    assert errors == []
    context.close()


def test_result_waiting_across_a_reload_is_sent_once(browser, room):
    bundle, server, store, snap = room
    context = browser.new_context(**PHONE)
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.goto(server.url + _slug(snap, "survey"))
    page.wait_for_selector("html[data-classroom='1']")
    survey = next(i for m in bundle.course.modules for i in m.items if isinstance(i, Survey))
    page.locator(".scale-point").last.tap()
    context.set_offline(True)
    page.locator("[data-submit]").tap()
    page.wait_for_selector("#cb-outbox[data-state='waiting']")
    # The laptop stays out of reach while the page itself comes back (the trainee pulls to reload).
    context.route("**/api/submissions", lambda route: route.abort())
    context.set_offline(False)
    page.reload()
    page.wait_for_selector("#cb-outbox[data-state='waiting']")
    assert _outbox(page).inner_text() == "等待发送（1）"
    assert store.submissions(server.session.id) == []
    context.unroute("**/api/submissions")
    page.wait_for_selector("#cb-outbox[data-state='sent']", timeout=45_000)
    rows = store.submissions(server.session.id)
    assert len(rows) == 1 and rows[0].item == survey.id
    context.close()


def test_wechat_gets_the_open_in_browser_notice(browser, room):
    bundle, server, store, snap = room
    ua = ("Mozilla/5.0 (Linux; Android 10; V2001A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.62 "
          "XWEB/2691 MMWEBSDK/200801 Mobile Safari/537.36 MMWEBID/1234 MicroMessenger/7.0.18.1740(0x27001235)")
    context = browser.new_context(**PHONE, user_agent=ua)
    page = context.new_page()
    page.goto(server.url)
    notice = page.locator("#cb-wechat")
    notice.wait_for()
    assert "在浏览器打开" in notice.inner_text()
    assert page.locator("#cb-wechat img").evaluate("i => i.complete && i.naturalWidth > 0")
    context.close()
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(server.url)
    page.wait_for_selector("html[data-classroom='1']")
    assert page.locator("#cb-wechat").count() == 0
    context.close()
