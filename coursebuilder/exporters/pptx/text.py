"""Write formatted paragraphs into a PowerPoint text frame as real runs."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Pt

from . import _oxml
from .richtext import CODE, HEADING, LETTER, NUMBER, Para
from ...presentation.scripts import scripts_in

CODE_FONT = "Courier New"

_THEME_COLOURS = {
    "accent1": MSO_THEME_COLOR.ACCENT_1,
    "accent2": MSO_THEME_COLOR.ACCENT_2,
    "accent3": MSO_THEME_COLOR.ACCENT_3,
    "tx2": MSO_THEME_COLOR.TEXT_2,
}


def fill(text_frame, paras: list[Para], language: str, *, size: float | None = None, lists: bool = True,
         levels: list[float] | None = None, level_sizes: list[float] | None = None) -> None:
    """Replace a frame's text with the paragraphs, each span a run with its own formatting.

    ``size`` sets every run's size; ``level_sizes`` the size of each list level when the text is made
    smaller to keep a question whole. ``levels`` are the frame's own sizes per list level, which a
    paragraph drawn smaller (``scale``) is a share of when neither is given.
    """
    text_frame.word_wrap = True
    text_frame.auto_size = MSO_AUTO_SIZE.NONE
    body = text_frame._txBody
    for p in body.findall("{http://schemas.openxmlformats.org/drawingml/2006/main}p")[1:]:
        body.remove(p)
    first = text_frame.paragraphs[0]
    for r in list(first._p):
        if r.tag.endswith("}r") or r.tag.endswith("}br") or r.tag.endswith("}fld"):
            first._p.remove(r)
    previous: Para | None = None
    for n, para in enumerate(paras or [Para()]):
        p = first if n == 0 else text_frame.add_paragraph()
        p.level = min(para.level, 8)
        run_size = size or (level_sizes[min(para.level, len(level_sizes) - 1)] if level_sizes else None)
        if para.scale != 1.0:
            frame_sizes = level_sizes or levels
            base = size or (frame_sizes[min(para.level, len(frame_sizes) - 1)] if frame_sizes else None)
            run_size = round(base * para.scale * 2) / 2 if base else None
            p.space_before = Pt(0)  # a second language sits right under the first
        if lists:
            numbered = para.kind in (NUMBER, LETTER)
            # A list runs on from a numbered paragraph before it; after a cut item's tail (drawn
            # without a number) LibreOffice starts again at 1, so the number is written out.
            run_on = (
                previous is not None and previous.kind == para.kind and previous.level == para.level
                and not para.continued and not previous.continued and previous.scale == para.scale
            )
            start = None if (run_on and numbered) else para.start
            _oxml.set_list_style(p, para.kind, start=start, continued=para.continued)
        for span in para.spans:
            if not span.text:
                continue
            r = p.add_run()
            r.text = span.text
            font = r.font
            if span.bold or para.kind == HEADING:
                font.bold = True
            if span.italic and not scripts_in(span.text) & {"han", "ja", "ko"}:
                # Chinese, Japanese and Korean have no italics: slanted characters only look broken.
                font.italic = True
            if span.code or para.kind == CODE:
                font.name = CODE_FONT
            if span.strike:
                _oxml.set_strike(r)
            if span.link:
                r.hyperlink.address = span.link
            colour = span.colour or ("accent1" if para.kind == HEADING else "")
            if colour in _THEME_COLOURS:
                font.color.theme_color = _THEME_COLOURS[colour]
            if run_size:
                font.size = Pt(run_size)
            _oxml.set_script_fonts(r, span.lang or language)
        previous = para


def set_notes(slide, notes: str, language: str) -> None:
    """Put speaker notes into the slide's notes pane."""
    if not notes.strip():
        return
    frame = slide.notes_slide.notes_text_frame
    frame.text = notes.strip()
    for p in frame.paragraphs:
        for r in p.runs:
            _oxml.set_script_fonts(r, language)
