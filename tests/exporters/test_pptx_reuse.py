"""A re-export lays out only the slides whose content changed, and the deck is the one a full export makes."""

from __future__ import annotations

import os
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation

from coursebuilder.bundle import open_bundle
from coursebuilder.exporters.pptx import PptxOptions, export_pptx, render, reuse
from coursebuilder.exporters.pptx.plan import SlideSpec
from coursebuilder.media.batch import DerivedFile
from coursebuilder.model import ImageBlock
from exporters.pptx_support import sample_bundles
from factories import make_bundle

OPTIONS = PptxOptions(output=Path("unused.pptx"), date="2026-03-15", venue="Room 3")


def to(path: Path, options: PptxOptions = OPTIONS) -> PptxOptions:
    """Return the options writing to ``path``."""
    return replace(options, output=path)


def members(deck: Path) -> dict[str, bytes]:
    """Return every member of a deck's package by name."""
    with zipfile.ZipFile(deck) as z:
        return {name: z.read(name) for name in z.namelist()}


def differing(a: Path, b: Path) -> list[str]:
    """Return the package members two decks do not have byte for byte alike."""
    ma, mb = members(a), members(b)
    return sorted(n for n in set(ma) | set(mb) if ma.get(n) != mb.get(n))


@pytest.fixture
def laid_out(monkeypatch) -> list[str]:
    """Record the item id of every spec the renderer lays out (rather than putting back); "media" for embedded media."""
    seen: list[str] = []
    original = render.Renderer.render

    def spy(self, spec):
        seen.append("media" if spec.media is not None else spec.item_id or spec.kind)
        return original(self, spec)

    monkeypatch.setattr(render.Renderer, "render", spy)
    return seen


def fresh_home(monkeypatch, tmp_path: Path, name: str) -> None:
    """Point the app at an empty home: an empty picture and slide cache."""
    home = tmp_path / name
    home.mkdir()
    monkeypatch.setenv("COURSEBUILDER_HOME", str(home))


@pytest.mark.parametrize("sample", sample_bundles(), ids=lambda p: p.name)
def test_re_export_after_a_text_edit_is_the_deck_a_full_export_makes(sample, tmp_path, monkeypatch, laid_out):
    bundle = open_bundle(sample)
    export_pptx(bundle, to(tmp_path / "first.pptx"))
    first_count = len(laid_out)
    lesson = list(bundle.course.lessons())[1]
    lesson.blocks[0].markdown += "\n\nOne more sentence from the lecturer."
    laid_out.clear()
    again = export_pptx(bundle, to(tmp_path / "again.pptx"))
    # Only the edited lesson's slides and those embedding audio or video were laid out again.
    assert set(laid_out) <= {lesson.id, "media"}, laid_out
    assert lesson.id in laid_out and len(laid_out) < first_count / 2
    fresh_home(monkeypatch, tmp_path, "cold")
    full = export_pptx(bundle, to(tmp_path / "full.pptx"))
    assert differing(tmp_path / "again.pptx", tmp_path / "full.pptx") == []
    assert (again.report, again.warnings) == (full.report, full.warnings)
    prs = Presentation(str(tmp_path / "again.pptx"))
    texts = [s.text_frame.text for slide in prs.slides for s in slide.shapes if s.has_text_frame]
    assert any("One more sentence from the lecturer." in t for t in texts)
    numbers = [fld.text for slide in prs.slides
               for fld in slide._element.xpath(".//a:fld[@type='slidenum']/a:t")]
    assert numbers == sorted(numbers, key=int) and len(set(numbers)) == len(numbers)


def test_an_added_slide_renumbers_the_kept_ones(tmp_path, monkeypatch):
    bundle = make_bundle()
    export_pptx(bundle, to(tmp_path / "a.pptx"))
    lesson = bundle.course.modules[0].items[0]
    lesson.blocks[0].markdown += "\n\n" + "\n\n".join(f"- point {n} of a list long enough for a second slide"
                                                      for n in range(40))
    export_pptx(bundle, to(tmp_path / "b.pptx"))
    fresh_home(monkeypatch, tmp_path, "cold")
    export_pptx(bundle, to(tmp_path / "c.pptx"))
    assert len(Presentation(str(tmp_path / "b.pptx")).slides) > len(Presentation(str(tmp_path / "a.pptx")).slides)
    assert differing(tmp_path / "b.pptx", tmp_path / "c.pptx") == []


@pytest.mark.parametrize("change", ["theme", "image size", "language", "venue", "code", "framing"])
def test_what_changes_slides_lays_them_out_again(change, tmp_path, monkeypatch, laid_out):
    bundle = make_bundle()
    export_pptx(bundle, to(tmp_path / "a.pptx"))
    every = [s for s in laid_out if s != "media"]
    laid_out.clear()
    export_pptx(bundle, to(tmp_path / "b.pptx"))
    assert [s for s in laid_out if s != "media"] == []  # nothing changed: every slide is put back
    laid_out.clear()
    options = OPTIONS
    if change == "theme":
        options = replace(OPTIONS, theme="high-contrast")
    elif change == "image size":
        options = replace(OPTIONS, image_size=800)
    elif change == "venue":
        options = replace(OPTIONS, venue="Room 4")
    elif change == "language":
        bundle.course.language = "en" if bundle.course.language != "en" else "zh-CN"
    elif change == "code":
        monkeypatch.setattr(reuse, "code_fingerprint", lambda: "another version of the code")
    elif change == "framing":
        block = next(b for les in bundle.course.lessons() for b in les.blocks if isinstance(b, ImageBlock))
        block.rotate = 90
    export_pptx(bundle, to(tmp_path / "c.pptx", options))
    again = [s for s in laid_out if s != "media"]
    if change == "framing":
        assert len(again) == 1  # only the turned picture's slide
    else:
        assert len(again) == len(every)  # the venue is in every slide's footer
    fresh_home(monkeypatch, tmp_path, "cold")
    export_pptx(bundle, to(tmp_path / "d.pptx", options))
    assert differing(tmp_path / "c.pptx", tmp_path / "d.pptx") == []


def test_a_spec_key_names_the_derived_picture(tmp_path):
    block = ImageBlock(media="media/a.jpg", alt="A")
    spec = SlideSpec("content", "image", title="A picture", picture=block)
    one = {("media/a.jpg", reuse.picture_key(block)[1]): DerivedFile(tmp_path / "x.jpg", "image/jpeg", 1920, 1440)}
    other = {("media/a.jpg", reuse.picture_key(block)[1]): DerivedFile(tmp_path / "y.jpg", "image/jpeg", 1920, 1440)}
    assert reuse.spec_key("ctx", spec, one) == reuse.spec_key("ctx", spec, dict(one))
    assert reuse.spec_key("ctx", spec, one) != reuse.spec_key("ctx", spec, other)
    assert reuse.spec_key("ctx", spec, one) != reuse.spec_key("another deck", spec, one)
    assert reuse.spec_key("ctx", spec, {}) != reuse.spec_key("ctx", spec, one)


def test_a_damaged_or_stale_cache_costs_only_speed(tmp_path, monkeypatch):
    bundle = make_bundle()
    export_pptx(bundle, to(tmp_path / "a.pptx"))
    home = Path(os.environ["COURSEBUILDER_HOME"])
    entries = sorted((home / "cache" / "slides").rglob("*.json"))
    assert entries
    entries[0].write_text("{not json")
    entries[1].write_text('{"version": 1, "slides": [{"xml": ["<p:sld/>"], "rels": [["rId1", "x", "part", '
                          '"/ppt/slideLayouts/slideLayout99.xml"]], "notes": null}]}')
    export_pptx(bundle, to(tmp_path / "b.pptx"))
    assert differing(tmp_path / "a.pptx", tmp_path / "b.pptx") == []
    # A picture the cache no longer holds is made again, and its slide laid out again.
    shutil.rmtree(home / "cache" / "derived")
    export_pptx(bundle, to(tmp_path / "c.pptx"))
    assert differing(tmp_path / "a.pptx", tmp_path / "c.pptx") == []


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice")
def test_libreoffice_converts_a_deck_made_of_kept_slides(tmp_path):
    from exporters.test_pptx_libreoffice import pdf_pages, to_pdf

    bundle = open_bundle(sample_bundles()[0])
    export_pptx(bundle, to(tmp_path / "first.pptx"))
    list(bundle.course.lessons())[0].blocks[0].markdown += "\n\nKept slides around an edited one."
    export_pptx(bundle, to(tmp_path / "mixed.pptx"))
    to_pdf([tmp_path / "mixed.pptx"], tmp_path, tmp_path / "profile")
    pages = pdf_pages(tmp_path / "mixed.pdf")
    assert len(pages) == len(Presentation(str(tmp_path / "mixed.pptx")).slides)
    assert any("edited" in w[4] for page in pages for w in page)
