"""The raw-XML helpers: part names stay unique, and saved decks store pictures as they are."""

from __future__ import annotations

import io
import zipfile

from PIL import Image
from pptx import Presentation
from pptx.opc.packuri import PackURI
from pptx.util import Inches

from coursebuilder.exporters.pptx._oxml import quick_part_names, save_deck


def _png(colour) -> io.BytesIO:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(buf, "PNG")
    buf.seek(0)
    return buf


def test_new_parts_never_reuse_a_name_even_with_gaps():
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    slide.shapes.add_picture(_png("red"), 0, 0, Inches(1))
    second = slide.shapes.add_picture(_png("blue"), 0, 0, Inches(1))
    second.image  # noqa: B018 - make sure the part exists
    part = slide.part.related_part(second._element.blip_rId)
    part.partname = PackURI("/ppt/media/image5.png")  # a template with a gap in its names
    slide.notes_slide.notes_text_frame.text = "first notes"
    with quick_part_names(prs):
        for colour in ("green", "yellow", "red"):
            s = prs.slides.add_slide(prs.slide_layouts[6])
            s.shapes.add_picture(_png(colour), 0, 0, Inches(1))
            s.notes_slide.notes_text_frame.text = colour
    names = [p.partname for p in prs.part.package.iter_parts()]
    assert len(names) == len(set(names))
    media = sorted(str(n) for n in names if n.startswith("/ppt/media/"))
    # Red is reused (same picture), green and yellow go above the highest existing name.
    assert media == ["/ppt/media/image1.png", "/ppt/media/image5.png", "/ppt/media/image6.png", "/ppt/media/image7.png"]
    assert "next_partname" not in vars(prs.part.package)  # python-pptx's own methods are back
    out = io.BytesIO()
    save_deck(prs, out)
    with zipfile.ZipFile(out) as z:
        kinds = {i.filename: i.compress_type for i in z.infolist()}
        assert kinds["ppt/media/image6.png"] == zipfile.ZIP_STORED
        assert kinds["ppt/presentation.xml"] == zipfile.ZIP_DEFLATED
        assert z.testzip() is None
    out.seek(0)
    reopened = Presentation(out)
    assert [s.notes_slide.notes_text_frame.text for s in reopened.slides] == ["first notes", "green", "yellow", "red"]
