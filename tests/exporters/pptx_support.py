"""Checks shared by the slide-deck tests: fonts of runs, and text measured against its frame."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pptx.oxml.ns import qn

from coursebuilder.exporters.pptx.fit import FrameStyle, LevelStyle, para_height
from coursebuilder.exporters.pptx.fonts import Measurer
from coursebuilder.exporters.pptx.richtext import BULLET, PLAIN, Para, Span
from coursebuilder.exporters.pptx.scripts import ea_font
from coursebuilder.presentation.scripts import scripts_in
from coursebuilder.exporters.pptx._oxml import theme_latin
from coursebuilder.exporters.pptx.template import EMU_PER_PT, frame_style


ROOT = Path(__file__).resolve().parents[2]


def sample_bundles() -> list[Path]:
    """Return the sample course folders in this checkout."""
    folder = ROOT / "sample_courses"
    return sorted(p for p in folder.glob("*") if (p / "course.yaml").is_file()) if folder.is_dir() else []


def text_shapes(slide):
    """Yield the shapes of a slide that hold text."""
    for shape in slide.shapes:
        if shape.has_text_frame and shape.text_frame.text.strip():
            yield shape


def runs(prs):
    """Yield (slide number, shape, run element) for every text run of the deck, notes included."""
    for n, slide in enumerate(prs.slides, 1):
        for shape in text_shapes(slide):
            for r in shape.text_frame._txBody.iter(qn("a:r")):
                yield n, shape, r
        if slide.has_notes_slide:
            for r in slide.notes_slide.notes_text_frame._txBody.iter(qn("a:r")):
                yield n, None, r


def run_text(r) -> str:
    """Return the text of a run element."""
    t = r.find(qn("a:t"))
    return t.text or "" if t is not None else ""


def slot_typeface(r, slot: str) -> str:
    """Return the typeface a run names for a font slot (ea, cs), or ''."""
    rpr = r.find(qn("a:rPr"))
    el = rpr.find(qn(f"a:{slot}")) if rpr is not None else None
    return el.get("typeface", "") if el is not None else ""


def _para_of(p_el, paragraph) -> tuple[Para, float | None]:
    ppr = p_el.find(qn("a:pPr"))
    no_bullet = ppr is not None and ppr.find(qn("a:buNone")) is not None and ppr.get("marL") == "0"
    spans, sizes = [], set()
    for r in paragraph.runs:
        spans.append(Span(r.text, bold=bool(r.font.bold), italic=bool(r.font.italic), code=r.font.name == "Courier New"))
        sizes.add(r.font.size.pt if r.font.size is not None else None)
    size = sizes.pop() if len(sizes) == 1 else None
    return Para(spans, level=paragraph.level, kind=PLAIN if no_bullet else BULLET), size


def overflowing(prs, language: str) -> list[str]:
    """Return 'slide N: shape needs X pt, has Y pt' for every frame whose measured text is too tall."""
    minor, _major = theme_latin(prs)
    measurer = Measurer(minor, ea_font(language).match)
    problems = []
    for n, slide in enumerate(prs.slides, 1):
        for shape in text_shapes(slide):
            if shape.is_placeholder:
                kind = shape._element.xpath("./p:nvSpPr/p:nvPr/p:ph")[0].get("type", "obj")
                if kind == "dt":
                    continue
                style = frame_style(shape, slide.slide_layout, measurer)
            else:
                bpr = shape.text_frame._txBody.find(qn("a:bodyPr"))
                ins = [int(bpr.get(k, d)) / EMU_PER_PT for k, d in (("lIns", 91440), ("tIns", 45720), ("rIns", 91440), ("bIns", 45720))]
                style = FrameStyle(shape.width / EMU_PER_PT - ins[0] - ins[2], shape.height / EMU_PER_PT - ins[1] - ins[3],
                                   [LevelStyle(18.0, 0.0, 0.0)], measurer)
            needed = 0.0
            for p_el, paragraph in zip(shape.text_frame._txBody.findall(qn("a:p")), shape.text_frame.paragraphs, strict=True):
                para, size = _para_of(p_el, paragraph)
                own = style
                if size is not None:
                    own = replace(style, levels=[replace(lvl, size=size) for lvl in style.levels])
                if paragraph.space_before is not None:  # set on the paragraph (a second language's 0)
                    own = replace(own, levels=[replace(lvl, space_before=paragraph.space_before.pt) for lvl in own.levels])
                needed += para_height(para, own)
            if needed > style.height + 0.5:
                problems.append(f"slide {n}: {shape.name} needs {needed:.0f} pt, has {style.height:.0f} pt")
    return problems


def han_runs_without_ea(prs) -> list[str]:
    """Return the Chinese runs that name no East Asian font."""
    return [f"slide {n}: {run_text(r)!r}" for n, _s, r in runs(prs)
            if "han" in scripts_in(run_text(r)) and not slot_typeface(r, "ea")]
