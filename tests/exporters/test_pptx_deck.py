"""The exported deck's structure: slides a lecturer would make, real formatted text, fonts, pictures."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from coursebuilder.exporters.pptx import PptxExportError, PptxOptions, export_pptx
from coursebuilder.presentation.words import Labels
from coursebuilder.exporters.pptx.plan import plan_deck
from coursebuilder.jobs import CancelToken
from coursebuilder.bundle import Cancelled
from coursebuilder.model import ImageBlock, Lesson, TextBlock
from factories import make_bundle
from exporters.pptx_support import han_runs_without_ea, overflowing, run_text, runs, slot_typeface

ZH = "直播带货的时候，先介绍产品的来源和特点，再展示制作过程，最后说明价格、重量和发货方式。"
EN = "When you sell live, first say where the product comes from, then show how it is made, then the price. "


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Export the test course once (Chinese and English, every block and question kind)."""
    import os
    os.environ["COURSEBUILDER_HOME"] = str(tmp_path_factory.mktemp("home"))
    bundle = make_bundle()
    out = tmp_path_factory.mktemp("deck") / "course.pptx"
    result = export_pptx(bundle, PptxOptions(output=out, venue="县城培训中心", date="2026-03-15", lecturer="王老师"))
    return bundle, result, Presentation(str(out))


def texts(slide) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


def layout_names(prs) -> list[str]:
    return [s.slide_layout.name for s in prs.slides]


def test_deck_has_the_slides_a_lecturer_makes(exported):
    bundle, result, prs = exported
    names = layout_names(prs)
    # Short text everywhere: exactly one slide per planned slide, none continued.
    planned = plan_deck(bundle.course, PptxOptions(output=Path("unused.pptx")), Labels("zh-Hans"), "2026-03-15", "王老师")
    assert result.report.slides == len(prs.slides) == len(planned) == 47
    kinds = [s.kind for s in planned]
    assert kinds.count("question") == kinds.count("answer") == 8 + 8  # exercise and quiz, every kind
    assert names[0] == "Title Slide" and "王老师" in texts(prs.slides[0]) and "县城培训中心" in texts(prs.slides[0])
    assert "2026年3月15日" in texts(prs.slides[0])
    assert names.count("Section Header") == len(bundle.course.modules)
    assert names[-1] == "Title Slide" and "谢谢" in texts(prs.slides[-1])
    # Each lesson starts with its title and objectives, and its notes go to the notes pane.
    lesson = bundle.course.modules[0].items[0]
    first = next(s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text == lesson.title)
    assert first.slide_layout.name == "Title and Content"
    assert all(o in texts(first) for o in lesson.objectives)
    assert first.notes_slide.notes_text_frame.text == lesson.notes
    # Slide numbers and a footer on the content slides.
    body = prs.slides[2]
    kinds = {s._element.xpath("./p:nvSpPr/p:nvPr/p:ph")[0].get("type") for s in body.placeholders}
    assert {"ftr", "sldNum"} <= kinds
    assert body._element.xpath(".//a:fld[@type='slidenum']")


def test_every_question_kind_has_a_question_then_an_answer_slide(exported):
    _bundle, _result, prs = exported
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in prs.slides]
    for i in range(1, 9):
        q = titles.index(f"Check：第 {i} 题，共 8 题")
        assert titles[q + 1] == f"Check：第 {i} 题答案", titles[q:q + 2]
    # The right choice is marked on the answer slide, and only there.
    q1 = titles.index("Check：第 1 题，共 8 题")
    assert "√" not in texts(prs.slides[q1])
    answer = prs.slides[q1 + 1]
    marked = [r for r in answer.shapes.placeholders[1].text_frame._txBody.iter(qn("a:r")) if "上午" in run_text(r)]
    assert marked and marked[0].find(qn("a:rPr")).get("b") == "1"
    assert "√" in texts(answer) and "√ 半夜" not in texts(answer)
    # Matching shows two columns; numeric shows its tolerance and unit.
    match = prs.slides[titles.index("Check：第 5 题，共 8 题")]
    assert match.slide_layout.name == "Two Content"
    assert "4.5 yuan" in texts(prs.slides[titles.index("Check：第 8 题答案")])
    # The survey is one slide with its questions; a rating scale shows its labels.
    survey = prs.slides[titles.index("Feedback")]
    assert "Your age" in texts(survey) and "Very useful" in texts(survey)


def test_markdown_becomes_real_formatted_text(exported):
    _bundle, _result, prs = exported
    light = next(s for s in prs.slides if s.shapes.title is not None and s.shapes.title.text == "Light")
    body = light.shapes.placeholders[1].text_frame
    bold = [r for p in body.paragraphs for r in p.runs if r.text == "window"]
    assert bold and bold[0].font.bold
    assert [p.level for p in body.paragraphs if p.text in ("one", "nested", "two")] == [0, 1, 0]
    assert not light.shapes.title.text_frame._txBody.xpath(".//a:blip")  # text, never a picture of text


def test_chinese_runs_name_an_east_asian_font(exported):
    _bundle, _result, prs = exported
    assert han_runs_without_ea(prs) == []
    chinese = [r for _n, _s, r in runs(prs) if "测试" in run_text(r)]
    assert chinese and slot_typeface(chinese[0], "ea") == "Microsoft YaHei"
    assert chinese[0].find(qn("a:rPr")).get("lang") == "zh-CN"


def test_no_text_frame_overflows(exported, tmp_path):
    bundle, _result, prs = exported
    assert overflowing(prs, bundle.course.language) == []
    # A course title far longer than the footer is cut there (and kept whole on the title slide).
    bundle.course.title = "一个非常长的课程名称，用来检查页脚 " * 6
    out = tmp_path / "long-title.pptx"
    export_pptx(bundle, PptxOptions(output=out, module=2, venue="县城培训中心"))
    deck = Presentation(str(out))
    footers = [s.text_frame.text for slide in deck.slides for s in slide.placeholders
               if s._element.xpath("./p:nvSpPr/p:nvPr/p:ph[@type='ftr']")]
    assert footers and all(f.endswith("…") for f in footers)
    assert overflowing(deck, "zh-Hans") == []


def noisy_photo(size=(3000, 2000)) -> bytes:
    """Return a photo-like JPEG (noise compresses like a photo) turned by EXIF, with GPS."""
    im = Image.merge("RGB", [Image.effect_noise(size, 60).point(lambda v, k=k: (v + 40 * k) % 256) for k in range(3)])
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(0x8825).update({1: "N", 2: (34.0, 15.0, 30.0), 3: "E", 4: (108.0, 56.0, 12.0)})
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90, exif=exif)
    return buf.getvalue()


def test_pictures_are_projector_sized_upright_and_undistorted(exported, tmp_path):
    bundle, _result, prs = exported
    # (An audio shape is a picture to python-pptx, which knows only video media: its poster is not counted.)
    pictures = [s for slide in list(prs.slides)[1:] for s in slide.shapes
                if s.shape_type == MSO_SHAPE_TYPE.PICTURE and not _media_kind(s)]
    assert len(pictures) == 2
    # The course's cover stands beside the title, which keeps to the left of it.
    cover = [s for s in prs.slides[0].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(cover) == 1 and cover[0].left >= prs.slides[0].shapes.title.left + prs.slides[0].shapes.title.width
    stall = next(p for p in pictures if p._element.xpath("./p:nvPicPr/p:cNvPr/@descr") == ["A market stall"])
    # The source is 64x48 with EXIF orientation 6: upright it is 48x64.
    assert Image.open(io.BytesIO(stall.image.blob)).size == (48, 64)
    # A flat-colour drawing with transparency stays a PNG.
    assert any(p.image.content_type == "image/png" and p.image.size == (40, 30) for p in pictures)
    # A big phone photo: shrunk to the image size, upright, no EXIF or GPS, fitted without distortion.
    lesson = bundle.course.modules[1].items[0]
    item = bundle.media.add_bytes(bundle.course, noisy_photo(), "IMG_0001.jpg")
    lesson.blocks.append(ImageBlock(media=item.path, alt="Phone photo", caption="长的说明文字 " * 3, credit="Li"))
    out = tmp_path / "photo.pptx"
    export_pptx(bundle, PptxOptions(output=out, module=2, image_size=800))
    deck = Presentation(str(out))
    photo = next(s for slide in list(deck.slides)[1:] for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
    im = Image.open(io.BytesIO(photo.image.blob))
    assert photo.image.content_type == "image/jpeg" and im.size == (534, 800) or im.size == (533, 800)
    assert not im.getexif()
    assert not im.info.get("progressive")  # baseline JPEG: quicker to make, same on a projector
    assert abs(photo.width / photo.height - im.width / im.height) < 0.01
    slide = next(s for s in deck.slides if photo in list(s.shapes))
    assert photo.top + photo.height <= min(sh.top for sh in slide.shapes if sh.has_text_frame and "长的说明" in sh.text_frame.text)
    assert overflowing(deck, "zh-Hans") == []


def _media_kind(shape) -> str:
    nv = shape.element.find(f"{qn('p:nvPicPr')}/{qn('p:nvPr')}")
    return "".join(k for k in ("videoFile", "audioFile") if nv is not None and nv.find(qn(f"a:{k}")) is not None)


def test_audio_and_video_are_embedded_and_named(exported):
    _bundle, result, prs = exported
    media = [s for slide in prs.slides for s in slide.shapes if _media_kind(s) if s.element.tag == qn("p:pic")]
    assert result.report.media == len(media) == 2
    video, audio = sorted(media, key=_media_kind, reverse=True)
    # Video as video (python-pptx reads it as a movie), audio as audio: PowerPoint shows the audio control.
    assert _media_kind(video) == "videoFile" and video.shape_type == MSO_SHAPE_TYPE.MEDIA
    assert _media_kind(audio) == "audioFile"
    link = audio.element.find(f".//{qn('a:audioFile')}").get(qn("r:link"))
    rel = audio.part.rels[link]
    assert rel.reltype.endswith("/relationships/audio") and rel.target_part.content_type.startswith("audio/")
    timing = audio.part._element.find(qn("p:timing"))
    assert timing is not None and timing.find(f".//{qn('p:audio')}") is not None
    named = [texts(s) for s in prs.slides if any(m in texts(s) for m in ("greeting.wav", "clip.mp4"))]
    assert len(named) == 2


def test_long_text_continues_on_further_slides_within_frames(tmp_path):
    bundle = make_bundle()
    md = "## 长课 Long lesson\n\n" + ZH * 6 + "\n\n" + "\n".join(f"- {EN} **{i}**" for i in range(12)) + "\n\n1. one\n2. two\n"
    lesson = Lesson(id="long", title="Long", blocks=[TextBlock(markdown=md)])
    bundle.course.modules[1].items.insert(0, lesson)
    out = tmp_path / "long.pptx"
    export_pptx(bundle, PptxOptions(output=out, lessons=["long"], date="2026-03-15"))
    prs = Presentation(str(out))
    titles = [s.shapes.title.text for s in prs.slides if s.shapes.title is not None]
    assert titles.count("长课 Long lesson（续）") >= 2
    assert overflowing(prs, "zh-Hans") == []
    # Every bullet arrives once, in order, across the slides.
    body = "\n".join(s.placeholders[1].text_frame.text for s in prs.slides
                     if s.shapes.title is not None and s.shapes.title.text.startswith("长课") and 1 in [p.placeholder_format.idx for p in s.placeholders])
    flat, en = "".join(body.split()), "".join(EN.split())
    order = [flat.index(f"{en}{i}") for i in range(12)]
    assert order == sorted(order)
    # A numbered list keeps its numbers when it continues: the second item is number 2.
    numbered = [p for s in prs.slides for sh in s.placeholders if sh.placeholder_format.idx == 1
                for p in sh.text_frame._txBody.findall(qn("a:p")) if p.xpath(".//a:buAutoNum")]
    assert numbered


def test_khmer_runs_use_the_complex_script_slot(tmp_path):
    bundle = make_bundle()
    bundle.course.language = "km"
    bundle.course.modules[1].items[0].blocks = [TextBlock(markdown="ការលក់ផលិតផលតាមអនឡាញ and ພາສາລາວ")]
    out = tmp_path / "km.pptx"
    export_pptx(bundle, PptxOptions(output=out, module=2))
    prs = Presentation(str(out))
    khmer = [r for _n, _s, r in runs(prs) if "ការលក់" in run_text(r)]
    assert khmer and slot_typeface(khmer[0], "cs") == "Leelawadee UI"
    assert overflowing(prs, "km") == []


def test_choosing_a_module_or_lessons(tmp_path):
    bundle = make_bundle()
    out = tmp_path / "m2.pptx"
    export_pptx(bundle, PptxOptions(output=out, module=2))
    titles = [s.shapes.title.text for s in Presentation(str(out)).slides if s.shapes.title is not None]
    assert "Day 2" in titles and "Day 1" not in titles and "Pricing" in titles
    export_pptx(bundle, PptxOptions(output=out, overwrite=True, lessons=["survey1"]))
    titles = [s.shapes.title.text for s in Presentation(str(out)).slides if s.shapes.title is not None]
    assert "Feedback" in titles and "Pricing" not in titles
    with pytest.raises(PptxExportError, match="'nope'") as err:
        export_pptx(bundle, PptxOptions(output=out, overwrite=True, lessons=["nope"]))
    assert err.value.kind == "usage"


def test_high_contrast_theme_and_own_template(tmp_path):
    bundle = make_bundle()
    hc = tmp_path / "hc.pptx"
    export_pptx(bundle, PptxOptions(output=hc, theme="high-contrast", module=2))
    prs = Presentation(str(hc))
    assert prs.slide_master.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme").blob.count(b"High Contrast")
    assert overflowing(prs, "zh-Hans") == []
    # A lecturer's own template: python-pptx's plain 4:3 one, with a slide in it that must go.
    from pptx import Presentation as New
    own = New()
    own.slides.add_slide(own.slide_layouts[0]).shapes.title.text = "old slide"
    template = tmp_path / "mine.pptx"
    own.save(str(template))
    out = tmp_path / "own.pptx"
    export_pptx(bundle, PptxOptions(output=out, template=template, module=2))
    prs = Presentation(str(out))
    assert prs.slide_width == own.slide_width
    assert "old slide" not in [s.shapes.title.text for s in prs.slides if s.shapes.title is not None]
    assert overflowing(prs, "zh-Hans") == []


def test_potx_template_is_accepted(tmp_path):
    import zipfile

    from coursebuilder.exporters.pptx.template import theme_path

    potx = tmp_path / "mine.potx"
    with zipfile.ZipFile(theme_path("high-contrast")) as zin, zipfile.ZipFile(potx, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"presentationml.presentation.main+xml", b"presentationml.template.main+xml")
            zout.writestr(info, data)
    out = tmp_path / "from-potx.pptx"
    export_pptx(make_bundle(), PptxOptions(output=out, template=potx, module=2))
    prs = Presentation(str(out))
    assert prs.slide_layouts[0].name == "Title Slide" and len(prs.slides) > 3


def test_bad_template_is_a_one_line_input_error(tmp_path):
    bad = tmp_path / "bad.pptx"
    bad.write_text("not a deck")
    with pytest.raises(PptxExportError, match="not a PowerPoint template") as err:
        export_pptx(make_bundle(), PptxOptions(output=tmp_path / "out.pptx", template=bad))
    assert err.value.kind == "input"


def test_cancel_leaves_the_old_deck_untouched(tmp_path):
    out = tmp_path / "deck.pptx"
    out.write_bytes(b"old deck")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export_pptx(make_bundle(), PptxOptions(output=out, overwrite=True), cancel=token)
    assert out.read_bytes() == b"old deck"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


def test_re_export_reuses_derived_pictures(tmp_path, monkeypatch):
    bundle = make_bundle()
    export_pptx(bundle, PptxOptions(output=tmp_path / "a.pptx"))
    import coursebuilder.media.batch as batch

    def no_pool(*args, **kwargs):
        raise AssertionError("a cached picture was made again")

    monkeypatch.setattr(batch, "ProcessPoolExecutor", no_pool)
    bundle.course.modules[1].items[0].blocks[0].markdown = "Price = cost + work + 运费."
    result = export_pptx(bundle, PptxOptions(output=tmp_path / "b.pptx"))
    assert result.report.pictures == 2
    # A different picture size is a different derived picture, so it needs the workers.
    with pytest.raises(AssertionError, match="made again"):
        export_pptx(bundle, PptxOptions(output=tmp_path / "c.pptx", image_size=800))


def test_a_turned_and_cropped_picture_is_shown_framed(tmp_path):
    bundle = make_bundle()
    lesson = bundle.course.modules[1].items[0]
    item = bundle.media.add_bytes(bundle.course, noisy_photo(), "IMG_0002.jpg")
    lesson.blocks.append(ImageBlock(media=item.path, alt="Turned", rotate=270, crop=[0.25, 0.0, 0.5, 1.0]))
    out = tmp_path / "framed.pptx"
    export_pptx(bundle, PptxOptions(output=out, module=2, image_size=800))
    photo = next(s for slide in Presentation(str(out)).slides for s in slide.shapes
                 if s.shape_type == MSO_SHAPE_TYPE.PICTURE and s._element.xpath("./p:nvPicPr/p:cNvPr/@descr") == ["Turned"])
    with Image.open(io.BytesIO(photo.image.blob)) as im:
        # Stored 3000x2000 with EXIF orientation 6: upright 2000x3000, turned 270° 3000x2000,
        # the middle half of its width 1500x2000, fitted to 800 px: 600x800.
        assert im.size == (600, 800)
