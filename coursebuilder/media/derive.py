"""Make derived pictures: oriented, resized, re-encoded and free of location data."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, ImageOps

from .probe import MediaError

DEFAULT_MAX_PIXELS = 2 * (Image.MAX_IMAGE_PIXELS or 89_478_485)


@dataclass(frozen=True)
class Derived:
    """A derived picture ready to embed."""

    data: bytes
    mime: str
    width: int
    height: int

    @property
    def extension(self) -> str:
        """Return the file extension that fits the format."""
        return {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}[self.mime]


def derive_image(
    source: BinaryIO | bytes,
    *,
    max_edge: int | None,
    formats: tuple[str, ...] = ("JPEG", "PNG"),
    quality: int = 82,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    progressive: bool = True,
) -> Derived:
    """Return the picture oriented upright, fitted within ``max_edge`` and re-encoded.

    No EXIF block is written, so GPS position, camera serial numbers and the like
    never leave the lecturer's machine. Of the ``formats`` tried, the smallest wins;
    JPEG is skipped for pictures with transparency.
    """
    stream = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im: Image.Image = Image.open(stream)
            if im.width * im.height > max_pixels:
                raise MediaError(f"the picture is {im.width}×{im.height} pixels, too large to open safely")
            if max_edge and im.format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 scale straight from the JPEG data: far faster.
                im.draft("RGB", (max_edge, max_edge))
            im = ImageOps.exif_transpose(im)
            if max_edge and max(im.size) > max_edge:
                im.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
            im.load()
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError("the picture is too large to open safely (decompression bomb)") from None
    except Exception as exc:  # noqa: BLE001 - Pillow raises many types for damaged files
        raise MediaError(f"the picture cannot be read: {exc}") from None
    return _encode_smallest(im, formats, quality, progressive)


def _encode_smallest(im: Image.Image, formats: tuple[str, ...], quality: int, progressive: bool = True) -> Derived:
    has_alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
    icc = im.info.get("icc_profile")
    best: Derived | None = None
    for fmt in formats:
        if fmt == "JPEG" and has_alpha:
            continue
        out = io.BytesIO()
        if fmt == "JPEG":
            rgb = im if im.mode in ("RGB", "L") else im.convert("RGB")
            # Progressive JPEG loads gradually on slow phones, but costs five times the encoding.
            rgb.save(out, "JPEG", quality=quality, optimize=True, progressive=progressive, icc_profile=icc)
        elif fmt == "PNG":
            pim = im if im.mode in ("RGB", "RGBA", "L", "LA", "P", "1") else im.convert("RGBA")
            pim.save(out, "PNG", optimize=False, compress_level=6)
        elif fmt in ("WEBP", "WEBP_LOSSLESS"):
            wim = im if im.mode in ("RGB", "RGBA") else im.convert("RGBA" if has_alpha else "RGB")
            # Lossless suits drawings and screenshots: smaller than lossy WebP or PNG for flat colour.
            wim.save(out, "WEBP", quality=quality, method=4, icc_profile=icc, lossless=fmt == "WEBP_LOSSLESS")
        else:
            raise ValueError(f"unsupported output format {fmt}")
        mime = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "WEBP_LOSSLESS": "image/webp"}[fmt]
        candidate = Derived(out.getvalue(), mime, im.width, im.height)
        if best is None or len(candidate.data) < len(best.data):
            best = candidate
    if best is None:
        return _encode_smallest(im, ("PNG",), quality, progressive)
    return best
