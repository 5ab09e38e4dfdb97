"""Workers read media where they lie: a span of the bundle's ZIP or a file of its folder, checked by checksum."""

from __future__ import annotations

import pytest
from factories import jpeg_bytes, make_bundle

from coursebuilder.bundle import open_bundle, save_bundle
from coursebuilder.media.batch import Span, read_source
from coursebuilder.media.probe import MediaError


@pytest.mark.parametrize("folder", [False, True])
def test_a_saved_picture_is_located_as_a_span_of_the_bundle(tmp_path, folder):
    bundle = make_bundle()
    item = bundle.media.add_bytes(bundle.course, jpeg_bytes((300, 200)), "stall.jpg")
    target = tmp_path / ("course" if folder else "course.coursebundle")
    save_bundle(bundle, target)
    opened = open_bundle(target)
    span = opened.media.locate(item.path)
    assert isinstance(span, Span) and span.size == item.size
    with opened.media.open(item.path) as fh:
        assert read_source(span, item.sha256, item.path) == fh.read()


def test_a_changed_byte_in_the_bundle_is_refused_naming_the_picture(tmp_path):
    bundle = make_bundle()
    item = bundle.media.add_bytes(bundle.course, jpeg_bytes((300, 200)), "stall.jpg")
    target = tmp_path / "course.coursebundle"
    save_bundle(bundle, target)
    span = open_bundle(target).media.locate(item.path)
    data = bytearray(target.read_bytes())
    data[span.offset + span.size // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    with pytest.raises(MediaError, match=f"{item.path} does not match its checksum"):
        read_source(span, item.sha256, item.path)


def test_a_picture_not_saved_yet_is_handed_over_as_its_bytes():
    bundle = make_bundle()
    data = jpeg_bytes((30, 20))
    item = bundle.media.add_bytes(bundle.course, data, "new.jpg")
    assert bundle.media.locate(item.path) == data
