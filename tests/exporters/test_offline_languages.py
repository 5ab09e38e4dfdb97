"""Offline packages of a course in several languages: a switch on every page, or one language only."""

from __future__ import annotations

import html as html_lib
import re
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from coursebuilder.cli import main
from coursebuilder.exporters.errors import UsageError
from coursebuilder.exporters.offline import ExportError, OfflineOptions, export_offline
from coursebuilder.model import AudioBlock
from coursebuilder.model.languages import localize
from exporters.offline_support import (
    BROWSER_ARGS,
    CHROMIUM,
    answer_correctly,
    offline_bundle,
    press,
    question_map,
    variant_bundle,
    without_khmer_lao_fonts,
)

LINKS = re.compile(r'<nav class="languages"[^>]*>(.*?)</nav>', re.S)


def _audio_paths(bundle):
    audio = next(b for lesson in bundle.course.lessons() for b in lesson.blocks if isinstance(b, AudioBlock))
    return audio, bundle.course.translations["km"][f"{audio.id}/media"].text


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_every_page_links_to_itself_in_each_language_and_shared_files_are_stored_once(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = variant_bundle()
    site = export_offline(bundle, OfflineOptions(output=tmp_path / "site")).path
    one = export_offline(bundle, OfflineOptions(output=tmp_path / "one", languages=("zh-Hans",))).path
    pages = sorted(p for p in _files(site) if p.endswith(".html"))
    root_pages = [p for p in pages if "/" not in p]
    assert pages == sorted(root_pages + [f"{lang}/{p}" for lang in ("en", "km") for p in root_pages])
    for name in pages:
        html = (site / name).read_text("utf-8")
        links = re.findall(r'<a href="([^"]+)" lang="([^"]+)"', LINKS.search(html).group(1))
        assert [lang for _, lang in links] == ["zh-Hans", "en", "km"], name
        for href, lang in links:
            target = (site / name).parent / href
            # The same page, in that language.
            assert target.resolve() == (site / (name.split("/")[-1] if lang == "zh-Hans"
                                                else f"{lang}/{name.split('/')[-1]}")).resolve(), (name, href)
        lang = name.split("/")[0] if "/" in name else "zh-Hans"
        assert f'<html lang="{lang}">' in html
        assert 'aria-current="page">' + {"zh-Hans": "简体中文", "en": "English", "km": "ខ្មែរ"}[lang] in html
    assert "ខ្មែរ 拍摄 Filming" in (site / "km" / "lesson-01.html").read_text("utf-8")
    assert "EN 拍摄 Filming" in (site / "en" / "lesson-01.html").read_text("utf-8")
    # Media: the Khmer recording on the Khmer pages only; everything else once, as in one language.
    audio, khmer_recording = _audio_paths(bundle)
    km_name, zh_name = khmer_recording.split("/")[-1], audio.media.split("/")[-1]
    assert f'src="../media/{km_name}"' in (site / "km" / "lesson-01.html").read_text("utf-8")
    assert f'src="../media/{zh_name}"' in (site / "en" / "lesson-01.html").read_text("utf-8")
    assert f'src="media/{zh_name}"' in (site / "lesson-01.html").read_text("utf-8")
    shared = {p for p in _files(site) if p.split("/")[0] in ("media", "images")}
    assert shared == {p for p in _files(one) if p.split("/")[0] in ("media", "images")} | {f"media/{km_name}"}
    assert {p for p in _files(site) if p.startswith("assets/fonts/")} >= {"assets/fonts/NotoSansKhmer-Regular.woff2"}


def test_one_language_only(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = variant_bundle()
    audio, khmer_recording = _audio_paths(bundle)
    site = export_offline(bundle, OfflineOptions(output=tmp_path / "km", languages=("km",))).path
    html = (site / "lesson-01.html").read_text("utf-8")
    assert '<html lang="km">' in html and "ខ្មែរ 拍摄 Filming" in html and 'class="languages"' not in html
    assert not (site / "km").exists() and not (site / "zh-Hans").exists()
    names = _files(site)
    assert f"media/{khmer_recording.split('/')[-1]}" in names and f"media/{audio.media.split('/')[-1]}" not in names
    # Two of three languages, English at the root.
    two = export_offline(bundle, OfflineOptions(output=tmp_path / "two", languages=("en", "km"))).path
    assert '<html lang="en">' in (two / "index.html").read_text("utf-8") and (two / "km" / "index.html").is_file()
    assert not (two / "en").exists() and not (two / "zh-Hans").exists()


def test_a_course_in_one_language_is_exported_as_before(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    site = export_offline(offline_bundle(), OfflineOptions(output=tmp_path / "site")).path
    assert {p.split("/")[0] for p in _files(site) if "/" in p} == {"assets", "images", "media"}
    assert all('class="languages"' not in (site / p).read_text("utf-8") for p in _files(site) if p.endswith(".html"))


def test_a_language_the_course_lacks_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    with pytest.raises(ExportError, match=r"the course has no language 'lo'; its languages are zh-Hans, en, km") as exc:
        export_offline(variant_bundle(), OfflineOptions(output=tmp_path / "site", languages=("lo",)))
    assert exc.value.kind == "usage" and not (tmp_path / "site").exists()
    with pytest.raises(UsageError, match="not a language tag"):
        OfflineOptions(output=tmp_path / "x", languages=("km KH",))
    with pytest.raises(UsageError, match="listed twice"):
        OfflineOptions(output=tmp_path / "x", languages=("km", "km"))


def test_the_single_file_holds_every_language_and_each_file_once(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = variant_bundle()
    html = export_offline(bundle, OfflineOptions(output=tmp_path / "c.html", form="single")).path.read_text("utf-8")
    for slug in ("index", "lesson-01", "quiz-02"):
        assert f'id="{slug}"' in html and f'id="km-{slug}"' in html and f'id="en-{slug}"' in html
    assert re.search(r'<section class="page" id="km-lesson-01" data-page="lesson-01" data-lang="km" lang="km"', html)
    assert '<a href="#km-quiz-02" lang="km" hreflang="km"' in html
    uris = re.findall(r' (?:src|href)="(data:[^"]+)" data-file="(f\d+)"', html)
    assert len({u for u, _ in uris}) == len(uris), "a file is inlined twice"
    refs = re.findall(r'data-file="(f\d+)"', html)
    # Each picture is shown in three languages: its later uses only name it.
    assert len(refs) >= 3 * len(uris) - 2
    one = export_offline(bundle, OfflineOptions(output=tmp_path / "one.html", form="single", languages=("zh-Hans",)))
    # The same files, less the Khmer recording.
    assert len(re.findall(r' (?:src|href)="data:[^"]+" data-file=', one.path.read_text("utf-8"))) == len(uris) - 1


def test_scorm_is_one_package_with_the_switch_inside(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    package = export_offline(variant_bundle(), OfflineOptions(output=tmp_path / "c.zip", form="scorm")).path
    with zipfile.ZipFile(package) as zf:
        names = zf.namelist()
        index = zf.read("index.html").decode()
    assert not [n for n in names if n.endswith(".html") and n != "index.html"]
    assert 'id="km-quiz-02"' in index and '"variants":{"en":' in index


def test_cli_language_flag(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = variant_bundle()
    from coursebuilder.bundle import save_bundle

    save_bundle(bundle, tmp_path / "course.coursebundle")
    assert main(["export", "offline", str(tmp_path / "course.coursebundle"), "-o", str(tmp_path / "km"),
                 "--language", "km"]) == 0
    assert '<html lang="km">' in (tmp_path / "km" / "index.html").read_text("utf-8")
    assert main(["export", "offline", str(tmp_path / "course.coursebundle"), "-o", str(tmp_path / "two"),
                 "--language", "km,en"]) == 0
    assert (tmp_path / "two" / "en" / "index.html").is_file()
    capsys.readouterr()
    assert main(["export", "offline", str(tmp_path / "course.coursebundle"), "-o", str(tmp_path / "x"),
                 "--language", "lo"]) == 2
    assert "no language 'lo'" in capsys.readouterr().err


sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium package is not installed")
@pytest.mark.parametrize("form", ["folder", "single"])
def test_switching_language_keeps_answers_progress_and_results(tmp_path, monkeypatch, form):
    expect = sync_api.expect
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = variant_bundle()
    out = export_offline(bundle, OfflineOptions(output=tmp_path / ("site" if form == "folder" else "c.html"), form=form)).path
    start = (out / "quiz-02.html").resolve().as_uri() if form == "folder" else f"{out.resolve().as_uri()}#quiz-02"
    keys = {lang: question_map(SimpleNamespace(course=localize(bundle.course, lang))) for lang in ("zh-Hans", "km")}
    scope = "main" if form == "folder" else ".page.current"
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS,
                                    env=without_khmer_lao_fonts(tmp_path))
        try:
            context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True,
                                          device_scale_factor=2)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(start)
            page.wait_for_selector("html[data-ready]")
            # In Chinese: one quiz question answered and checked.
            first = page.locator(f"{scope} .q").first
            key = first.get_attribute("data-q")
            answer_correctly(first, keys["zh-Hans"][key], touch=True)
            press(first.locator("[data-check]"), True)
            expect(first.locator(".q-feedback")).to_have_class(re.compile("right"))
            shown = first.locator("input:checked, select, .blank, .answer").evaluate_all(
                "els => els.map(e => e.type === 'radio' || e.type === 'checkbox' ? e.value : e.value)")
            # Switch to Khmer: the same question is still answered, checked and fixed.
            press(page.locator(f"{scope} nav.languages a[hreflang=km]"), True)
            page.wait_for_selector("html[data-ready]")
            expect(page.locator("html")).to_have_attribute("lang", "km")
            q = page.locator(f"{scope} .q[data-q='{key}']")
            expect(q).to_have_class(re.compile("locked"))
            expect(q.locator(".q-feedback")).to_have_class(re.compile("right"))
            assert q.locator("input:checked, select, .blank, .answer").evaluate_all(
                "els => els.map(e => e.value)") == shown
            expect(page.locator(f"{scope} h1")).to_contain_text("ខ្មែរ")
            # The rest of the quiz in Khmer, finished there.
            for el in page.locator(f"{scope} .q").all():
                if "locked" not in (el.get_attribute("class") or ""):
                    answer_correctly(el, keys["km"][el.get_attribute("data-q")], touch=True)
            press(page.locator(f"{scope} [data-finish]"), True)
            expect(page.locator(f"{scope} [data-result]")).to_have_class("result passed")
            # Back in Chinese: the result is there, and the home page counts the quiz as done.
            press(page.locator(f"{scope} nav.languages a[hreflang=zh-Hans]"), True)
            page.wait_for_selector("html[data-ready]")
            expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
            expect(page.locator(f"{scope} [data-result]")).to_have_class("result passed")
            press(page.locator(f"{scope} .crumbs a"), True)
            page.wait_for_selector("html[data-ready]")
            expect(page.locator(f"{scope} [data-status-for=quiz1]")).to_contain_text("100%")
            assert errors == []
        finally:
            browser.close()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium package is not installed")
def test_scorm_switch_inside_one_learner_record(tmp_path, monkeypatch):
    """In scorm-again: a quiz begun in Chinese and finished in Khmer is one record, resumed in Khmer."""
    import json
    import shutil

    from js_clients import node_modules

    from exporters.offline_support import LocalServer
    from exporters.test_scorm_runtime import LMS

    expect = sync_api.expect
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    modules = node_modules()
    bundle = variant_bundle()
    package = export_offline(bundle, OfflineOptions(output=tmp_path / "c.zip", form="scorm")).path
    site = tmp_path / "lms"
    with zipfile.ZipFile(package) as zf:
        zf.extractall(site / "course")
    shutil.copy(modules / "scorm-again" / "dist" / "scorm12.js", site / "scorm12.js")
    (site / "lms.html").write_text(LMS, "utf-8")
    keys = {lang: question_map(SimpleNamespace(course=localize(bundle.course, lang))) for lang in ("zh-Hans", "km")}
    server = LocalServer(site)
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
            try:
                context = browser.new_context(viewport={"width": 360, "height": 740})
                page = context.new_page()
                given = {"cmi": {"core": {"student_id": "A", "student_name": "Trainee, A"}}, "page": "quiz-02"}
                page.goto(f"{server.origin}lms.html#{json.dumps(given)}")
                frame = page.frame_locator("#sco")
                expect(frame.locator("html[data-ready]")).to_have_count(1)
                first = frame.locator(".page.current .q").first
                key = first.get_attribute("data-q")
                answer_correctly(first, keys["zh-Hans"][key], touch=False)
                press(first.locator("[data-check]"), False)
                press(frame.locator(".page.current nav.languages a[hreflang=km]"), False)
                expect(frame.locator("html")).to_have_attribute("lang", "km")
                expect(frame.locator(f".page.current .q[data-q='{key}']")).to_have_class(re.compile("locked"))
                for el in frame.locator(".page.current .q").all():
                    if "locked" not in (el.get_attribute("class") or ""):
                        answer_correctly(el, keys["km"][el.get_attribute("data-q")], touch=False)
                press(frame.locator(".page.current [data-finish]"), False)
                expect(frame.locator(".page.current [data-result]")).to_have_class("result passed")
                cmi = json.loads(page.evaluate("JSON.stringify(window.API.cmi)"))
                assert cmi["core"]["score"]["raw"] == "100"
                suspend = cmi["suspend_data"]
                page.close()
                # The same learner later opens the Khmer quiz page: the platform's record restores the result.
                page = context.new_page()
                given = {"cmi": {"core": {"student_id": "A", "student_name": "Trainee, A",
                                          "lesson_status": cmi["core"]["lesson_status"]},
                                 "suspend_data": suspend}, "page": "km-quiz-02"}
                page.goto(f"{server.origin}lms.html#{json.dumps(given)}")
                frame = page.frame_locator("#sco")
                expect(frame.locator("html[data-ready]")).to_have_count(1)
                expect(frame.locator(".page.current [data-result]")).to_have_class("result passed")
                expect(frame.locator(".page.current h1")).to_contain_text("ខ្មែរ")
            finally:
                browser.close()
    finally:
        server.close()


def test_the_classroom_copy_sends_results_from_every_language(tmp_path, monkeypatch):
    from coursebuilder.classroom import build_snapshot

    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    snap = build_snapshot(variant_bundle())
    try:
        km = (snap.folder / "site" / "km" / "quiz-02.html").read_text("utf-8")
        assert '<script src="../assets/classroom.js"></script>' in km and '"language": "km"' in km
        assert "connect-src 'self'" in html_lib.unescape(km)
        root = (snap.folder / "site" / "quiz-02.html").read_text("utf-8")
        assert '<script src="assets/classroom.js"></script>' in root
        assert snap.lookup("/km/quiz-02.html") is not None
    finally:
        snap.remove()
