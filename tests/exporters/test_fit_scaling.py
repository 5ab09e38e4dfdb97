"""Fitting a long title measures a bounded amount of text (issue 16, item 9); timings live in benchmarks/."""

from __future__ import annotations

from coursebuilder.bundle import CourseBundle
from coursebuilder.exporters.pptx import render
from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from coursebuilder.model import Course, Lesson, Module, TextBlock


def _measured_characters(tmp_path, monkeypatch, n: int) -> int:
    title = " ".join(f"word{i}" for i in range(n))[:n]
    course = Course(title="T", language="en",
                    modules=[Module(title="M", items=[Lesson(title=title, blocks=[TextBlock(markdown="short")])])])
    measured = {"chars": 0}
    real = render.fits

    def counting(paras, style):
        measured["chars"] += sum(len(p.text) for p in paras)
        return real(paras, style)

    monkeypatch.setattr(render, "fits", counting)
    result = export_pptx(CourseBundle(course=course), PptxOptions(output=tmp_path / f"t{n}.pptx"))
    assert any("too long" in w for w in result.warnings)
    return measured["chars"]


def test_a_title_eight_times_longer_costs_about_the_same_to_fit(tmp_path, monkeypatch):
    short = _measured_characters(tmp_path, monkeypatch, 1000)
    long = _measured_characters(tmp_path, monkeypatch, 8000)
    # Cutting character by character measured O(n^2) characters (tens of millions for 8,000).
    assert long <= 2 * short
    assert long < 50 * 400


def _wrapped_characters(monkeypatch, n: int) -> tuple[int, int]:
    """Return how many characters paginating one paragraph of ``n`` characters wraps, and its pages."""
    from coursebuilder.exporters.pptx import fit
    from coursebuilder.exporters.pptx.fonts import Measurer
    from coursebuilder.exporters.pptx.richtext import Para, Span

    text = " ".join(f"word{i % 97}" for i in range(n))[:n]
    counted = {"chars": 0}
    real = fit.wrap

    def counting(para, style):
        counted["chars"] += len(para.text)
        return real(para, style)

    monkeypatch.setattr(fit, "wrap", counting)
    style = fit.FrameStyle(width=600, height=300, measurer=Measurer("Arial", "Microsoft YaHei"),
                           levels=[fit.LevelStyle(size=18, indent=0, space_before=0)])
    pages = fit.paginate([Para(spans=[Span(text)])], style)
    assert "".join(p.text for page in pages for p in page) == text
    return counted["chars"], len(pages)


def test_a_long_paragraph_is_wrapped_once_not_once_per_slide(monkeypatch):
    chars, pages = _wrapped_characters(monkeypatch, 20_000)
    # Re-wrapping the rest of the paragraph for every slide measured O(n^2 / page) characters.
    assert pages > 20
    assert chars <= 20_000
