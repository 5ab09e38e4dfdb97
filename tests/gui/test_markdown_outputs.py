"""One lesson with every Markdown construct shows the same text on the phone, on slides and in the preview."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from pptx import Presentation

from coursebuilder.bundle import CourseBundle
from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from coursebuilder.gui.preview import markdown_html
from coursebuilder.model import Course, Lesson, Module, TextBlock

EVERY_CONSTRUCT = """\
Opening **bold** and *slanted* words, `code`, ~~old price~~ new price.
中文的句子在这里
换行不要空格。日本語の文も
改行します。

### Steps

1. Weigh the rice
2. Write the price

- a bullet
- another bullet

> Keep the receipt.

| Item | Price |
|------|-------|
| Rice | 12 元 |
| Oil  | 30 元 |

[Market site](https://example.org) ![the stall](https://example.org/stall.jpg)
"""

#: What a trainee reads, in order, with the table's cells one after another.
EXPECTED = [
    "Opening", "bold", "and", "slanted", "words,", "code,", "old", "price", "new", "price.",
    "中文的句子在这里换行不要空格。日本語の文も改行します。",
    "Steps", "Weigh", "the", "rice", "Write", "the", "price", "a", "bullet", "another", "bullet",
    "Keep", "the", "receipt.",
    "Item", "Price", "Rice", "12", "元", "Oil", "30", "元",
    "Market", "site", "[the", "stall]",
]


def _course() -> CourseBundle:
    course = Course(title="Markdown", language="zh-CN")
    course.modules.append(Module(title="M", items=[Lesson(id="md", title="L", blocks=[
        TextBlock(id="all", markdown=EVERY_CONSTRUCT)])]))
    return CourseBundle(course=course)


class _Text(HTMLParser):
    """Collect the text inside the first element whose class list holds ``prose`` (or everything)."""

    def __init__(self, whole: bool = False):
        super().__init__()
        self.depth = 1 if whole else 0
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self.depth:
            self.depth += tag not in ("br", "img", "input", "hr")
            self.tags.append(tag)
        elif "block" in classes and "prose" in classes:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def _words(text: str) -> list[str]:
    return text.split()


def _phone(tmp_path) -> tuple[list[str], list[str]]:
    out = tmp_path / "phone"
    export_offline(_course(), OfflineOptions(output=out, form="folder"))
    page = next(p for p in out.glob("*.html") if "Opening" in p.read_text("utf-8"))
    parser = _Text()
    parser.feed(page.read_text("utf-8"))
    return _words("".join(parser.parts)), parser.tags


def _preview() -> tuple[list[str], list[str]]:
    parser = _Text(whole=True)
    parser.feed(markdown_html(EVERY_CONSTRUCT))
    return _words("".join(parser.parts)), parser.tags


def _slides(tmp_path):
    out = tmp_path / "deck.pptx"
    export_pptx(_course(), PptxOptions(output=out))
    prs = Presentation(out)
    words, tables, struck = [], [], []
    for slide in list(prs.slides)[2:-1]:  # after the title and module slides, before the closing one
        for shape in slide.shapes:
            if shape.has_table:
                tables.append(shape.table)
                for row in shape.table.rows:
                    for cell in row.cells:
                        words += _words(cell.text_frame.text)
            elif shape.has_text_frame and shape != slide.shapes.title:
                if re.fullmatch(r"\d+", shape.text_frame.text.strip()) or shape.text_frame.text.strip() == "Markdown":
                    continue  # slide number, footer
                words += _words(shape.text_frame.text)
                struck += [r.text for p in shape.text_frame.paragraphs for r in p.runs
                           if r._r.get_or_add_rPr().get("strike") == "sngStrike"]
    titles = [s.shapes.title.text for s in prs.slides if s.shapes.title is not None]
    return words, tables, struck, titles


def test_the_phone_the_slides_and_the_preview_show_the_same_text(tmp_path):
    phone, phone_tags = _phone(tmp_path)
    preview, preview_tags = _preview()
    slides, tables, struck, titles = _slides(tmp_path)
    # Slides put "### Steps" as a heading paragraph and the picture as its words, like the pages.
    assert phone == EXPECTED
    assert preview == EXPECTED
    assert slides == EXPECTED
    # Strikethrough is shown as such, not as tildes.
    assert "s" in phone_tags and "s" in preview_tags and struck == ["old price"]
    # A real table: a scrollable one on the phone, a slide table on slides.
    assert "table" in phone_tags and "table" in preview_tags
    assert len(tables) == 1 and len(tables[0].rows) == 3 and len(tables[0].columns) == 2
    assert all("L" in t for t in titles[2:-1])


def test_a_wide_table_scrolls_inside_its_box_on_the_phone(tmp_path):
    out = tmp_path / "phone"
    export_offline(_course(), OfflineOptions(output=out, form="folder"))
    page = next(p for p in out.glob("*.html") if "Opening" in p.read_text("utf-8")).read_text("utf-8")
    assert re.search(r'<div class="table-scroll"><table>', page)
    css = (out / "assets" / "site.css").read_text("utf-8")
    assert re.search(r"\.table-scroll\s*\{[^}]*overflow-x:\s*auto", css)
