"""Slide text becomes Markdown that renders as the slide showed it."""

from __future__ import annotations

from markdown_it import MarkdownIt
from pptx import Presentation
from pptx.util import Inches

from coursebuilder.importers.pptx_text import escape_markdown, frame_markdown

MD = MarkdownIt("commonmark")


def _frame(paragraphs):
    """Return a text box holding (text, level, bold, italic) paragraphs, and its slide part."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(5), Inches(3))
    tf = box.text_frame
    for i, runs in enumerate(paragraphs):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        level, *pieces = runs
        p.level = level
        for text, bold, italic in pieces:
            r = p.add_run()
            r.text = text
            r.font.bold, r.font.italic = bold or None, italic or None
    return tf, slide.part


def test_levels_and_emphasis_render_as_nested_lists():
    tf, part = _frame([
        (0, ("Prices", False, False)),
        (1, ("show ", False, False), ("clearly", True, False)),
        (2, ("in ", False, False), ("big", True, True), (" digits", False, False)),
        (1, ("每斤", False, True), ("价格", False, False)),
    ])
    html = MD.render(frame_markdown(tf, part, bullets=True))
    assert html == (
        "<ul>\n<li>Prices\n<ul>\n<li>show <strong>clearly</strong>\n<ul>\n"
        "<li>in <em><strong>big</strong></em> digits</li>\n</ul>\n</li>\n"
        "<li><em>每斤</em>价格</li>\n</ul>\n</li>\n</ul>\n"
    )


def test_a_deep_bullet_after_a_paragraph_is_not_code():
    tf, part = _frame([(0, ("Intro", False, False)), (2, ("deep", False, False))])
    md = frame_markdown(tf, part, bullets=False)
    assert "<pre>" not in MD.render(md)
    assert MD.render(md) == "<p>Intro</p>\n<p>deep</p>\n"


def test_markdown_characters_in_slide_text_stay_literal():
    text = "# not a heading *not em* [no link](x) <b>no tag</b> 5 * 3 - 1"
    assert MD.render(escape_markdown(text)) == f"<p>{text.replace('<', '&lt;').replace('>', '&gt;')}</p>\n"
    assert MD.render(escape_markdown("- not a bullet")) == "<p>- not a bullet</p>\n"
    assert MD.render(escape_markdown("1. not a number")) == "<p>1. not a number</p>\n"
    for literal in ("## still not a heading", "---", "===", "2) not a number", "+ not a bullet"):
        assert MD.render(escape_markdown(literal)) == f"<p>{literal}</p>\n", literal
