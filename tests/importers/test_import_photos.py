"""A folder of phone photos becomes picture blocks in capture order, all of them or none."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import datetime

import pytest
from factories import make_bundle
from importers.import_support import assert_valid_and_reopens, photo_bytes
from PIL import Image

from coursebuilder.importers import ImportFailure, capture_time, import_photos
from coursebuilder.model import ImageBlock
from coursebuilder.model.codec import to_data


def _stamp(when: str) -> float:
    return datetime.strptime(when, "%Y:%m:%d %H:%M:%S").timestamp()


def make_photos(folder):
    folder.mkdir()
    # Names run against the order the photos were taken in, as after copying from two phones.
    (folder / "IMG_0003.jpg").write_bytes(photo_bytes(taken="2026:03:01 08:00:00", colour=(10, 10, 10)))
    (folder / "IMG_0001.jpg").write_bytes(photo_bytes(taken="2026:03:01 10:00:00", colour=(20, 20, 20)))
    rotated = folder / "IMG_0002.jpg"
    rotated.write_bytes(photo_bytes(taken="2026:03:01 09:00:00", orientation=6, colour=(30, 30, 30)))
    undated = folder / "scan.png"
    buf = io.BytesIO()
    Image.new("RGB", (50, 40), (40, 40, 40)).save(buf, "PNG")
    undated.write_bytes(buf.getvalue())
    os.utime(undated, (_stamp("2026:03:01 09:30:00"),) * 2)  # no EXIF: the file's time places it
    (folder / "notes.txt").write_text("not a photo")
    (folder / "IMG_0004.heic").write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 40)
    return folder


def test_photos_go_into_the_lesson_in_capture_order(tmp_path):
    folder = make_photos(tmp_path / "DCIM")
    bundle = make_bundle()
    existing = list(bundle.course.modules[1].items[0].blocks)
    report = import_photos(bundle, folder, "Pricing")
    lesson = bundle.course.modules[1].items[0]
    new = lesson.blocks[len(existing):]
    assert lesson.blocks[: len(existing)] == existing
    assert all(isinstance(b, ImageBlock) for b in new)
    media = bundle.course.media_by_path()
    names = [media[b.media].original_name for b in new]
    assert names == ["IMG_0003.jpg", "IMG_0002.jpg", "scan.png", "IMG_0001.jpg"]
    # Byte for byte, with the phone's rotation honoured in the recorded size (80×60 shown upright as 60×80).
    rotated = media[new[1].media]
    assert rotated.sha256 == hashlib.sha256((folder / "IMG_0002.jpg").read_bytes()).hexdigest()
    assert (rotated.width, rotated.height) == (60, 80)
    skipped = {n.place: str(n.message) for n in report.notices}
    assert "HEIC" in skipped["IMG_0004.heic"] and skipped["notes.txt"] == "not a picture; skipped"
    assert report.pictures == 4
    assert_valid_and_reopens(bundle, tmp_path)


def test_capture_time_prefers_date_taken_then_camera_date(tmp_path):
    taken = tmp_path / "a.jpg"
    taken.write_bytes(photo_bytes(taken="2025:12:31 23:59:58"))
    assert capture_time(taken) == datetime(2025, 12, 31, 23, 59, 58)
    im = Image.new("RGB", (8, 8))
    exif = Image.Exif()
    exif[0x0132] = "2026:01:02 03:04:05"  # only the main-IFD date, as the benchmark photos have
    im.save(tmp_path / "b.jpg", exif=exif)
    assert capture_time(tmp_path / "b.jpg") == datetime(2026, 1, 2, 3, 4, 5)
    im.save(tmp_path / "c.jpg")
    assert capture_time(tmp_path / "c.jpg") is None


def test_a_damaged_photo_names_the_file_and_adds_nothing(tmp_path):
    folder = make_photos(tmp_path / "DCIM")
    (folder / "IMG_0009.jpg").write_bytes(photo_bytes()[:300])
    bundle = make_bundle()
    before = to_data(bundle.course)
    with pytest.raises(ImportFailure) as info:
        import_photos(bundle, folder, "l2")
    assert str(info.value).startswith("DCIM: IMG_0009.jpg: the picture")
    assert to_data(bundle.course) == before


def test_unknown_lesson_lists_the_choices(tmp_path):
    folder = make_photos(tmp_path / "DCIM")
    bundle = make_bundle()
    with pytest.raises(ImportFailure, match="no lesson “Day 3”; choose one of: l1 “拍摄 Filming”, l2 “Pricing”"):
        import_photos(bundle, folder, "Day 3")
