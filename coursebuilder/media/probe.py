"""Look inside a media file: its type and, for pictures, its pixel size."""

from __future__ import annotations

import struct
import warnings
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from ..model.messages import Message, say, worded
from .sniff import ACTIVE_TYPES, HEIC_HINT, SNIFF_BYTES, sniff_mime


class MediaError(ValueError):
    """A media file cannot be used; the message says why in one line.

    ``said`` is a catalogue ``Message`` (worded in the editor's language by ``text``) or, for words not
    yet in the catalogue, an English string; ``str()`` is the English.
    """

    def __init__(self, message: str | Message):
        self.said = message
        super().__init__(str(message))

    def text(self, language: str) -> str:
        """Return the error in ``language`` (an interface language such as ``zh_CN``)."""
        return worded(self.said, language)


@dataclass(frozen=True)
class Probe:
    """What a media file turned out to be."""

    mime: str
    width: int = 0
    height: int = 0


def probe_stream(stream: BinaryIO, *, max_pixels: int) -> Probe:
    """Return type and pixel size from a seekable stream, reading only headers."""
    head = stream.read(SNIFF_BYTES)
    mime = sniff_mime(head)
    if mime == "image/heic":
        raise MediaError(HEIC_HINT)
    if not mime.startswith("image/") or mime in ACTIVE_TYPES:
        return Probe(mime)
    stream.seek(0)
    width, height = image_size(stream, max_pixels=max_pixels)
    return Probe(mime, width, height)


def image_size(stream: BinaryIO, *, max_pixels: int) -> tuple[int, int]:
    """Return (width, height) as displayed, refusing decompression bombs."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream) as im:
                width, height = im.size
                if width * height > max_pixels:
                    raise MediaError(say("picture.too_many_pixels", width=width, height=height,
                                         limit=max_pixels // 1_000_000))
                if _exif_rotated(im):
                    width, height = height, width
                return width, height
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError(say("picture.bomb")) from None
    except UnidentifiedImageError:
        raise MediaError(say("picture.unreadable")) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise MediaError(say("picture.cannot_read", reason=exc)) from None


def verify_picture(stream: BinaryIO, *, max_pixels: int) -> None:
    """Decode a whole picture (every frame of an animation), raising MediaError if any part is damaged.

    A JPEG is decoded at an eighth of its size: that still reads every byte of its data, so
    a file cut short is caught, at a fraction of the cost of a full decode.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream) as im:
                if im.width * im.height > max_pixels:
                    raise MediaError(say("picture.bomb"))
                if im.format == "JPEG":
                    im.draft("RGB", (max(1, im.width // 8), max(1, im.height // 8)))
                im.load()
                for frame in range(1, min(getattr(im, "n_frames", 1), 1000)):
                    im.seek(frame)
                    im.load()
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError(say("picture.bomb")) from None
    except UnidentifiedImageError:
        raise MediaError(say("picture.unreadable")) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error) as exc:
        detail = str(exc).split(" (")[0] or type(exc).__name__
        raise MediaError(say("picture.damaged", detail=detail)) from None


def _exif_rotated(im: Image.Image) -> bool:
    try:
        orientation = im.getexif().get(0x0112, 1)
    except Exception:  # noqa: BLE001 - damaged EXIF is ignored, the picture still shows
        return False
    return orientation in (5, 6, 7, 8)
