"""Attachments that are web pages or SVG never run as pages from a package (issue 16, item 11)."""

from __future__ import annotations

import zipfile

import pytest
from factories import make_bundle

from coursebuilder.bundle import check_bundle, has_errors, save_bundle
from coursebuilder.cli import main
from coursebuilder.media.sniff import sniff_mime
from coursebuilder.model import FileBlock

PAGE = b"<!DOCTYPE html><html><body><script>fetch('/lms/grades')</script>Worksheet</body></html>"
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture
def course(tmp_path):
    bundle = make_bundle()
    lesson = next(bundle.course.lessons())
    for data, name in ((PAGE, "worksheet.html"), (SVG, "diagram.svg")):
        item = bundle.media.add_bytes(bundle.course, data, name)
        lesson.blocks.append(FileBlock(media=item.path, title=name))
    path = tmp_path / "c.coursebundle"
    save_bundle(bundle, path)
    return path


def test_pages_and_drawings_are_sniffed_as_active():
    assert sniff_mime(PAGE) == "text/html"
    assert sniff_mime(SVG[:64]) == "image/svg+xml"
    assert sniff_mime(b"<svg onload=alert(1)>") == "image/svg+xml"
    assert sniff_mime(b"Plain notes <b>not a page</b>") == "text/plain"


def test_validate_warns_about_them(course):
    problems = check_bundle(course)
    assert not has_errors(problems)
    warned = [p for p in problems if "can run scripts" in p.message]
    assert len(warned) == 2


@pytest.mark.parametrize("form", ["folder", "zip", "scorm", "single"])
def test_packages_offer_them_as_plain_text_downloads_only(course, tmp_path, form):
    out = tmp_path / {"folder": "site", "zip": "p.zip", "scorm": "s.zip", "single": "p.html"}[form]
    extra = {"folder": [], "zip": ["--zip"], "scorm": ["--scorm"], "single": ["--single-file"]}[form]
    assert main(["export", "offline", str(course), "-o", str(out), *extra]) == 0
    if form == "folder":
        names = [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()]
        pages = " ".join(p.read_text() for p in out.rglob("*.html"))
    elif form == "single":
        names, pages = [], out.read_text()
    else:
        with zipfile.ZipFile(out) as zf:
            names = zf.namelist()
            pages = " ".join(zf.read(n).decode() for n in names if n.endswith(".html"))
    media = [n for n in names if n.startswith("media/")]
    assert not [n for n in media if n.lower().endswith((".html", ".htm", ".svg", ".xhtml", ".xml"))], media
    assert "data:text/html" not in pages and "data:image/svg+xml" not in pages
    if form != "single":
        assert sum(n.endswith(".txt") for n in media) >= 2
    for title in ("worksheet.html", "diagram.svg"):
        assert f'download="{title}"' in pages
