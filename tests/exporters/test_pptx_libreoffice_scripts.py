"""Khmer and Lao decks in LibreOffice, a renderer no one here wrote: every letter drawn by a font that has it.

The variant sample course (English, Chinese, Khmer) is exported to a deck per language and to a
bilingual deck, a small Lao course and a Khmer one beside it; LibreOffice turns them into PDF.
The PDF must embed a Khmer- or Lao-capable font, draw every Khmer and Lao character with one
(pdfminer says which font draws each character), give back every character written (poppler's
pdftotext; compared as counts, since it returns a subscript consonant in drawing order), and
keep every word inside its frame.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from coursebuilder.bundle import open_bundle
from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from coursebuilder.model.languages import course_languages
from coursebuilder.presentation.scripts import script_of
from exporters.pptx_support import ROOT
from exporters.spaceless_support import spaceless_bundle
from exporters.test_pptx_libreoffice import to_pdf, words_outside_frames

pdfminer = pytest.importorskip("pdfminer.high_level", reason="pdfminer.six reads which font draws each character")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not all(shutil.which(t) for t in ("soffice", "pdftotext", "pdffonts", "fc-list")),
                       reason="needs LibreOffice, poppler and fontconfig"),
]

SAMPLE = ROOT / "sample_courses" / "voice-skills-online"
SCRIPTS = {"km": "Khmer", "lo": "Lao"}


def _capable(lang: str) -> set[str]:
    """Return the PostScript names of the fonts on this machine that cover a language."""
    out = subprocess.run(["fc-list", f":lang={lang}", "postscriptname"], capture_output=True, text=True, check=True)
    return {line.split("=", 1)[-1].strip() for line in out.stdout.splitlines() if line.strip()}


def _drawn_by(pdf: Path) -> list[list[tuple[str, str]]]:
    """Return each page's characters with the (subset-prefix-free) name of the font drawing them."""
    from pdfminer.layout import LTChar

    pages = []
    for page in pdfminer.extract_pages(str(pdf)):
        found: list[tuple[str, str]] = []
        stack = [page]
        while stack:
            item = stack.pop()
            if isinstance(item, LTChar):
                font = item.fontname.split("+", 1)[-1]
                found.extend((ch, font) for ch in item.get_text())  # a ligature glyph stands for several
            elif hasattr(item, "__iter__"):
                stack.extend(item)
        pages.append(found)
    return pages


def _spaceless(text: str) -> Counter:
    return Counter(ch for ch in text if script_of(ch) in SCRIPTS)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Export the decks and convert them to PDF once: {name: (deck, pdf)}."""
    out = tmp_path_factory.mktemp("scripts")
    sample = open_bundle(SAMPLE)
    languages = course_languages(sample.course)
    assert "km" in languages, "the variant sample course has a Khmer translation"
    jobs = {f"sample-{lang}": (sample, {"language": lang}) for lang in languages}
    jobs["sample-km-en"] = (sample, {"language": "km", "second_language": "en"})
    jobs["lao"] = (spaceless_bundle("lo"), {})
    jobs["khmer"] = (spaceless_bundle("km"), {})
    decks = {}
    for name, (bundle, fields) in jobs.items():
        deck = out / f"{name}.pptx"
        export_pptx(bundle, PptxOptions(output=deck, date="2026-03-15", **fields))
        decks[name] = deck
    to_pdf(list(decks.values()), out, out / "profile")
    return {name: (deck, out / f"{name}.pdf") for name, deck in decks.items()}


@pytest.mark.parametrize("name, lang", [("sample-km", "km"), ("sample-km-en", "km"), ("khmer", "km"), ("lao", "lo")])
def test_khmer_and_lao_are_drawn_with_fonts_that_have_them(rendered, name, lang):
    deck, pdf = rendered[name]
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    names = {row.split()[0].split("+", 1)[-1] for row in listing}
    assert all(row.split()[-5] == "yes" for row in listing), "every font is embedded:\n" + "\n".join(listing)
    assert not any("lastresort" in n.lower() or "notdef" in n.lower() for n in names), names
    capable = _capable(lang)
    assert names & capable, f"no {SCRIPTS[lang]} font embedded: {sorted(names)}"
    wrong = {(ch, font) for page in _drawn_by(pdf) for ch, font in page if script_of(ch) == lang and font not in capable}
    assert not wrong, f"{SCRIPTS[lang]} drawn by fonts without it: {sorted(wrong)[:5]}"


@pytest.mark.parametrize("name", ["sample-km", "sample-km-en", "khmer", "lao"])
def test_every_khmer_and_lao_character_comes_back_from_the_pdf(rendered, name):
    deck, pdf = rendered[name]
    prs = Presentation(str(deck))
    written_total = 0
    for n, slide in enumerate(prs.slides, 1):
        written = _spaceless("".join(el.text or "" for el in slide._element.iter(qn("a:t"))))
        shown = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                               capture_output=True, text=True, check=True).stdout
        got = _spaceless(shown)
        assert got == written, f"slide {n}: missing {dict(written - got)}, extra {dict(got - written)}"
        written_total += sum(written.values())
    assert written_total > 100, "the deck has Khmer or Lao text to check"


@pytest.mark.parametrize("name", ["sample-en", "sample-zh-Hans", "sample-km", "sample-km-en", "khmer", "lao"])
def test_every_word_stays_inside_its_frame(rendered, name):
    deck, pdf = rendered[name]
    # pdftotext's word boxes span the font's ascent and descent: 1.36 em for Noto Sans Khmer, taller than
    # the 1.2 em line LibreOffice sets, so a bottom-anchored title's box reaches ~3.5 pt past its frame
    # while its letters do not (looked at in the pictures in docs/slide-export.md).
    assert words_outside_frames(deck, pdf, tolerance=6.0) == []
