"""Khmer and Lao in offline packages: each text tagged with its language, and the fonts to show it carried along."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from fontTools.ttLib import TTFont

from coursebuilder.bundle import CourseBundle
from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.model import Choice, Course, ExerciseBlock, Lesson, Module, SingleChoiceQuestion, TextBlock
from exporters.offline_support import BROWSER_ARGS, CHROMIUM, KHMER_TEXT, LAO_TEXT, without_khmer_lao_fonts

KHMER_TITLE = "មេរៀនទី២៖ ការលក់"
LAO_TITLE = "ບົດທີ 3: ການຂາຍ"


def mixed_course(khmer: bool = True, lao: bool = True) -> CourseBundle:
    """Return an English course with a Khmer and a Lao lesson, nothing saying their language."""
    lessons = [Lesson(id="l-en", title="Selling online", blocks=[TextBlock(id="t-en", markdown="Take a clear photo.")])]
    if khmer:
        lessons.append(Lesson(id="l-km", title=KHMER_TITLE, objectives=["ថតរូបឱ្យច្បាស់"], blocks=[
            TextBlock(id="t-km", markdown=f"**{KHMER_TEXT}**\n\n{KHMER_TEXT}"),
            ExerciseBlock(id="x-km", title="លំហាត់", questions=[SingleChoiceQuestion(
                id="q-km", prompt="តើរូបថតល្អគឺជាអ្វី?", choices=[
                    Choice(id="c1", text="ច្បាស់", correct=True), Choice(id="c2", text="ងងឹត")])]),
        ]))
    if lao:
        lessons.append(Lesson(id="l-lo", title=LAO_TITLE, blocks=[TextBlock(id="t-lo", markdown=LAO_TEXT)]))
    course = Course(id="course-scripts", title="Selling online", language="en",
                    modules=[Module(id="m1", title="Day 1", items=lessons)])
    return CourseBundle(course=course)


def _khmer_lao(text: str) -> set[str]:
    return {c for c in text if 0x1780 <= ord(c) <= 0x17FF or 0x0E80 <= ord(c) <= 0x0EFF}


def test_each_text_is_tagged_with_its_own_language(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    site = export_offline(mixed_course(), OfflineOptions(output=tmp_path / "site")).path
    khmer = (site / "lesson-02.html").read_text("utf-8")
    assert '<html lang="en">' in khmer
    assert f'<h1 lang="km">{KHMER_TITLE}</h1>' in khmer
    assert re.search(r'<div class="block prose" lang="km">', khmer)
    # The question is Khmer; the page's own English words in it are tagged back.
    assert re.search(r'class="q q-single_choice"[^>]* lang="km"', khmer)
    assert re.search(r'data-check lang="en">', khmer)
    lao = (site / "lesson-03.html").read_text("utf-8")
    assert f'<h1 lang="lo">{LAO_TITLE}</h1>' in lao
    home = (site / "index.html").read_text("utf-8")
    assert f'<span class="item-title" lang="km">{KHMER_TITLE}</span>' in home
    assert '<span class="item-title">Selling online</span>' in home


def test_fonts_hold_only_the_characters_used_and_only_when_used(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    bundle = mixed_course()
    result = export_offline(bundle, OfflineOptions(output=tmp_path / "site"))
    fonts = sorted(p.name for p in (result.path / "assets" / "fonts").iterdir())
    assert fonts == ["NotoSansKhmer-Bold.woff2", "NotoSansKhmer-Regular.woff2", "NotoSansLao-Bold.woff2",
                     "NotoSansLao-Regular.woff2", "OFL.txt"]
    used = _khmer_lao(KHMER_TEXT + KHMER_TITLE + LAO_TEXT + LAO_TITLE)
    for name in fonts[:-1]:
        data = (result.path / "assets" / "fonts" / name).read_bytes()
        assert data[:4] == b"wOF2"
        cmap = set(map(chr, TTFont(io.BytesIO(data)).getBestCmap()))
        script = {c for c in used if ("Khmer" in name) == (0x1780 <= ord(c) <= 0x17FF)}
        assert script <= cmap, sorted(script - cmap)
        # Cut down: far fewer characters than the whole block, and a few kilobytes.
        assert len(cmap) < 100 and len(data) < 20_000, (name, len(cmap), len(data))
        assert "Open Font License" in TTFont(io.BytesIO(data))["name"].getDebugName(13)
    css = (result.path / "assets" / "site.css").read_text("utf-8")
    assert re.search(r'@font-face \{ font-family: "Noto Sans Khmer";[^}]*font-weight: 700;[^}]*'
                     r'src: url\("fonts/NotoSansKhmer-Bold.woff2"\)[^}]*unicode-range: U\+1780-17FF', css)
    report = "\n".join(result.report.lines())
    assert re.search(r"Noto Sans Khmer regular \(\d+ characters\)", report) and "Noto Sans Lao bold" in report

    khmer_only = export_offline(mixed_course(lao=False), OfflineOptions(output=tmp_path / "km")).path
    assert sorted(p.name for p in (khmer_only / "assets" / "fonts").iterdir())[0].startswith("NotoSansKhmer")
    assert not list((khmer_only / "assets" / "fonts").glob("NotoSansLao*"))
    english = export_offline(mixed_course(khmer=False, lao=False), OfflineOptions(output=tmp_path / "en"))
    assert not (english.path / "assets" / "fonts").exists()
    assert "@font-face {" not in (english.path / "assets" / "site.css").read_text("utf-8")
    assert not english.report.fonts and "Fonts" not in "\n".join(english.report.lines())


def test_single_file_and_scorm_carry_the_fonts_too(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    single = export_offline(mixed_course(), OfflineOptions(output=tmp_path / "c.html", form="single")).path
    html = single.read_text("utf-8")
    assert html.count("src: url(\"data:font/woff2;base64,") == 4
    scorm = export_offline(mixed_course(), OfflineOptions(output=tmp_path / "c.zip", form="scorm")).path
    with zipfile.ZipFile(scorm) as zf:
        names = set(zf.namelist())
        manifest = zf.read("imsmanifest.xml").decode()
    assert "assets/fonts/NotoSansLao-Regular.woff2" in names and "assets/fonts/OFL.txt" in names
    assert 'href="assets/fonts/NotoSansKhmer-Bold.woff2"' in manifest


sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")

#: On the page: the element's language, its font rule, whether the shipped font is loaded and draws the text,
#: and the text's width in that font against a family nobody has (empty boxes, all of one width).
PROBE = """async (sel) => {
  await document.fonts.ready;
  const el = document.querySelector(sel), text = el.textContent.trim();
  const family = getComputedStyle(el).fontFamily.split(',')[0].replace(/"/g, '').trim();
  await document.fonts.load('16px "' + family + '"', text);
  const width = (font) => { const s = document.createElement('span'); s.style.font = font; s.style.whiteSpace = 'nowrap';
    s.textContent = text; document.body.appendChild(s); const w = s.getBoundingClientRect().width; s.remove(); return w; };
  return { lang: el.closest('[lang]').getAttribute('lang'), family: family,
           loaded: Array.from(document.fonts).filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')),
           check: document.fonts.check('16px "' + family + '"', text),
           shipped: width('16px "' + family + '", "No Such Font"'), tofu: width('16px "No Such Font"') };
}"""


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium package is not installed")
@pytest.mark.parametrize("form", ["folder", "single"])
def test_a_phone_without_khmer_or_lao_fonts_shows_them_with_the_shipped_ones(tmp_path, monkeypatch, form):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    out = export_offline(mixed_course(), OfflineOptions(output=tmp_path / ("site" if form == "folder" else "c.html"), form=form)).path
    urls = {"km": out / "lesson-02.html", "lo": out / "lesson-03.html", "en": out / "lesson-01.html"}
    if form == "single":
        urls = {k: f"{out.resolve().as_uri()}#lesson-0{n}" for k, n in (("km", 2), ("lo", 3), ("en", 1))}
    else:
        urls = {k: p.resolve().as_uri() for k, p in urls.items()}
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS,
                                    env=without_khmer_lao_fonts(tmp_path))
        try:
            context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
            fetched: list[str] = []
            context.on("request", lambda r: fetched.append(r.url.rsplit("/", 1)[-1]))
            page = context.new_page()
            seen = {}
            for lang, url in urls.items():
                page.goto(url)
                page.wait_for_selector("html[data-ready]")
                sel = ".page.current h1" if form == "single" else "h1"
                seen[lang] = page.evaluate(PROBE, sel)
                fonts_fetched = [u for u in fetched if u.endswith(".woff2")]
                fetched.clear()
        finally:
            browser.close()
    for lang, family in (("km", "Noto Sans Khmer"), ("lo", "Noto Sans Lao")):
        probe = seen[lang]
        assert probe["lang"] == lang and probe["family"] == family, probe
        assert family in probe["loaded"] and probe["check"], probe
        # Real glyphs: the text is not drawn as boxes of the fallback's one width.
        assert abs(probe["shipped"] - probe["tofu"]) > 5, probe
    assert seen["en"]["lang"] == "en"
    if form == "folder":
        # unicode-range: the English page (the last one opened) fetches only the font of the Khmer title
        # its "Next" button shows, not the Lao font.
        assert fonts_fetched == ["NotoSansKhmer-Regular.woff2"], fonts_fetched


def test_subsets_are_made_once_and_kept_in_the_cache(tmp_path, monkeypatch):
    from coursebuilder.exporters.offline import fonts

    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    made = []
    real = fonts._subset
    monkeypatch.setattr(fonts, "_subset", lambda path, unicodes: made.append(path.name) or real(path, unicodes))
    first = fonts.subset_fonts(KHMER_TEXT)
    again = fonts.subset_fonts(KHMER_TEXT + " " + KHMER_TEXT[:5])  # no new character
    assert made == ["NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"]
    assert [f.data for f in again] == [f.data for f in first]
    fonts.subset_fonts(KHMER_TEXT + "ឈ")  # a new character: a new subset
    assert len(made) == 4
