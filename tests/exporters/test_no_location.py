"""No exported file carries the GPS position phones write into videos and photos."""

from __future__ import annotations

import zipfile

from factories import jpeg_bytes, make_bundle

from PIL import Image

from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from coursebuilder.model import FileBlock, VideoBlock

from media.test_location import WHERE, android_mp4


def _bundle_with_located_media():
    bundle = make_bundle()
    course = bundle.course
    video = bundle.media.add_bytes(course, android_mp4(), "market.mp4")
    photo = bundle.media.add_bytes(course, jpeg_bytes((50, 40), colour=(9, 99, 9), gps=True), "stall.jpg")
    lesson = course.modules[1].items[0]
    lesson.blocks += [VideoBlock(media=video.path, title="Market"), FileBlock(media=photo.path, title="Stall photo")]
    return bundle


def _assert_clean(blob: bytes, where: str) -> None:
    assert WHERE not in blob, f"video location left in {where}"


def test_offline_package_folder_and_single_file_carry_no_location(tmp_path):
    bundle = _bundle_with_located_media()
    export_offline(bundle, OfflineOptions(output=tmp_path / "site"))
    files = [p for p in (tmp_path / "site").rglob("*") if p.is_file()]
    assert any(p.suffix == ".mp4" for p in files)
    for p in files:
        _assert_clean(p.read_bytes(), str(p))
    export_offline(bundle, OfflineOptions(output=tmp_path / "one.html", form="single"))
    _assert_clean((tmp_path / "one.html").read_bytes(), "single file")


def test_slide_deck_carries_no_location(tmp_path):
    bundle = _bundle_with_located_media()
    deck = tmp_path / "deck.pptx"
    export_pptx(bundle, PptxOptions(output=deck))
    with zipfile.ZipFile(deck) as zf:
        media = [n for n in zf.namelist() if n.startswith("ppt/media/")]
        assert any(zf.read(n)[4:8] == b"ftyp" for n in media), "the video was embedded"
        for name in zf.namelist():
            _assert_clean(zf.read(name), name)


def test_attached_photo_keeps_no_gps(tmp_path):
    bundle = _bundle_with_located_media()
    export_offline(bundle, OfflineOptions(output=tmp_path / "site"))
    for p in (tmp_path / "site").rglob("*.jpg"):
        with Image.open(p) as im:
            gps = im.getexif().get_ifd(0x8825)
            assert not any(k in gps for k in (1, 2, 3, 4)), p
