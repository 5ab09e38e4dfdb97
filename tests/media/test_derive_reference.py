"""Derived pictures match a plain reference derivation: size, orientation, framing, colours, no EXIF or GPS.

The reference does everything the slow, obvious way with Pillow (full decode, EXIF
transpose, rotate, crop, resize) and shares no code with coursebuilder.media.derive.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageOps, ImageStat

from coursebuilder.media.derive import Framing, Output, derive_image, derive_outputs
from coursebuilder.model import ImageBlock

#: Mean difference per channel (0-255) allowed between a derived picture and the reference.
MEAN_BOUND = 4.0


def _photo(size=(800, 600), orientation=1, fmt="JPEG", mode="RGB") -> bytes:
    """Return a picture whose quadrants differ, so any wrong turn or mirror shows, with EXIF and GPS."""
    w, h = size
    im = Image.linear_gradient("L").resize(size).convert(mode)
    draw = ImageDraw.Draw(im)
    draw.rectangle([0, 0, w // 2, h // 3], fill=(220, 30, 30) if mode != "L" else 40)
    draw.rectangle([w * 2 // 3, h // 2, w - 1, h - 1], fill=(30, 30, 220) if mode != "L" else 200)
    draw.ellipse([w // 4, h // 2, w // 2, h * 5 // 6], fill=(30, 200, 30) if mode != "L" else 120)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif.get_ifd(0x8825).update({1: "N", 2: (34.0, 15.0, 30.0), 3: "E", 4: (108.0, 56.0, 12.0)})
    buf = io.BytesIO()
    im.save(buf, fmt, quality=95, exif=exif)
    return buf.getvalue()


def _reference(data: bytes, edge: int, rotate: int = 0, crop=None) -> Image.Image:
    im = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
    im = im.convert("RGBA" if "A" in im.getbands() else "RGB")
    if rotate:
        im = im.rotate(-rotate, expand=True)  # Pillow turns counter-clockwise
    if crop:
        x, y, w, h = crop
        im = im.crop((round(x * im.width), round(y * im.height), round((x + w) * im.width), round((y + h) * im.height)))
    scale = min(1.0, edge / max(im.size))
    return im.resize((round(im.width * scale), round(im.height * scale)), Image.Resampling.LANCZOS)


def _assert_close(derived_bytes: bytes, reference: Image.Image) -> Image.Image:
    got = Image.open(io.BytesIO(derived_bytes))
    assert abs(got.width - reference.width) <= 1 and abs(got.height - reference.height) <= 1
    assert not got.getexif() and "exif" not in got.info
    mine = got.convert(reference.mode).resize(reference.size)
    diff = ImageStat.Stat(ImageChops.difference(mine, reference)).mean
    assert max(diff) < MEAN_BOUND, f"mean colour difference {diff}"
    return got


@pytest.mark.parametrize("orientation", range(1, 9))
@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_every_orientation_and_turn_matches_the_reference(orientation, rotate):
    data = _photo(orientation=orientation)
    made = derive_outputs(data, [Output(300), Output(120)], framing=Framing(rotate))
    for derived, edge in zip(made, (300, 120), strict=True):
        got = _assert_close(derived.data, _reference(data, edge, rotate))
        assert max(got.size) == edge and derived.mime == "image/jpeg"


@pytest.mark.parametrize("orientation", [1, 3, 6, 8, 5])
@pytest.mark.parametrize("rotate", [0, 90, 270])
def test_a_crop_keeps_the_part_of_the_turned_picture_the_lecturer_chose(orientation, rotate):
    crop = (0.1, 0.2, 0.5, 0.6)
    data = _photo((1200, 900), orientation=orientation)
    block = ImageBlock(media="media/x.jpg", rotate=rotate, crop=list(crop))
    (derived,) = derive_outputs(data, [Output(200, "WEBP", "WEBP_LOSSLESS")], framing=Framing.of(block))
    assert derived.mime == "image/webp"
    _assert_close(derived.data, _reference(data, 200, rotate, crop))


def test_a_large_photo_is_decoded_at_a_dct_scale_yet_stays_sharp_and_full_size():
    # 4000x3000 asks for 1920: a half-scale decode (2000x1500) still covers it in both directions.
    data = _photo((4000, 3000), orientation=6)
    derived = derive_image(data, max_edge=1920)
    got = _assert_close(derived.data, _reference(data, 1920))
    assert got.size == (1440, 1920)


def test_a_drawing_with_transparency_stays_lossless_and_keeps_its_alpha():
    im = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    ImageDraw.Draw(im).rectangle([20, 20, 150, 120], fill=(200, 40, 40, 255))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    png, webp = derive_outputs(buf.getvalue(), [Output(150), Output(150, "WEBP", "WEBP_LOSSLESS")])
    assert png.mime == "image/png" and webp.mime == "image/webp"
    for made in (png, webp):
        got = _assert_close(made.data, _reference(buf.getvalue(), 150))
        assert got.mode == "RGBA" and got.getchannel("A").getextrema() == (0, 255)


def test_a_screenshot_is_kept_crisp_and_a_photo_saved_as_png_becomes_a_jpeg():
    shot = Image.new("RGB", (640, 400), (250, 250, 250))
    draw = ImageDraw.Draw(shot)
    for y in range(20, 380, 24):
        draw.text((20, y), "Price: 12 yuan per jin, posted daily", fill=(20, 20, 20))
    buf = io.BytesIO()
    shot.save(buf, "PNG")
    assert derive_image(buf.getvalue(), max_edge=400).mime == "image/png"
    photo = Image.open(io.BytesIO(_photo()))
    noisy = Image.blend(photo, Image.effect_noise(photo.size, 40).convert("RGB"), 0.3)
    buf = io.BytesIO()
    noisy.save(buf, "PNG")
    assert derive_image(buf.getvalue(), max_edge=400).mime == "image/jpeg"


def test_colour_profiles_are_kept_and_cmyk_is_converted_to_rgb():
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    Image.open(io.BytesIO(_photo())).save(buf, "JPEG", icc_profile=srgb)
    for output in (Output(200), Output(200, "WEBP", "WEBP_LOSSLESS")):
        (made,) = derive_outputs(buf.getvalue(), [output])
        assert Image.open(io.BytesIO(made.data)).info.get("icc_profile") == srgb
    cmyk = io.BytesIO()
    Image.open(io.BytesIO(_photo())).convert("CMYK").save(cmyk, "JPEG")
    got = Image.open(io.BytesIO(derive_image(cmyk.getvalue(), max_edge=200).data))
    assert got.mode == "RGB"


def test_an_impossible_framing_from_a_manifest_shows_the_whole_picture():
    data = _photo()
    block = ImageBlock(media="media/x.jpg", rotate=45, crop=[0.5, 0.5, 0.9, 0.9])
    assert Framing.of(block) == Framing()
    _assert_close(derive_image(data, max_edge=200, framing=Framing.of(block)).data, _reference(data, 200))
