"""Build real source material for importer tests: decks, photos, Markdown folders."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

from lxml import etree
from PIL import Image, ImageDraw
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from coursebuilder.bundle import open_bundle, save_bundle
from coursebuilder.bundle.reader import check_bundle
from coursebuilder.model import validate_course
from coursebuilder.model.codec import course_to_data
from coursebuilder.model.validate import ERROR

P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
MP4_BYTES = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 40


def picture_bytes(colour, fmt="PNG", size=(64, 48)) -> bytes:
    """Return a small picture with a mark in one corner, so orientation can be seen."""
    im = Image.new("RGB", size, colour)
    ImageDraw.Draw(im).rectangle([0, 0, size[0] // 3, size[1] // 3], fill=(255, 255, 255))
    buf = io.BytesIO()
    im.save(buf, fmt)
    return buf.getvalue()


def photo_bytes(*, taken: str | None = None, orientation: int = 1, size=(80, 60), colour=(90, 140, 60)) -> bytes:
    """Return a JPEG like a phone's: capture time in the Exif sub-IFD and an orientation tag."""
    im = Image.new("RGB", size, colour)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "TestPhone"
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80, exif=exif)
    return buf.getvalue()


def add_sections(prs, sections: list[tuple[str, list[int]]]) -> None:
    """Give the deck PowerPoint sections (python-pptx cannot): names with slide numbers."""
    ids = [slide.slide_id for slide in prs.slides]
    root = prs.part._element
    ext_lst = root.find(f"{{{P}}}extLst")
    if ext_lst is None:
        ext_lst = etree.SubElement(root, f"{{{P}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{P}}}ext", uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
    lst = etree.SubElement(ext, f"{{{P14}}}sectionLst", nsmap={"p14": P14})
    for i, (name, numbers) in enumerate(sections):
        section = etree.SubElement(lst, f"{{{P14}}}section", name=name, id="{%08d-0000-0000-0000-000000000000}" % i)
        sld_lst = etree.SubElement(section, f"{{{P14}}}sldIdLst")
        for n in numbers:
            etree.SubElement(sld_lst, f"{{{P14}}}sldId", id=str(ids[n - 1]))


ENTRANCE = """<p:timing xmlns:p="%s"><p:tnLst><p:par>
<p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>
<p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>
<p:par><p:cTn id="3" fill="hold"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst><p:childTnLst>
<p:par><p:cTn id="4" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>
<p:par><p:cTn id="5" presetID="1" presetClass="entr" presetSubtype="0" fill="hold" nodeType="clickEffect">
<p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>
<p:set><p:cBhvr><p:cTn id="6" dur="1" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst></p:cTn>
<p:tgtEl><p:spTgt spid="%d"/></p:tgtEl><p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst>
</p:cBhvr><p:to><p:strVal val="visible"/></p:to></p:set>
</p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par>
</p:childTnLst></p:cTn>
<p:prevCondLst><p:cond evt="onPrev" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst>
<p:nextCondLst><p:cond evt="onNext" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst>
</p:seq></p:childTnLst></p:cTn></p:par></p:tnLst></p:timing>"""


def add_animation(slide, shape) -> None:
    """Make ``shape`` appear on a click, as PowerPoint's simplest entrance effect does."""
    timing = etree.fromstring(ENTRANCE % (P, shape.shape_id))
    ext = slide.element.find(f"{{{P}}}extLst")
    if ext is not None:
        ext.addprevious(timing)
    else:
        slide.element.append(timing)


def make_deck(path: Path, *, sections: bool = True, extras: bool = True) -> Path:
    """Write a training deck: title slide, section headers, bullets, emphasis, pictures, table, notes, chart."""
    prs = Presentation()
    title, section, content, title_only = (prs.slide_layouts[i] for i in (0, 2, 1, 5))
    red, blue = picture_bytes((200, 30, 30)), picture_bytes((30, 30, 200))

    s = prs.slides.add_slide(title)  # 1
    s.shapes.title.text = "Selling produce online 网上卖农产品"
    s.placeholders[1].text = "Day one: filming and pricing"
    s.notes_slide.notes_text_frame.text = "Welcome everyone."

    s = prs.slides.add_slide(section)  # 2
    s.shapes.title.text = "Filming"
    s.placeholders[1].text = "Light, sound and a steady phone"

    s = prs.slides.add_slide(content)  # 3
    s.shapes.title.text = "Good light"
    tf = s.placeholders[1].text_frame
    tf.text = "Film in the morning"
    p = tf.add_paragraph()
    p.level = 1
    for text, bold, italic in (("soft", True, False), (" light, ", False, False), ("no shadows", False, True)):
        run = p.add_run()
        run.text = text
        run.font.bold, run.font.italic = bold or None, italic or None
    p = tf.add_paragraph()
    p.level = 2
    p.text = "face the *window* [not the wall]"
    pic = s.shapes.add_picture(io.BytesIO(red), Inches(6), Inches(5), Inches(1))
    pic._element.nvPicPr.cNvPr.set("descr", "A red price card")
    s.notes_slide.notes_text_frame.text = "Ask who films at night."
    if extras:
        add_animation(s, pic)

    s = prs.slides.add_slide(content)  # 4
    s.shapes.title.text = "拍摄要点"
    s.placeholders[1].text_frame.text = "双手拿稳手机"
    p = s.placeholders[1].text_frame.add_paragraph()
    p.text = "先拍产品，再拍过程"
    p.level = 1
    dup = s.shapes.add_picture(io.BytesIO(red), Inches(6), Inches(5), Inches(1))  # same bytes as slide 3
    dup._element.nvPicPr.cNvPr.set("descr", "The same price card")
    other = s.shapes.add_picture(io.BytesIO(blue), Inches(7), Inches(5), Inches(1))
    other._element.nvPicPr.cNvPr.set("descr", "A blue basket")
    group = s.shapes.add_group_shape()
    tip = group.shapes.add_textbox(Inches(1), Inches(6), Inches(4), Inches(1))
    tip.text_frame.text = "Tip: film before 9 a.m."

    s = prs.slides.add_slide(section)  # 5
    s.shapes.title.text = "Pricing"
    s.placeholders[1].text = "Cost, work and profit"

    s = prs.slides.add_slide(title_only)  # 6
    s.shapes.title.text = "Prices this week"
    table = s.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for r, row in enumerate((("Produce", "Price per jin"), ("Apples", "5 元"), ("Pears | Asian", "6 元"))):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    if extras:
        data = CategoryChartData()
        data.categories = ["Mon", "Tue", "Wed"]
        data.add_series("Orders", (3, 7, 12))
        s.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(4.5), Inches(4), Inches(2.5), data)
        s.shapes.add_movie(io.BytesIO(MP4_BYTES), Inches(6), Inches(4.5), Inches(2), Inches(2), mime_type="video/mp4")
    s.notes_slide.notes_text_frame.text = "Prices change every week."

    if sections:
        add_sections(prs, [("Day 1: Filming", [1, 2, 3, 4]), ("Day 1: Pricing", [5, 6])])
    prs.save(path)
    return path


def libreoffice() -> str | None:
    """Return the LibreOffice program if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(source: Path, out_dir: Path, fmt: str, profile: Path) -> Path:
    """Have LibreOffice Impress open ``source`` and save it as ``fmt``, with a private profile."""
    out_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(profile))
    subprocess.run(
        [libreoffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", fmt, "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=240, env=env,
    )
    produced = out_dir / f"{source.stem}.{fmt.split(':')[0]}"
    assert produced.exists(), f"LibreOffice did not write {produced}"
    return produced


def assert_valid_and_reopens(bundle, tmp_path: Path, name: str = "out.coursebundle"):
    """Check the imported course has no errors, saves, re-opens equal and passes a full check."""
    errors = [p for p in validate_course(bundle.course) if p.severity == ERROR]
    assert not errors, errors
    target = tmp_path / name
    save_bundle(bundle, target)
    again = open_bundle(target)
    assert course_to_data(again.course) == course_to_data(bundle.course)
    problems = [p for p in check_bundle(target) if p.severity == ERROR]
    assert not problems, problems
    return again
