"""Every sample deck, in every theme, drawn by LibreOffice: nothing that belongs together is split."""

from __future__ import annotations

import shutil

import pytest
from pptx import Presentation

from coursebuilder.bundle import open_bundle
from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from exporters.pptx_support import sample_bundles
from exporters.slide_checks import pdf_problems, structure_problems
from exporters.test_pptx_libreoffice import pdf_pages, to_pdf

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="needs LibreOffice and poppler"),
]

THEMES = ("default", "high-contrast")


def test_sample_decks_keep_questions_whole_with_no_orphans_and_numbers_going_on(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEBUILDER_HOME", str(tmp_path / "home"))
    decks = []
    for path in sample_bundles():
        bundle = open_bundle(path)
        for theme in THEMES:
            deck = tmp_path / f"{path.name}-{theme}.pptx"
            export_pptx(bundle, PptxOptions(output=deck, theme=theme, date="2026-03-15"))
            decks.append((deck, bundle.course))
    assert len(decks) == 2 * len(sample_bundles()) >= 6
    out = tmp_path / "pdf"
    to_pdf([d for d, _c in decks], out, tmp_path / "lo-profile")
    problems = []
    for deck, course in decks:
        prs = Presentation(str(deck))
        found = structure_problems(prs, course) + pdf_problems(prs, course, pdf_pages(out / f"{deck.stem}.pdf"))
        problems += [f"{deck.stem}: {p}" for p in found]
    assert problems == [], f"{len(problems)} problems:\n" + "\n".join(problems)
