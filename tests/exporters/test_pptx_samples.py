"""Every sample course exports to a deck with the right structure, fonts and fit."""

from __future__ import annotations

import pytest
from pptx import Presentation

from coursebuilder.bundle import open_bundle
from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from coursebuilder.presentation.words import Labels
from coursebuilder.exporters.pptx.plan import plan_deck
from coursebuilder.model import ImageBlock
from exporters.pptx_support import han_runs_without_ea, overflowing, sample_bundles

SAMPLES = sample_bundles()


@pytest.mark.skipif(not SAMPLES, reason="no sample courses in this checkout")
@pytest.mark.parametrize("folder", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_course_deck(folder, tmp_path):
    bundle = open_bundle(folder)
    course = bundle.course
    out = tmp_path / "deck.pptx"
    options = PptxOptions(output=out, date="2026-03-15", venue="Training centre")
    result = export_pptx(bundle, options)
    prs = Presentation(str(out))
    planned = plan_deck(course, options, Labels(course.language), "2026-03-15", "")
    # One slide per planned slide, more where text continues; never fewer.
    assert result.report.slides == len(prs.slides) >= len(planned)
    layouts = [s.slide_layout.name for s in prs.slides]
    assert layouts[0] == layouts[-1] == "Title Slide"
    assert layouts.count("Section Header") == len(course.modules)
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in prs.slides]
    notes = [s.notes_slide.notes_text_frame.text if s.has_notes_slide else "" for s in prs.slides]
    for lesson in course.lessons():
        assert lesson.title[:10] in "\n".join(titles)
        if lesson.notes.strip():
            assert lesson.notes.strip() in notes
    pictures = {b.media for lesson in course.lessons() for b in lesson.blocks if isinstance(b, ImageBlock) and b.media}
    assert result.report.pictures == len(pictures | ({course.cover} if course.cover else set()))
    assert han_runs_without_ea(prs) == []
    assert overflowing(prs, course.language) == []
    assert not result.warnings, result.warnings

