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
    """Zero the GPS part of a JPEG's EXIF block, in place; the picture data is untouched.

    Every offset and count the file gives is checked against the EXIF segment that holds it:
    a crafted entry pointing into the picture, past the end, or claiming four billion values
    leaves the file exactly as it was rather than damaging or bloating it.
    """
    span = _exif_segment(data)
    if span is None:
        return data
    tiff, end = span
    if data[tiff:tiff + 2] not in (b"II", b"MM"):
        return data
    order = "<" if data[tiff:tiff + 2] == b"II" else ">"
    out = bytearray(data)

    def entries(ifd: int) -> list[int] | None:
        """Return the offsets of an IFD's 12-byte entries, or None if it does not fit the segment."""
        if ifd < tiff + 8 or ifd + 2 > end:
            return None
        count = struct.unpack_from(order + "H", out, ifd)[0]
        if ifd + 2 + 12 * count > end:
            return None
        return [ifd + 2 + 12 * n for n in range(count)]

    first = tiff + struct.unpack_from(order + "I", out, tiff + 4)[0] if tiff + 8 <= end else -1
    gps = None
    for entry in entries(first) or []:
        if struct.unpack_from(order + "H", out, entry)[0] == 0x8825:
            gps = tiff + struct.unpack_from(order + "I", out, entry + 8)[0]
    gps_entries = entries(gps) if gps is not None else None
    if not gps_entries:
        return data
    for entry in gps_entries:
        _tag, kind, num = struct.unpack_from(order + "HHI", out, entry)
        width = _TYPE_WIDTH.get(kind, 1) * num
        if width > 4:  # the value lives elsewhere in the segment: zero it there too
            where = tiff + struct.unpack_from(order + "I", out, entry + 8)[0]
            if where < tiff + 8 or where + width > end:
                return data  # points outside the EXIF block: change nothing
            out[where:where + width] = bytes(width)
        out[entry + 8:entry + 12] = bytes(4)
        struct.pack_into(order + "H", out, entry, 0)  # tag 0 means nothing to readers
    return bytes(out)


_TYPE_WIDTH = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}


def _exif_segment(data: bytes) -> tuple[int, int] | None:
    """Return (TIFF header start, segment end) of the JPEG's EXIF APP1 segment, walking the markers."""
    if not data.startswith(b"\xff\xd8"):
        return None
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker in (0xD9, 0xDA):  # end of image, or start of the picture data: no EXIF after it
            return None
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        if length < 2 or pos + 2 + length > len(data):
            return None
        if marker == 0xE1 and data[pos + 4:pos + 10] == b"Exif\x00\x00":
            return pos + 10, pos + 2 + length
        pos += 2 + length
    return None
