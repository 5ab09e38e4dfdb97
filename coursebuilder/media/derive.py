"""Make derived pictures: one decode at the right scale, upright, framed, every size, free of location data.

The work per picture is the least any tool must do: the JPEG is decoded straight at the
smallest DCT scale (1/2, 1/4, 1/8) that still covers the largest size wanted, the crop box
is resized once with LANCZOS while still stored sideways, the smaller result is turned
upright (EXIF orientation and the lecturer's turn in one transpose), and each further size
is made from the one before. Each size is encoded once, in a format chosen by content.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass
from typing import BinaryIO, Sequence

from PIL import Image, ImageCms

from ..model.blocks import framing_problem
from .probe import MediaError

DEFAULT_MAX_PIXELS = 2 * (Image.MAX_IMAGE_PIXELS or 89_478_485)
#: Raise when the same settings would now give different pictures, so older cached ones are not reused.
PIPELINE_VERSION = 3

_MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "WEBP_LOSSLESS": "image/webp"}
_PHOTO_FORMATS = ("JPEG", "WEBP")
_DRAWING_FORMATS = ("PNG", "WEBP_LOSSLESS")
#: A drawing or screenshot has at most this many colours in a 64×64 sample; a photo has thousands.
_DRAWING_COLOURS = 256
#: libwebp effort for photos. Measured on 12 MP phone photos at 1280 px: method 0 encodes in 86% of the
#: time of method 1 for files 2% larger, and in a quarter of the time of the default 4 for files 9% larger;
#: the slower methods cost more than they save on a phone.
_WEBP_PHOTO_METHOD = 0
#: Smaller sizes are made from an already LANCZOS-filtered larger one: halving it first with reduce() (a box
#: filter) before the last LANCZOS pass halves the cost (1280 -> 480: 7 ms instead of 16) for a mean
#: difference of 0.7/255 against a LANCZOS pass alone.
_SMALLER_GAP = 1.25


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


@dataclass(frozen=True)
class Framing:
    """A turn (degrees clockwise, after EXIF orientation) and crop (fractions of the turned picture)."""

    rotate: int = 0
    crop: tuple[float, float, float, float] | None = None

    @classmethod
    def of(cls, block: object) -> "Framing":
        """Return the framing an image block asks for; an impossible one shows the whole picture upright."""
        rotate, crop = getattr(block, "rotate", 0), list(getattr(block, "crop", []))
        if framing_problem(rotate, crop):
            return cls()
        return cls(rotate, (crop[0], crop[1], crop[2], crop[3]) if crop else None)

    @property
    def key(self) -> str:
        """Return a short stable text naming the framing ("" for none), for cache keys and file names."""
        parts = [f"r{self.rotate}"] if self.rotate else []
        if self.crop:
            parts.append("c" + "_".join(f"{round(v * 10000):04d}" for v in self.crop))
        return "-".join(parts)


#: The whole picture, upright: what every picture gets unless its block turns or crops it.
NO_FRAMING = Framing()


@dataclass(frozen=True)
class Output:
    """One picture to make from a source: its longest edge and the encoder for photos and for drawings."""

    #: Longest edge in pixels; None keeps the picture's own size. Pictures are never enlarged.
    max_edge: int | None
    photo: str = "JPEG"
    drawing: str = "PNG"
    quality: int = 82
    #: Progressive JPEG loads gradually on slow links but costs more to encode; slides do not need it.
    progressive: bool = False

    def __post_init__(self) -> None:
        if self.photo not in _PHOTO_FORMATS or self.drawing not in _DRAWING_FORMATS:
            raise ValueError(f"unsupported output formats {self.photo}/{self.drawing}")

    def settings(self) -> str:
        """Return the settings that make this output differ from others, for the cache key."""
        scan = "p" if self.progressive else "b"
        return f"derive:v{PIPELINE_VERSION}:{self.max_edge}:{self.photo}/{self.drawing}:{self.quality}:{scan}"


# Each transpose as a matrix on coordinates centred in the picture; composing turns is multiplying them.
_T = Image.Transpose
_MATRIX: dict[Image.Transpose | None, tuple[int, int, int, int]] = {
    None: (1, 0, 0, 1),
    _T.FLIP_LEFT_RIGHT: (-1, 0, 0, 1),
    _T.FLIP_TOP_BOTTOM: (1, 0, 0, -1),
    _T.ROTATE_90: (0, 1, -1, 0),
    _T.ROTATE_180: (-1, 0, 0, -1),
    _T.ROTATE_270: (0, -1, 1, 0),
    _T.TRANSPOSE: (0, 1, 1, 0),
    _T.TRANSVERSE: (0, -1, -1, 0),
}
_BY_MATRIX: dict[tuple[int, int, int, int], Image.Transpose | None] = {m: t for t, m in _MATRIX.items()}
#: What turns a picture stored with each EXIF orientation upright (as ImageOps.exif_transpose does).
_UPRIGHT = {1: None, 2: _T.FLIP_LEFT_RIGHT, 3: _T.ROTATE_180, 4: _T.FLIP_TOP_BOTTOM, 5: _T.TRANSPOSE,
            6: _T.ROTATE_270, 7: _T.TRANSVERSE, 8: _T.ROTATE_90}
_CLOCKWISE = {0: None, 90: _T.ROTATE_270, 180: _T.ROTATE_180, 270: _T.ROTATE_90}


Turn = Image.Transpose | None


def _compose(first: Turn, then: Turn) -> Turn:
    a, b, c, d = _MATRIX[then]
    e, f, g, h = _MATRIX[first]
    return _BY_MATRIX[(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)]


def _stored_box(turn: Turn, crop: tuple[float, float, float, float] | None) -> tuple[float, float, float, float]:
    """Return the crop (fractions of the upright picture) as fractions of the picture as stored."""
    if not crop:
        return 0.0, 0.0, 1.0, 1.0
    x, y, w, h = crop
    a, b, c, d = _MATRIX[turn]
    # The inverse of a turn is its transpose; map both corners back and take their span.
    corners = [((a * (u - 0.5) + c * (v - 0.5)) + 0.5, (b * (u - 0.5) + d * (v - 0.5)) + 0.5)
               for u, v in ((x, y), (x + w, y + h))]
    (u0, v0), (u1, v1) = corners
    return max(0.0, min(u0, u1)), max(0.0, min(v0, v1)), min(1.0, max(u0, u1)), min(1.0, max(v0, v1))


def _fit(width: float, height: float, edge: int | None) -> tuple[int, int]:
    """Return the whole-pixel size of a picture fitted within ``edge``, never enlarged."""
    scale = 1.0 if edge is None or max(width, height) <= edge else edge / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def derive_outputs(
    source: BinaryIO | bytes,
    outputs: Sequence[Output],
    *,
    framing: Framing = NO_FRAMING,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> list[Derived]:
    """Return each output of one picture, from a single decode, in the order asked.

    No EXIF block is written, so GPS position, camera serial numbers and the like never
    leave the lecturer's machine. Colour profiles are kept (or converted to sRGB for CMYK).
    """
    stream = io.BytesIO(source) if isinstance(source, (bytes, bytearray, memoryview)) else source
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im: Image.Image = Image.open(stream)
            if im.width * im.height > max_pixels:
                raise MediaError(f"the picture is {im.width}×{im.height} pixels, too large to open safely")
            return _derive(im, outputs, framing)
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError("the picture is too large to open safely (decompression bomb)") from None
    except Exception as exc:  # noqa: BLE001 - Pillow raises many types for damaged files
        raise MediaError(f"the picture cannot be read: {exc}") from None


def derive_image(
    source: BinaryIO | bytes,
    *,
    max_edge: int | None,
    quality: int = 82,
    framing: Framing = NO_FRAMING,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> Derived:
    """Return one picture upright, framed and fitted within ``max_edge``: JPEG for photos, PNG for drawings."""
    return derive_outputs(source, [Output(max_edge, quality=quality)], framing=framing, max_pixels=max_pixels)[0]


def _derive(im: Image.Image, outputs: Sequence[Output], framing: Framing) -> list[Derived]:
    photo_source = im.format == "JPEG"
    orientation = im.getexif().get(0x0112, 1)
    turn = _compose(_UPRIGHT.get(orientation), _CLOCKWISE[framing.rotate])
    sideways = _MATRIX[turn][0] == 0
    box = _stored_box(turn, framing.crop)
    width, height = im.size
    # The framed picture at full resolution, upright.
    crop_w, crop_h = (box[2] - box[0]) * width, (box[3] - box[1]) * height
    if sideways:
        crop_w, crop_h = crop_h, crop_w
    sizes = [_fit(crop_w, crop_h, o.max_edge) for o in outputs]
    order = sorted(range(len(outputs)), key=lambda i: -sizes[i][0] * sizes[i][1])
    first_w, first_h = sizes[order[0]]
    stored_size = (first_h, first_w) if sideways else (first_w, first_h)
    scale = stored_size[0] / ((box[2] - box[0]) * width)
    if photo_source and scale < 1:
        # DCT scaling: ask for the whole stored picture at the scale the crop needs, in its own proportions.
        im.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
    icc = im.info.get("icc_profile")
    pic, icc = _workable(im, icc)
    drawing = not photo_source and _looks_drawn(pic)
    dw, dh = pic.size
    pixel_box = (box[0] * dw, box[1] * dh, box[2] * dw, box[3] * dh)
    if stored_size == pic.size and pixel_box == (0, 0, dw, dh):
        current = pic
    else:
        # One LANCZOS pass over the crop box, before turning: the smaller picture is the cheaper to turn.
        current = pic.resize(stored_size, Image.Resampling.LANCZOS, box=pixel_box, reducing_gap=3.0)
    if turn is not None:
        current = current.transpose(turn)
    current = _drop_opaque_alpha(current)
    results: list[Derived | None] = [None] * len(outputs)
    for i in order:
        if current.size != sizes[i]:
            # Each smaller size is made from the one before: a fraction of the work of going back to the decode.
            current = current.resize(sizes[i], Image.Resampling.LANCZOS, reducing_gap=_SMALLER_GAP)
        results[i] = _encode(current, outputs[i], drawing, icc)
    return results  # type: ignore[return-value]


def _workable(im: Image.Image, icc: bytes | None) -> tuple[Image.Image, bytes | None]:
    """Return the picture decoded in L, LA, RGB or RGBA, and the colour profile that still fits it."""
    mode = im.mode
    if mode in ("RGB", "RGBA", "L", "LA"):
        im.load()
        return im, icc
    if mode == "CMYK":
        if icc:
            try:
                rgb = ImageCms.profileToProfile(im, ImageCms.ImageCmsProfile(io.BytesIO(icc)),
                                                ImageCms.createProfile("sRGB"), outputMode="RGB")
                return rgb, None  # type: ignore[return-value]
            except (ImageCms.PyCMSError, OSError):
                pass
        return im.convert("RGB"), None
    if mode in ("P", "PA"):
        return im.convert("RGBA" if im.has_transparency_data else "RGB"), icc
    if mode == "1":
        return im.convert("L"), icc
    if mode.startswith("I"):
        # 16- and 32-bit greys: scale to 8 bits rather than clip everything bright to white.
        extrema = im.getextrema()
        top = max(1.0, float(extrema[1]) if not isinstance(extrema[1], tuple) else 255.0)
        return im.convert("I").point(lambda v: v * (255 / top)).convert("L"), None
    return im.convert("RGBA" if "A" in im.getbands() else "RGB"), None


def _looks_drawn(im: Image.Image) -> bool:
    """Return whether a picture looks like a drawing or screenshot: few colours in a small sample."""
    sample = im.resize((64, 64), Image.Resampling.NEAREST)
    return sample.getcolors(_DRAWING_COLOURS) is not None


def _drop_opaque_alpha(im: Image.Image) -> Image.Image:
    if im.mode in ("RGBA", "LA") and im.getchannel("A").getextrema()[0] == 255:
        return im.convert(im.mode[:-1])
    return im


def _encode(im: Image.Image, output: Output, drawing: bool, icc: bytes | None) -> Derived:
    alpha = im.mode in ("RGBA", "LA")
    fmt = output.drawing if drawing or (alpha and output.photo == "JPEG") else output.photo
    out = io.BytesIO()
    extra = {"icc_profile": icc} if icc else {}
    if fmt == "JPEG":
        im.save(out, "JPEG", quality=output.quality, progressive=output.progressive, **extra)
    elif fmt == "PNG":
        im.save(out, "PNG", compress_level=6, **extra)
    else:
        if im.mode not in ("RGB", "RGBA"):
            im = im.convert("RGBA" if alpha else "RGB")
            # A grey profile does not describe the RGB copy WebP needs; untagged grey is close enough.
            extra = {}
        lossless = fmt == "WEBP_LOSSLESS"
        im.save(out, "WEBP", quality=output.quality, method=4 if lossless else _WEBP_PHOTO_METHOD, lossless=lossless,
                **extra)
    return Derived(out.getvalue(), _MIME[fmt], im.width, im.height)
