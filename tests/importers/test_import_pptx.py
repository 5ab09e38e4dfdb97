"""PowerPoint decks made with python-pptx and re-saved by LibreOffice import whole and honestly."""

from __future__ import annotations

import hashlib
import zipfile

import pytest
from importers.import_support import (
    assert_valid_and_reopens,
    convert_with_libreoffice,
    libreoffice,
    make_deck,
    picture_bytes,
)

from coursebuilder.importers import ImportFailure, import_pptx, new_course_bundle
from coursebuilder.model import ImageBlock, TextBlock


def _deck_pictures(path) -> set[str]:
    """Return the SHA-256 of every picture stored in the deck's ZIP."""
    with zipfile.ZipFile(path) as zf:
        return {hashlib.sha256(zf.read(n)).hexdigest() for n in zf.namelist() if n.startswith("ppt/media/image")}


def _text(lesson) -> str:
    return "\n\n".join(b.markdown for b in lesson.blocks if isinstance(b, TextBlock))


def test_deck_becomes_modules_lessons_and_blocks(tmp_path):
    deck = make_deck(tmp_path / "selling.pptx")
    bundle = new_course_bundle()
    report = import_pptx(bundle, deck)
    course = bundle.course

    assert course.title == "Selling produce online 网上卖农产品"
    assert course.subtitle == "Day one: filming and pricing"
    # Deck sections became modules; section-header slides started lessons.
    assert [m.title for m in course.modules] == ["Day 1: Filming", "Day 1: Pricing"]
    filming, pricing = (m.items[0] for m in course.modules)
    assert (filming.title, pricing.title) == ("Filming", "Pricing")

    text = _text(filming)
    assert "## Good light" in text
    assert "- Film in the morning\n    - **soft** light, *no shadows*\n        - face the \\*window\\*" in text
    assert "## 拍摄要点\n\n- 双手拿稳手机\n    - 先拍产品，再拍过程" in text
    assert "\n\nTip: film before 9 a.m." in text  # a text box in a group: a paragraph, not a bullet
    assert "| Produce | Price per jin |\n| --- | --- |\n| Apples | 5 元 |\n| Pears \\| Asian | 6 元 |" in _text(pricing)

    pictures = [b for b in filming.blocks if isinstance(b, ImageBlock)]
    assert [p.alt for p in pictures] == ["A red price card", "The same price card", "A blue basket"]
    # The repeated picture is stored once; both blocks point at it.
    assert pictures[0].media == pictures[1].media != pictures[2].media
    assert (report.pictures, report.duplicates) == (2, 1)
    # Byte for byte: the stored media are exactly the pictures put into the deck (not the video's poster).
    expected = {hashlib.sha256(picture_bytes(c)).hexdigest() for c in ((200, 30, 30), (30, 30, 200))}
    assert {m.sha256 for m in course.media} == expected
    assert expected < _deck_pictures(deck)
    for item in course.media:
        with bundle.media.open(item.path) as fh:
            assert hashlib.sha256(fh.read()).hexdigest() == item.sha256

    assert "Welcome everyone." in filming.notes and "Ask who films at night." in filming.notes
    assert "Prices change every week." in pricing.notes

    notes = [str(n) for n in report.notices]
    assert any(n.startswith("slide 3: animations") for n in notes)
    assert any(n.startswith("slide 6: chart") and "column clustered" in n and "kept as a table" in n for n in notes)
    assert "|   | Orders |\n| --- | --- |\n| Mon | 3 |\n| Tue | 7 |\n| Wed | 12 |" in _text(pricing)
    assert any(n.startswith("slide 6: embedded video") for n in notes)
    assert_valid_and_reopens(bundle, tmp_path)


def test_without_sections_section_headers_start_lessons(tmp_path):
    deck = make_deck(tmp_path / "plain.pptx", sections=False, extras=False)
    bundle = new_course_bundle()
    report = import_pptx(bundle, deck)
    (module,) = bundle.course.modules
    assert module.title == "Selling produce online 网上卖农产品"
    assert [i.title for i in module.items] == ["Filming", "Pricing"]
    assert not report.notices
    assert_valid_and_reopens(bundle, tmp_path)


def test_into_existing_course_appends_and_reuses_pictures(tmp_path):
    deck = make_deck(tmp_path / "deck.pptx", extras=False)
    bundle = new_course_bundle("Existing")
    import_pptx(bundle, deck)
    report = import_pptx(bundle, deck)
    assert bundle.course.title == "Existing"
    assert len(bundle.course.modules) == 4
    assert len(bundle.course.media) == 2  # nothing stored twice
    assert report.duplicates == 3 and report.pictures == 0
    assert_valid_and_reopens(bundle, tmp_path)


def test_truncated_deck_gives_one_line_and_changes_nothing(tmp_path):
    deck = make_deck(tmp_path / "deck.pptx", extras=False)
    broken = tmp_path / "broken.pptx"
    broken.write_bytes(deck.read_bytes()[: deck.stat().st_size // 2])
    bundle = new_course_bundle("Keep me")
    with pytest.raises(ImportFailure) as info:
        import_pptx(bundle, broken)
    assert str(info.value) == "broken.pptx: is not a PowerPoint .pptx file, or it is damaged (cut short?)"
    assert "\n" not in str(info.value)
    assert bundle.course.modules == [] and bundle.course.media == []


def test_other_files_posing_as_decks_are_named(tmp_path):
    ppt = tmp_path / "old.pptx"
    ppt.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ImportFailure, match="old .ppt deck"):
        import_pptx(new_course_bundle(), ppt)
    other = tmp_path / "photos.pptx"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("photo.png", picture_bytes((1, 2, 3)))
    with pytest.raises(ImportFailure, match="not a PowerPoint deck"):
        import_pptx(new_course_bundle(), other)


def test_zip_bomb_posing_as_a_deck_is_refused_before_reading(tmp_path):
    bomb = tmp_path / "bomb.pptx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ppt/presentation.xml", b"<" + b" " * (64 * 1024 * 1024))
    with pytest.raises(ImportFailure, match="expands too much to be safe"):
        import_pptx(new_course_bundle(), bomb)


def _rewrite(deck, out, change):
    """Copy a deck, passing each part's name and bytes through ``change`` (None drops the part)."""
    with zipfile.ZipFile(deck) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = change(info.filename, src.read(info))
            if data is not None:
                dst.writestr(info, data)
    return out


def _pictures(course):
    return [b for m in course.modules for i in m.items for b in i.blocks if isinstance(b, ImageBlock)]


def test_a_damaged_picture_is_listed_and_the_rest_of_the_deck_imported(tmp_path):
    deck = make_deck(tmp_path / "deck.pptx", extras=False)
    damaged = _rewrite(deck, tmp_path / "damaged.pptx", lambda name, data: data[:40] if (
        name.startswith("ppt/media/image") and name.endswith(".png")) else data)
    bundle = new_course_bundle("Keep me")
    report = import_pptx(bundle, damaged)
    notes = [str(n) for n in report.notices]
    assert any(n.startswith("slide 3: picture “Picture 3” cannot be used (the picture is damaged") for n in notes), notes
    assert len(bundle.course.modules) == 2 and "Film in the morning" in "".join(
        _text(i) for m in bundle.course.modules for i in m.items)
    assert_valid_and_reopens(bundle, tmp_path)


def test_a_picture_missing_from_the_deck_is_listed(tmp_path):
    deck = make_deck(tmp_path / "deck.pptx", extras=False)
    with zipfile.ZipFile(deck) as zf:
        first = sorted(n for n in zf.namelist() if n.startswith("ppt/media/image"))[0]
    missing = _rewrite(deck, tmp_path / "missing.pptx", lambda name, data: None if name == first else data)
    bundle = new_course_bundle()
    report = import_pptx(bundle, missing)
    notes = [str(n) for n in report.notices]
    assert any("is missing from the deck or cannot be read; not imported" in n for n in notes), notes
    assert bundle.course.modules and len(_pictures(bundle.course)) < len(_pictures(
        _imported(deck).course))


def _imported(deck):
    bundle = new_course_bundle()
    import_pptx(bundle, deck)
    return bundle


def test_a_linked_picture_is_listed_with_where_it_points(tmp_path):
    from pptx import Presentation
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    deck = make_deck(tmp_path / "deck.pptx", extras=False)
    prs = Presentation(str(deck))
    pic = next(s for slide in prs.slides for s in slide.shapes if s.shape_type == 13)
    blip = pic.element.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    rid = pic.part.relate_to("file:///C:/Users/teacher/Pictures/market.jpg", RT.IMAGE, is_external=True)
    del blip.attrib[r + "embed"]
    blip.set(r + "link", rid)
    prs.save(str(tmp_path / "linked.pptx"))
    report = import_pptx(new_course_bundle(), tmp_path / "linked.pptx")
    assert any("is linked to a file outside the deck (file:///C:/Users/teacher/Pictures/market.jpg)" in str(n.message)
               for n in report.notices), [str(n) for n in report.notices]


def _libreoffice_style_deck(path):
    """Write a deck the way LibreOffice Impress and scripts do: a "Title Slide" layout typed as text,
    titles in plain text boxes, speaker notes in a text box with no notes placeholder."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    layout = prs.slide_layouts[6]
    layout.name = "Title Slide"
    layout.element.set("type", "tx")
    for title, body in (("Pricing 定价", "Write the price per jin on the card."), ("Filming", "Film in the morning.")):
        slide = prs.slides.add_slide(layout)
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.3), Inches(9), Inches(1))
        box.text_frame.text = title
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(40)
        slide.shapes.add_textbox(Inches(0.5), Inches(2), Inches(9), Inches(3)).text_frame.text = body
        placeholder = slide.notes_slide.notes_placeholder
        placeholder.text_frame.text = f"Say: {title}"
        ph = placeholder.element.find(".//{http://schemas.openxmlformats.org/presentationml/2006/main}ph")
        ph.getparent().remove(ph)  # now a plain text box
    prs.save(str(path))
    return path


def test_text_of_decks_made_the_libreoffice_way_is_all_kept(tmp_path):
    bundle = new_course_bundle()
    import_pptx(bundle, _libreoffice_style_deck(tmp_path / "lo.pptx"))
    (lesson,) = [i for m in bundle.course.modules for i in m.items]
    text = _text(lesson)
    # Neither slide is taken for a title slide, each plain-box title is the slide's heading.
    assert "## Pricing 定价\n\nWrite the price per jin on the card." in text
    assert "## Filming\n\nFilm in the morning." in text
    assert "[Slide 1: Pricing 定价]\nSay: Pricing 定价" in lesson.notes and "Say: Filming" in lesson.notes


@pytest.mark.parametrize(("suffix", "label"), [("potx", "template"), ("ppsx", "slideshow"), ("pptm", None)])
def test_templates_and_slide_shows_open_as_decks(tmp_path, suffix, label):
    deck = make_deck(tmp_path / "deck.pptx", extras=False)
    kind = {"template": b"presentationml.template.main+xml", "slideshow": b"presentationml.slideshow.main+xml",
            None: b"presentationml.presentation.main+xml"}[label]
    other = _rewrite(deck, tmp_path / f"deck.{suffix}", lambda name, data: data.replace(
        b"presentationml.presentation.main+xml", kind) if name == "[Content_Types].xml" else data)
    bundle = new_course_bundle()
    import_pptx(bundle, other)
    assert [m.title for m in bundle.course.modules] == ["Day 1: Filming", "Day 1: Pricing"]


def test_a_deck_python_pptx_cannot_open_is_refused_in_plain_words_without_its_path(tmp_path):
    deck = make_deck(tmp_path / "deck.pptx", extras=False)
    broken = _rewrite(deck, tmp_path / "broken.pptx", lambda name, data: b"<nonsense" if name == "ppt/presentation.xml" else data)
    with pytest.raises(ImportFailure) as info:
        import_pptx(new_course_bundle(), broken)
    assert str(tmp_path) not in str(info.value) and str(info.value).startswith("broken.pptx: cannot be read as a deck")


@pytest.mark.slow
@pytest.mark.skipif(libreoffice() is None, reason="LibreOffice Impress is not installed")
def test_deck_saved_by_libreoffice_impress(tmp_path):
    source = make_deck(tmp_path / "made.pptx")
    deck = convert_with_libreoffice(source, tmp_path / "lo", "pptx", tmp_path / "profile")
    bundle = new_course_bundle()
    report = import_pptx(bundle, deck)
    course = bundle.course
    assert course.title == "Selling produce online 网上卖农产品"
    # Impress keeps no section headers or deck sections, so the deck is one lesson of slides.
    lessons = [i for m in course.modules for i in m.items]
    text = "\n\n".join(_text(lesson) for lesson in lessons)
    assert "- Film in the morning\n    - **soft** light, *no shadows*" in text
    assert "- 双手拿稳手机\n    - 先拍产品，再拍过程" in text
    assert "| Apples | 5 元 |" in text
    alts = [b.alt for lesson in lessons for b in lesson.blocks if isinstance(b, ImageBlock)]
    assert alts == ["A red price card", "The same price card", "A blue basket"]
    assert len(course.media) == 2 and report.duplicates == 1
    assert {m.sha256 for m in course.media} <= _deck_pictures(deck)
    assert "Prices change every week." in "\n".join(lesson.notes for lesson in lessons)
    notes = [str(n) for n in report.notices]
    assert any(n.startswith("slide 3: animations") for n in notes)
    assert any("chart" in n for n in notes)
    assert_valid_and_reopens(bundle, tmp_path)


SMARTART_DATA = """<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>
<dgm:pt modelId="0" type="doc"><dgm:t><a:p><a:r><a:t>ignored</a:t></a:r></a:p></dgm:t></dgm:pt>
<dgm:pt modelId="1"><dgm:t><a:p><a:r><a:t>Film</a:t></a:r></a:p></dgm:t></dgm:pt>
<dgm:pt modelId="2"><dgm:t><a:p><a:r><a:t>Edit</a:t></a:r></a:p></dgm:t></dgm:pt>
<dgm:pt modelId="3"><dgm:t><a:p><a:r><a:t>Post 发布</a:t></a:r></a:p></dgm:t></dgm:pt>
</dgm:ptLst></dgm:dataModel>"""

SMARTART_FRAME = """<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<p:nvGraphicFramePr><p:cNvPr id="90" name="Steps diagram"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>
<p:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="2000000"/></p:xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">
<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="%s" r:lo="" r:qs="" r:cs=""/>
</a:graphicData></a:graphic></p:graphicFrame>"""


def test_smartart_text_and_embedded_objects_are_reported(tmp_path):
    from lxml import etree
    from pptx import Presentation
    from pptx.enum.shapes import PROG_ID
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Workflow"
    data = Part(PackURI("/ppt/diagrams/data1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                prs.part.package, SMARTART_DATA.encode())
    rid = slide.part.relate_to(data, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData")
    slide.shapes._spTree.append(etree.fromstring(SMARTART_FRAME % rid))
    sheet = tmp_path / "prices.xlsx"
    sheet.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an (empty) embedded spreadsheet
    slide.shapes.add_ole_object(str(sheet), PROG_ID.XLSX, Inches(1), Inches(4))
    deck = tmp_path / "smartart.pptx"
    prs.save(deck)

    bundle = new_course_bundle()
    report = import_pptx(bundle, deck)
    text = _text(bundle.course.modules[0].items[0])
    assert text == "## Workflow\n\n- Film\n- Edit\n- Post 发布"
    notes = [str(n) for n in report.notices]
    assert "slide 1: SmartArt graphic “Steps diagram” is not carried over; its text is kept as a list" in notes
    assert any(n.startswith("slide 1: embedded Excel.Sheet.12") and "not carried over" in n for n in notes)
    assert_valid_and_reopens(bundle, tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(libreoffice() is None, reason="LibreOffice Impress is not installed")
def test_text_boxes_in_a_deck_saved_by_libreoffice_are_kept(tmp_path):
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    for title, body in (("Pricing 定价", "Write the price per jin."), ("Filming", "Film in the morning.")):
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.3), Inches(9), Inches(1))
        box.text_frame.text = title
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(40)
        slide.shapes.add_textbox(Inches(0.5), Inches(2), Inches(9), Inches(3)).text_frame.text = body
        slide.notes_slide.notes_text_frame.text = f"Say: {title}"
    prs.save(str(tmp_path / "boxes.pptx"))
    odp = convert_with_libreoffice(tmp_path / "boxes.pptx", tmp_path / "odp", "odp", tmp_path / "profile")
    deck = convert_with_libreoffice(odp, tmp_path / "lo", "pptx", tmp_path / "profile")
    bundle = new_course_bundle()
    import_pptx(bundle, deck)
    text = "\n\n".join(_text(i) for m in bundle.course.modules for i in m.items)
    # Impress names the layout of these slides "Title Slide": the first slide's text must not vanish.
    assert "## Pricing 定价\n\nWrite the price per jin." in text and "## Filming\n\nFilm in the morning." in text
    notes = "\n".join(i.notes for m in bundle.course.modules for i in m.items)
    assert "Say: Pricing 定价" in notes and "Say: Filming" in notes


def test_what_else_is_on_the_title_slide_goes_to_the_first_lesson(tmp_path):
    from pptx import Presentation
    from pptx.util import Inches

    deck = make_deck(tmp_path / "deck.pptx", extras=False)
    prs = Presentation(str(deck))
    prs.slides[0].shapes.add_textbox(Inches(1), Inches(5), Inches(6), Inches(1)).text_frame.text = "Bring your phone 带手机"
    prs.save(str(deck))
    bundle = new_course_bundle()
    import_pptx(bundle, deck)
    assert bundle.course.title == "Selling produce online 网上卖农产品"
    first = bundle.course.modules[0].items[0]
    assert "Bring your phone 带手机" in _text(first)
    assert "## Selling produce online" not in _text(first)
