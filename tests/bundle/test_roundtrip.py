"""Bundles saved as one file or as a folder open again unchanged."""

from __future__ import annotations

import hashlib
import zipfile

import pytest
from factories import jpeg_bytes, make_bundle

from coursebuilder.bundle import BundleError, open_bundle, save_bundle
from coursebuilder.bundle.manifest import manifest_bytes


def _media_bytes(bundle) -> dict[str, bytes]:
    out = {}
    for item in bundle.course.media:
        with bundle.media.open(item.path) as fh:
            out[item.path] = fh.read()
    return out


@pytest.mark.parametrize("folder", [False, True], ids=["zip", "folder"])
def test_save_and_open_gives_the_same_course_and_bytes(tmp_path, folder):
    bundle = make_bundle()
    original_media = _media_bytes(bundle)
    target = tmp_path / ("c" if folder else "c.coursebundle")
    save_bundle(bundle, target, folder=folder)
    again = open_bundle(target)
    assert again.course == bundle.course
    assert _media_bytes(again) == original_media
    for item in again.course.media:
        assert hashlib.sha256(original_media[item.path]).hexdigest() == item.sha256


def test_manifest_comes_first_and_media_are_stored_uncompressed(tmp_path):
    target = tmp_path / "c.coursebundle"
    save_bundle(make_bundle(), target)
    with zipfile.ZipFile(target) as zf:
        infos = zf.infolist()
        assert infos[0].filename == "course.yaml"
        assert zf.read("course.yaml").startswith(b"format: coursebuilder-bundle\nschema_version: 1\n")
        media = [i for i in infos if i.filename.startswith("media/")]
        assert media and all(i.compress_type == zipfile.ZIP_STORED for i in media)


def test_saving_twice_is_byte_identical(tmp_path):
    bundle = make_bundle()
    save_bundle(bundle, tmp_path / "a.coursebundle")
    save_bundle(bundle, tmp_path / "b.coursebundle")
    assert (tmp_path / "a.coursebundle").read_bytes() == (tmp_path / "b.coursebundle").read_bytes()


def test_resaving_over_the_open_file_keeps_media(tmp_path):
    target = tmp_path / "c.coursebundle"
    save_bundle(make_bundle(), target)
    bundle = open_bundle(target)
    before = _media_bytes(bundle)
    bundle.course.title = "Renamed"
    save_bundle(bundle, target)
    again = open_bundle(target)
    assert again.course.title == "Renamed"
    assert _media_bytes(again) == before
    assert not list(tmp_path.glob(".*saving*")) and not list(tmp_path.glob("*.bak"))


def test_identical_media_are_stored_once(tmp_path):
    bundle = make_bundle()
    data = jpeg_bytes(colour=(1, 2, 3))
    a = bundle.media.add_bytes(bundle.course, data, "one.jpg")
    b = bundle.media.add_bytes(bundle.course, data, "copy of one.JPG")
    assert a is b
    path = tmp_path / "photo.jpeg"
    path.write_bytes(data)
    assert bundle.media.add_file(bundle.course, path) is a


def test_type_comes_from_content_not_name(tmp_path):
    bundle = make_bundle()
    fake = tmp_path / "photo.png"
    fake.write_bytes(jpeg_bytes(colour=(9, 9, 9)))
    item = bundle.media.add_file(bundle.course, fake)
    assert item.mime == "image/jpeg" and item.path.endswith(".jpg")


def test_pixel_size_is_as_displayed(tmp_path):
    bundle = make_bundle()
    item = bundle.media.add_bytes(bundle.course, jpeg_bytes((80, 20), orientation=6), "rotated.jpg")
    assert (item.width, item.height) == (20, 80)


def test_a_changed_source_file_is_caught_before_saving(tmp_path):
    bundle = make_bundle()
    src = tmp_path / "photo.jpg"
    src.write_bytes(jpeg_bytes(colour=(5, 5, 5)))
    bundle.media.add_file(bundle.course, src)
    src.write_bytes(jpeg_bytes(colour=(6, 6, 6)))
    target = tmp_path / "c.coursebundle"
    with pytest.raises(BundleError, match="changed or is damaged"):
        save_bundle(bundle, target)
    assert not target.exists()
    assert not list(tmp_path.glob(".*saving*"))


def test_folder_save_removes_media_no_longer_listed(tmp_path):
    bundle = make_bundle()
    target = tmp_path / "c"
    save_bundle(bundle, target, folder=True)
    dropped = bundle.course.media.pop()
    save_bundle(bundle, target, folder=True)
    assert not (target / dropped.path).exists()
    assert open_bundle(target).course.media == bundle.course.media


def test_saved_manifest_matches_generated_bytes(tmp_path):
    bundle = make_bundle()
    save_bundle(bundle, tmp_path / "c", folder=True)
    assert (tmp_path / "c" / "course.yaml").read_bytes() == manifest_bytes(bundle.course)


def test_reading_a_tampered_media_file_to_the_end_is_refused(tmp_path):
    folder = tmp_path / "c"
    save_bundle(make_bundle(), folder, folder=True)
    bundle = open_bundle(folder)
    item = bundle.course.media[0]
    path = folder / item.path
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF  # same size, so opening (which reads no media) cannot tell
    path.write_bytes(bytes(data))
    with bundle.media.open(item.path) as fh:
        assert fh.read(10) == bytes(data[:10])  # a partial read is not judged
    with pytest.raises(BundleError, match="does not match its checksum"):
        with bundle.media.open(item.path) as fh:
            fh.read()
