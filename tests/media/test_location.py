"""Files exported as they are carry no GPS position, and keep their length and layout."""

from __future__ import annotations

import io
import struct

from factories import jpeg_bytes
from PIL import Image

from coursebuilder.media.location import scrub_location

WHERE = b"+34.2583+108.9286+400.000/"


def box(kind: bytes, payload: bytes) -> bytes:
    """Return an MP4 box."""
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def android_mp4() -> bytes:
    """Return an MP4 with Android's ©xyz location under moov/udta, after the media data."""
    xyz = box(b"\xa9xyz", struct.pack(">HH", len(WHERE), 0x15C7) + WHERE)
    moov = box(b"moov", box(b"mvhd", bytes(100)) + box(b"udta", xyz))
    return box(b"ftyp", b"isom\x00\x00\x02\x00isom") + box(b"mdat", b"\x01" * 64) + moov


def iphone_mov() -> bytes:
    """Return a QuickTime file with Apple's location key in moov/meta."""
    keys = box(b"keys", struct.pack(">II", 0, 2)
               + box(b"mdta", b"com.apple.quicktime.make")
               + box(b"mdta", b"com.apple.quicktime.location.ISO6709"))
    data = lambda value: box(b"data", struct.pack(">II", 1, 0) + value)  # noqa: E731
    ilst = box(b"ilst", box(struct.pack(">I", 1), data(b"Apple")) + box(struct.pack(">I", 2), data(WHERE)))
    meta = box(b"meta", box(b"hdlr", bytes(25)) + keys + ilst)
    return box(b"ftyp", b"qt  \x00\x00\x02\x00qt  ") + box(b"moov", box(b"mvhd", bytes(100)) + meta) + box(b"mdat", b"\x02" * 32)


def test_android_location_is_blanked_in_place():
    original = android_mp4()
    clean = scrub_location(original, "video/mp4")
    assert len(clean) == len(original)
    assert WHERE not in clean and b"\xa9xyz" not in clean
    assert clean[:clean.index(b"moov")] == original[:original.index(b"moov")]  # media data untouched


def test_apple_location_is_blanked_and_other_keys_kept():
    original = iphone_mov()
    clean = scrub_location(original, "video/quicktime")
    assert len(clean) == len(original)
    assert WHERE not in clean
    assert b"Apple" in clean and b"com.apple.quicktime.location.ISO6709" in clean


def test_files_without_location_come_back_identical():
    plain = box(b"ftyp", b"isom\x00\x00\x02\x00isom") + box(b"moov", box(b"mvhd", bytes(100)))
    assert scrub_location(plain, "video/mp4") is plain
    damaged = android_mp4()[:-7]
    assert len(scrub_location(damaged, "video/mp4")) == len(damaged)


def test_attached_photo_loses_gps_but_keeps_its_picture_and_orientation():
    original = jpeg_bytes((60, 40), orientation=6, gps=True)
    clean = scrub_location(original, "image/jpeg")
    assert len(clean) == len(original)
    with Image.open(io.BytesIO(clean)) as im:
        exif = im.getexif()
        assert exif.get(0x0112) == 6
        gps = exif.get_ifd(0x8825)
        assert not any(k in gps for k in (1, 2, 3, 4))
        im.load()  # still decodes
    assert Image.open(io.BytesIO(clean)).tobytes() == Image.open(io.BytesIO(original)).tobytes()


def test_other_types_pass_through():
    assert scrub_location(b"ID3data", "audio/mpeg") == b"ID3data"


def _gps_jpeg_with(patch) -> tuple[bytes, bytes]:
    """Return (original, crafted): a GPS JPEG whose GPS IFD is changed by ``patch(buf, tiff, order, gps_ifd)``."""
    import struct as _s

    original = jpeg_bytes((60, 40), gps=True)
    buf = bytearray(original)
    tiff = original.find(b"Exif\x00\x00") + 6
    order = "<" if buf[tiff:tiff + 2] == b"II" else ">"
    ifd0 = tiff + _s.unpack_from(order + "I", buf, tiff + 4)[0]
    gps = None
    for n in range(_s.unpack_from(order + "H", buf, ifd0)[0]):
        entry = ifd0 + 2 + 12 * n
        if _s.unpack_from(order + "H", buf, entry)[0] == 0x8825:
            gps = tiff + _s.unpack_from(order + "I", buf, entry + 8)[0]
    patch(buf, tiff, order, gps)
    return original, bytes(buf)


def test_crafted_gps_offsets_never_reach_outside_the_exif_block():
    import struct as _s

    def into_picture(buf, tiff, order, gps):
        # The first GPS entry with a value stored elsewhere now points deep into the picture data.
        for n in range(_s.unpack_from(order + "H", buf, gps)[0]):
            entry = gps + 2 + 12 * n
            kind, num = _s.unpack_from(order + "HI", buf, entry + 2)
            if kind == 5:
                _s.pack_into(order + "I", buf, entry + 8, len(buf) - tiff - 200)
                return

    def past_the_end(buf, tiff, order, gps):
        _s.pack_into(order + "I", buf, gps + 2 + 8, 30_000_000)
        _s.pack_into(order + "HI", buf, gps + 2 + 2, 5, 4)

    def huge_count(buf, tiff, order, gps):
        _s.pack_into(order + "HI", buf, gps + 2 + 2, 5, 0xFFFFFFFF)

    def too_many_entries(buf, tiff, order, gps):
        _s.pack_into(order + "H", buf, gps, 0xFFFF)

    for patch in (into_picture, past_the_end, huge_count, too_many_entries):
        _original, crafted = _gps_jpeg_with(patch)
        out = scrub_location(crafted, "image/jpeg")
        assert len(out) == len(crafted), patch.__name__
        scan = crafted.find(b"\xff\xda")
        assert out[scan:] == crafted[scan:], f"{patch.__name__} changed the picture data"
