"""The variant sample course (English, Chinese, Khmer) as an offline package: size, and its Khmer and Lao pages on a phone."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from coursebuilder.bundle import CourseBundle, open_bundle
from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.model import Course, Lesson, Module, TextBlock
from coursebuilder.model.languages import Translation, course_languages, fingerprint, text_refs
from exporters.offline_support import BROWSER_ARGS, CHROMIUM, ROOT, without_khmer_lao_fonts

SAMPLE = ROOT / "sample_courses" / "voice-skills-online"


def _sample() -> CourseBundle:
    if not (SAMPLE / "course.yaml").is_file():
        pytest.skip("the variant sample course is not in this checkout")
    bundle = open_bundle(SAMPLE)
    if len(course_languages(bundle.course)) < 3:
        pytest.skip("the sample course has no language variants yet")
    return bundle


@pytest.mark.parametrize("form", ["folder", "zip", "single", "scorm"])
def test_the_package_in_three_languages_stays_within_1_2x_one_language_plus_its_extra_media_and_fonts(
        tmp_path, monkeypatch, form):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = _sample()
    ext = {"folder": "", "zip": ".zip", "single": ".html", "scorm": ".zip"}[form]
    every = export_offline(bundle, OfflineOptions(output=tmp_path / f"all{ext}", form=form))
    one = export_offline(bundle, OfflineOptions(output=tmp_path / f"one{ext}", form=form,
                                                languages=(bundle.course.language,)))
    in_one = {m.path for m in one.report.media}
    extra_media = sum(m.exported for m in every.report.media if m.path not in in_one)
    fonts = sum(f.exported for f in every.report.fonts)
    assert extra_media > 0 and fonts > 0  # the recordings in Chinese and Khmer, the Khmer font
    ratio = every.report.total / (one.report.total + extra_media + fonts)
    print(f"{form}: {every.report.total} bytes in 3 languages, {one.report.total} in one, extra media "
          f"{extra_media}, fonts {fonts}: ratio {ratio:.3f}")
    assert ratio <= 1.2, ratio


def _lao_course() -> CourseBundle:
    """Return a small course in Lao with an English translation, its text written the way a trainer would."""
    lessons = [
        Lesson(id="l1", title="ການຖ່າຍຮູບສິນຄ້າ", objectives=["ຖ່າຍຮູບໃຫ້ແຈ້ງ", "ໃຊ້ແສງຈາກປ່ອງຢ້ຽມ"], minutes=20, blocks=[
            TextBlock(id="t1", markdown="## ແສງສະຫວ່າງ\n\nຫັນໜ້າສິນຄ້າໄປຫາປ່ອງຢ້ຽມ. ຢ່າໃຊ້ແຟລັດ.\n\n"
                                         "- ເຊັດເລນກ້ອງກ່ອນຖ່າຍ\n- ຖ່າຍຫຼາຍຮູບ ແລ້ວເລືອກຮູບທີ່ດີທີ່ສຸດ")]),
        Lesson(id="l2", title="ການຕັ້ງລາຄາ", blocks=[TextBlock(id="t2", markdown="ລາຄາ = ຕົ້ນທຶນ + ຄ່າແຮງງານ.")]),
    ]
    course = Course(id="course-lao", title="ການຂາຍອອນລາຍ", language="lo", languages=["lo", "en"],
                    modules=[Module(id="m1", title="ມື້ທີ 1", items=lessons)])
    english = {"course/title": "Selling online", "l1/title": "Photographing products", "m1/title": "Day 1"}
    sources = {r.key: r.source for r in text_refs(course)}
    course.translations = {"en": {k: Translation(text=v, source=fingerprint(sources[k])) for k, v in english.items()}}
    return CourseBundle(course=course)


sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium package is not installed")
def test_khmer_and_lao_pages_on_a_phone_without_those_fonts(tmp_path, monkeypatch):
    """Take the docs' pictures; set COURSEBUILDER_DOC_SHOTS=docs/images to keep them."""
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    khmer = export_offline(_sample(), OfflineOptions(output=tmp_path / "sample")).path
    lao = export_offline(_lao_course(), OfflineOptions(output=tmp_path / "lao")).path
    shots = {"phone-khmer.png": khmer / "km" / "lesson-01.html", "phone-lao.png": lao / "lesson-01.html"}
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS,
                                    env=without_khmer_lao_fonts(tmp_path))
        try:
            context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True,
                                          device_scale_factor=1)
            page = context.new_page()
            for name, url in shots.items():
                page.goto(url.resolve().as_uri())
                page.wait_for_selector("html[data-ready]")
                family = "Noto Sans Khmer" if "khmer" in name else "Noto Sans Lao"
                text = page.locator("h1").inner_text()
                assert page.evaluate("async ([f, t]) => { await document.fonts.load('16px \"' + f + '\"', t);"
                                     " await document.fonts.ready; return document.fonts.check('16px \"' + f + '\"', t)"
                                     " && [...document.fonts].some(x => x.family.replace(/\"/g, '') === f"
                                     " && x.status === 'loaded'); }", [family, text]), name
                page.screenshot(path=str(tmp_path / name))
        finally:
            browser.close()
    target = os.environ.get("COURSEBUILDER_DOC_SHOTS")
    if target:
        for name in shots:
            shutil.copyfile(tmp_path / name, Path(target) / name)
