"""Damaged pictures and iPhone photos are caught on import and in validate, and named in exports (issue 16, 13, 13b)."""

from __future__ import annotations

import hashlib
import io

import pytest
from factories import make_bundle
from PIL import Image

from coursebuilder.bundle import FromBytes, save_bundle
from coursebuilder.cli import main
from coursebuilder.cli.common import EXIT_INPUT, EXIT_PROBLEMS
from coursebuilder.media.sniff import sniff_mime


def _noise(fmt: str) -> bytes:
    buf = io.BytesIO()
    im = Image.effect_noise((240, 180), 60).convert("RGB")
    (im.convert("P") if fmt == "GIF" else im).save(buf, fmt)
    return buf.getvalue()


DAMAGED = {
    "cut.jpg": _noise("JPEG")[:6000],
    "cut.png": _noise("PNG")[:20000],
    "cut.gif": _noise("GIF")[:15000],
}
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_import_photos_refuses_a_cut_picture_and_names_it(tmp_path, capsys, name):
    course = tmp_path / "c.coursebundle"
    save_bundle(make_bundle(), course)
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "good.jpg").write_bytes(_noise("JPEG"))
    (photos / name).write_bytes(DAMAGED[name])
    lesson = next(make_bundle().course.lessons()).id
    assert main(["import", "photos", str(photos), "--into", str(course), "--lesson", lesson]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert name in err and "damaged" in err and "Traceback" not in err


def test_an_html_page_named_jpg_is_not_taken_for_a_photo(tmp_path, capsys):
    course = tmp_path / "c.coursebundle"
    save_bundle(make_bundle(), course)
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "IMG_0001.jpg").write_bytes(b"<!DOCTYPE html><html><script>alert(1)</script></html>")
    (photos / "IMG_0002.jpg").write_bytes(_noise("JPEG"))
    lesson = next(make_bundle().course.lessons()).id
    assert main(["import", "photos", str(photos), "--into", str(course), "--lesson", lesson]) in (0, EXIT_PROBLEMS)
    assert "IMG_0001.jpg" in capsys.readouterr().err


def _bundle_with_cut_picture(tmp_path):
    bundle = make_bundle()
    item = next(m for m in bundle.course.media if m.mime == "image/jpeg")
    data = DAMAGED["cut.jpg"]
    item.size, item.sha256, item.width, item.height = len(data), hashlib.sha256(data).hexdigest(), 240, 180
    bundle.media.set_origin(item.path, FromBytes(data))
    src = tmp_path / "c.coursebundle"
    save_bundle(bundle, src)
    return src, item


def test_validate_decodes_pictures_fully(tmp_path, capsys):
    src, item = _bundle_with_cut_picture(tmp_path)
    assert main(["validate", str(src)]) == EXIT_PROBLEMS
    assert f"{item.path}: the picture is damaged" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["pptx", "offline"])
def test_export_errors_name_the_picture_and_where_it_is_used(tmp_path, capsys, kind):
    src, item = _bundle_with_cut_picture(tmp_path)
    out = tmp_path / ("d.pptx" if kind == "pptx" else "site")
    assert main(["export", kind, str(src), "-o", str(out)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert item.path in err and "modules[0].items[0].blocks[1]" in err and "Traceback" not in err


def test_heic_is_a_picture_not_a_video():
    assert sniff_mime(HEIC) == "image/heic"
    assert sniff_mime(b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1heicmiaf") == "image/heic"
    assert sniff_mime(b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2") == "video/mp4"
    assert sniff_mime(b"\x00\x00\x00\x18ftypM4A \x00\x00\x02\x00M4A isom") == "audio/mp4"
    assert sniff_mime(b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf") == "image/avif"


def test_heic_photos_get_the_hint_everywhere(tmp_path, capsys):
    course = tmp_path / "c.coursebundle"
    save_bundle(make_bundle(), course)
    photos = tmp_path / "iphone"
    photos.mkdir()
    (photos / "IMG_0001.HEIC").write_bytes(HEIC)
    lesson = next(make_bundle().course.lessons()).id
    assert main(["import", "photos", str(photos), "--into", str(course), "--lesson", lesson]) == EXIT_INPUT
    assert "Most Compatible" in capsys.readouterr().err
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "IMG_0001.HEIC").write_bytes(HEIC)
    (notes / "lesson.md").write_text("# Market\n\n![stall](IMG_0001.HEIC)\n\n[photo](IMG_0001.HEIC)\n")
    code = main(["import", "markdown", str(notes), "--into", str(course)])
    err = capsys.readouterr().err
    assert code == EXIT_INPUT and "Most Compatible" in err
