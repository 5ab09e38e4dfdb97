"""Decks open in LibreOffice Impress, a client no one here wrote, and its layout keeps text in its frames."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches, Pt

from coursebuilder.bundle import open_bundle
from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from exporters.pptx_support import sample_bundles
from factories import make_bundle

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="needs LibreOffice and poppler"),
]

EMU_PER_PT = 12700
_LIST_MARK = re.compile(r"^(?:[A-Z]|\d+)\.|^[•–]")
_HANGING = set("，。、；：！？）」』】》")


def to_pdf(decks: list[Path], out: Path, profile: Path) -> None:
    """Convert decks to PDF with LibreOffice, in a profile of their own."""
    cmd = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(out), *map(str, decks)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    for deck in decks:
        assert (out / f"{deck.stem}.pdf").is_file(), f"LibreOffice did not convert {deck.name}: {done.stderr}"


def pdf_pages(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Return each page's words with their boxes in points."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in xml.split("<page ")[1:]:
        words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)
        pages.append([(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in words])
    return pages


def _norm(text: str) -> str:
    return "".join(text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").split())


def words_outside_frames(deck: Path, pdf: Path, tolerance: float = 3.0) -> list[str]:
    """Return the rendered words that lie outside every text frame holding them."""
    prs = Presentation(str(deck))
    pages = pdf_pages(pdf)
    assert len(pages) == len(prs.slides)
    problems = []
    for n, (slide, words) in enumerate(zip(prs.slides, pages, strict=True), 1):
        frames = [(s.left / EMU_PER_PT, s.top / EMU_PER_PT, (s.left + s.width) / EMU_PER_PT,
                   (s.top + s.height) / EMU_PER_PT, _norm(s.text_frame.text))
                  for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip()]
        frames += [cell for s in slide.shapes if s.has_table for cell in _cell_frames(s, prs.slide_height)]
        for x0, y0, x1, y1, word in words:
            w = _LIST_MARK.sub("", _norm(word)) or _norm(word)
            holders = [f for f in frames if w in f[4]] or frames
            # East Asian typesetting hangs a closing punctuation mark past the right margin.
            right = tolerance + ((y1 - y0) if word[-1:] in _HANGING else 0)
            inside = any(f[0] - tolerance <= x0 and x1 <= f[2] + right and f[1] - tolerance <= y0 and y1 <= f[3] + tolerance
                         for f in holders)
            if not inside:
                problems.append(f"slide {n}: {word!r} at y {y0:.0f}-{y1:.0f}")
    return problems


def _cell_frames(shape, slide_height: int) -> list[tuple[float, float, float, float, str]]:
    """Return each table cell's column, from the table's top to the slide's foot, with its text.

    Row heights in a deck are minimums: the renderer grows a row to fit its text, moving the rows
    below it down. So a word must stay in its own column and on the slide, not inside its row's
    written height.
    """
    frames = []
    left = shape.left
    columns = []
    for column in shape.table.columns:
        columns.append((left, left + column.width))
        left += column.width
    for row in shape.table.rows:
        for (x0, x1), cell in zip(columns, row.cells, strict=True):
            if cell.text.strip():
                frames.append((x0 / EMU_PER_PT, shape.top / EMU_PER_PT, x1 / EMU_PER_PT, slide_height / EMU_PER_PT,
                               _norm(cell.text)))
    return frames


def _overflowing_deck(path: Path) -> None:
    """Write a deck whose one text box plainly overflows, to prove the check sees it."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1))
    box.text_frame.word_wrap = True
    box.text_frame.text = "overflowing words " * 40
    box.text_frame.paragraphs[0].runs[0].font.size = Pt(28)
    prs.save(str(path))


def test_decks_convert_to_pdf_with_every_word_inside_its_frame(tmp_path):
    decks = []
    chinese = tmp_path / "chinese.pptx"
    export_pptx(make_bundle(), PptxOptions(output=chinese, venue="县城培训中心", date="2026-03-15"))
    decks.append(chinese)
    for path in sorted(sample_bundles()):
        # Every sample course, as the issue asks; the Chinese one in the high-contrast theme.
        theme = "high-contrast" if path.name == "selling-produce-online" else "default"
        deck = tmp_path / f"{path.name}.pptx"
        export_pptx(open_bundle(path), PptxOptions(output=deck, theme=theme, date="2026-03-15"))
        decks.append(deck)
    control = tmp_path / "control.pptx"
    _overflowing_deck(control)
    out = tmp_path / "pdf"
    to_pdf(decks + [control], out, tmp_path / "lo-profile")
    for deck in decks:
        assert words_outside_frames(deck, out / f"{deck.stem}.pdf") == []
    assert words_outside_frames(control, out / "control.pdf"), "the check must see plain overflow"


def test_libreoffice_reads_embedded_sound_as_audio_and_film_as_video(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    import zipfile

    deck = tmp_path / "media.pptx"
    export_pptx(make_bundle(), PptxOptions(output=deck))
    profile, out = tmp_path / "profile", tmp_path / "lo"
    # Impress opens the deck and saves it again: what it understood each media file to be is what it writes.
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pptx", "--outdir", str(out), str(deck)], check=True, capture_output=True, timeout=300)
    with zipfile.ZipFile(out / "media.pptx") as lo:
        slides = "".join(lo.read(n).decode("utf-8") for n in lo.namelist() if n.startswith("ppt/slides/slide"))
        names = lo.namelist()
    assert slides.count("<a:audioFile") == 1 and slides.count("<a:videoFile") == 1
    assert any(n.endswith(".wav") for n in names) and not any(n.endswith(".vid") for n in names)


@pytest.mark.parametrize("theme", ["default", "high-contrast"])
def test_choice_letters_keep_a_space_before_the_choice_in_every_theme(tmp_path, monkeypatch, theme):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    deck = tmp_path / f"{theme}.pptx"
    export_pptx(make_bundle(), PptxOptions(output=deck, theme=theme))
    to_pdf([deck], tmp_path, tmp_path / "profile")
    gaps = []
    for words in pdf_pages(tmp_path / f"{theme}.pdf"):
        for _x0, y0, x1, y1, word in words:
            # A letter glued to its choice comes out of the PDF as one word, "A.Morning".
            assert not re.match(r"^[A-H]\.\S", word), f"{theme}: {word!r} touches its choice"
            if re.fullmatch(r"[A-H]\.", word):
                after = [w for w in words if abs(w[1] - y0) < 2 and w[0] > x1 - 0.5]
                if after:
                    gaps.append((min(w[0] for w in after) - x1) / (y1 - y0))
    assert gaps, "no lettered choices found"
    # A visible space between "A." and the choice text (the old high-contrast theme had none: "B.半夜").
    assert min(gaps) >= 0.08, f"{theme}: smallest gap {min(gaps):.2f} of the letter height"
