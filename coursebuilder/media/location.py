"""Blank location data in files exported as they are (videos, sound, attached photos).

Pictures shown in slides and pages are re-encoded without EXIF (see derive.py); files copied
byte for byte need the same care. Every change here keeps the file's length and layout, so
offsets inside the file (an MP4's chunk tables) stay right and players never notice.
"""

from __future__ import annotations

import struct
from typing import Iterator

# MP4/QuickTime boxes that only hold other boxes, and may hold location below them.
_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"udta", b"meta", b"ilst"}
_XYZ = b"\xa9xyz"  # where Android and many cameras write "+34.0123+108.1234/"
_APPLE_LOCATION = b"com.apple.quicktime.location."
#: Types whose files can carry a position that ``scrub_location`` knows how to blank.
SCRUBBED_TYPES = frozenset({"video/mp4", "video/quicktime", "audio/mp4", "image/jpeg"})


def scrub_location(data: bytes, mime: str) -> bytes:
    """Return the file with any GPS position blanked, or unchanged if it holds none."""
    if mime in SCRUBBED_TYPES - {"image/jpeg"}:
        return _scrub_mp4(data)
    if mime == "image/jpeg":
        return _scrub_jpeg_exif(data)
    return data


def _boxes(data: bytes | bytearray, start: int, end: int) -> Iterator[tuple[bytes, int, int, int]]:
    """Yield (type, header start, payload start, box end) for each box in a range."""
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            if pos + 16 > end:
                return
            size = struct.unpack_from(">Q", data, pos + 8)[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            return  # damaged: leave the rest alone rather than guess
        yield kind, pos, pos + header, pos + size
        pos += size


def _scrub_mp4(data: bytes) -> bytes:
    out = bytearray(data)
    changed = False

    def walk(start: int, end: int, depth: int) -> None:
        nonlocal changed
        if depth > 12:
            return
        location_keys: set[int] = set()
        for kind, head, body, stop in _boxes(out, start, end):
            if kind == _XYZ:
                out[body:stop] = bytes(stop - body)
                out[head + 4:head + 8] = b"free"
                changed = True
            elif kind == b"keys":
                location_keys = _apple_location_keys(out, body, stop)
            elif kind == b"ilst" and location_keys:
                for item_kind, _h, item_body, item_stop in _boxes(out, body, stop):
                    if struct.unpack(">I", item_kind)[0] in location_keys:
                        out[item_body:item_stop] = _blank_values(out, item_body, item_stop)
                        changed = True
            elif kind in _CONTAINERS:
                inner = body
                # ISO 'meta' is a full box (4 bytes of version and flags); QuickTime's is not.
                if kind == b"meta" and out[body + 4:body + 8] != b"hdlr":
                    inner += 4
                walk(inner, stop, depth + 1)

    walk(0, len(out), 0)
    return bytes(out) if changed else data


def _apple_location_keys(data: bytearray, body: int, stop: int) -> set[int]:
    keys = set()
    pos = body + 8  # version/flags, then the entry count
    index = 1
    while pos + 8 <= stop:
        size = struct.unpack_from(">I", data, pos)[0]
        if size < 8 or pos + size > stop:
            break
        if bytes(data[pos + 8:pos + size]).startswith(_APPLE_LOCATION):
            keys.add(index)
        pos += size
        index += 1
    return keys


def _blank_values(data: bytearray, body: int, stop: int) -> bytes:
    """Return an ilst item with its 'data' values zeroed but its boxes intact."""
    item = bytearray(data[body:stop])
    for kind, _h, value, end in _boxes(item, 0, len(item)):
        if kind == b"data":
            item[value + 8:end] = bytes(max(0, end - value - 8))  # keep type and locale words
    return bytes(item)


def _scrub_jpeg_exif(data: bytes) -> bytes:
    """Zero the GPS part of a JPEG's EXIF block, in place; the picture data is untouched."""
    from PIL import Image  # only attached photos need Pillow here
    import io

    try:
        with Image.open(io.BytesIO(data)) as im:
            exif = im.getexif()
            gps_offset = exif.get(0x8825)
    except Exception:  # noqa: BLE001 - not a readable JPEG: nothing we can safely change
        return data
    if not gps_offset:
        return data
    start = data.find(b"Exif\x00\x00")
    if start < 0:
        return data
    tiff = start + 6
    order = "<" if data[tiff:tiff + 2] == b"II" else ">"
    ifd = tiff + gps_offset
    out = bytearray(data)
    try:
        count = struct.unpack_from(order + "H", out, ifd)[0]
        for n in range(count):
            entry = ifd + 2 + 12 * n
            tag, kind, num = struct.unpack_from(order + "HHI", out, entry)
            width = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8}.get(kind, 1) * num
            if width > 4:  # the value lives elsewhere: zero it there too
                where = tiff + struct.unpack_from(order + "I", out, entry + 8)[0]
                out[where:where + width] = bytes(width)
            out[entry + 8:entry + 12] = bytes(4)
            struct.pack_into(order + "H", out, entry, 0)  # tag 0 means nothing to readers
    except struct.error:
        return data
    return bytes(out)
