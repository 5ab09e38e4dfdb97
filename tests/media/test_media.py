"""Media ingest: types from content, upright derived pictures, no location data, cached thumbnails."""

from __future__ import annotations

import hashlib
import io

import pytest
from factories import MP4_BYTES, WAV_BYTES, jpeg_bytes, png_bytes
from PIL import Image

from coursebuilder.media.batch import DeriveRequest, Span, derive_many
from coursebuilder.media.cache import DerivedCache
from coursebuilder.media.derive import Output, derive_image
from coursebuilder.media.probe import MediaError
from coursebuilder.media.sniff import sniff_mime
from coursebuilder.media.thumbnails import thumbnail


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (jpeg_bytes(), "image/jpeg"),
        (png_bytes(), "image/png"),
        (WAV_BYTES, "audio/wav"),
        (MP4_BYTES, "video/mp4"),
        (b"ID3\x03\x00rest", "audio/mpeg"),
        (b"%PDF-1.7\n", "application/pdf"),
        ("价格表\nprice list".encode(), "text/plain"),
        (b"\x00\x01\x02\x03binary", "application/octet-stream"),
    ],
)
def test_sniffing_reads_content(data, mime):
    assert sniff_mime(data[:64]) == mime


def test_derived_picture_is_upright_small_and_has_no_exif():
    original = jpeg_bytes((400, 100), orientation=6, gps=True)
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # the source does carry GPS
    derived = derive_image(original, max_edge=80)
    im = Image.open(io.BytesIO(derived.data))
    assert im.size == (20, 80) == (derived.width, derived.height)  # rotated: portrait now
    assert not im.getexif() and "exif" not in im.info


def test_png_with_transparency_stays_png():
    derived = derive_image(png_bytes((50, 50), (0, 0, 0, 0)), max_edge=1920)
    assert derived.mime == "image/png"


def test_damaged_picture_gives_a_clear_error():
    with pytest.raises(MediaError, match="cannot be read"):
        derive_image(jpeg_bytes()[:40], max_edge=100)


def test_thumbnails_are_made_once_and_cached(tmp_path):
    cache = DerivedCache(tmp_path)
    opened = []

    def open_source():
        opened.append(1)
        return io.BytesIO(jpeg_bytes((800, 600)))

    first = thumbnail(cache, "ab" * 32, open_source)
    second = thumbnail(cache, "ab" * 32, open_source)
    assert first == second and len(opened) == 1
    assert max(Image.open(first).size) == 256


def test_derive_many_reuses_the_cache(tmp_path):
    cache = DerivedCache(tmp_path / "cache")
    sources = {}
    for i in range(3):
        data = jpeg_bytes((300, 200), colour=(i * 20, 0, 0), gps=True)
        (tmp_path / f"{i}.jpg").write_bytes(data)
        sources[hashlib.sha256(data).hexdigest()] = Span(str(tmp_path / f"{i}.jpg"), 0, len(data))
    located = []

    def locate(req):
        located.append(req.sha256)
        return sources[req.sha256]

    requests = [DeriveRequest(sha, (Output(100), Output(50))) for sha in sources]
    first = derive_many(requests, locate, cache, workers=2)
    assert len(located) == 3
    assert {tuple((f.width, f.height) for f in files) for files in first.values()} == {((100, 67), (50, 33))}
    again = derive_many(requests, locate, cache, workers=2)
    assert len(located) == 3 and again == first
    for files in again.values():
        assert all("exif" not in Image.open(f.path).info for f in files)
