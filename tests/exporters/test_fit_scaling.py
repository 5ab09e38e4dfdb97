"""Fitting a long title measures a bounded amount of text (issue 16, item 9); timings live in benchmarks/."""

from __future__ import annotations

from coursebuilder.bundle import CourseBundle
from coursebuilder.exporters.pptx import render
from coursebuilder.exporters.pptx.export import export_pptx
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
    result = export_pptx(CourseBundle(course=course), tmp_path / f"t{n}.pptx")
    assert any("too long" in w for w in result.warnings)
    return measured["chars"]


def test_a_title_eight_times_longer_costs_about_the_same_to_fit(tmp_path, monkeypatch):
    short = _measured_characters(tmp_path, monkeypatch, 1000)
    long = _measured_characters(tmp_path, monkeypatch, 8000)
    # Cutting character by character measured O(n^2) characters (tens of millions for 8,000).
    assert long <= 2 * short
    assert long < 50 * 400
