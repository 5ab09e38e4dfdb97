"""Place pictures, audio and video on their slides, with caption and credit below."""

from __future__ import annotations

import io


from PIL import Image, ImageDraw
from pptx.util import Emu, Pt

from ...media.location import scrub_location
from . import _oxml
from .bilingual import second_paras
from .breaks import cut
from .fit import fits
from .pictures import picture_file, picture_key
from .richtext import PLAIN, Para, Span

CAPTION_SIZE = 18
CREDIT_SIZE = 12


def _line(text: str, **style) -> list[Para]:
    text = " ".join(text.split())
    return [Para([Span(text, **style)], kind=PLAIN)] if text else []


def _second_caption(r, spec, block) -> list[Para]:
    """Return the caption of a bilingual slide's twin, drawn smaller under the first ([] if there is none)."""
    if spec.twin is None or r.second is None:
        return []
    twin = spec.twin.picture if spec.kind == "image" else spec.twin.media
    if twin is None or twin.caption.strip() == block.caption.strip():
        return []
    return second_paras(_line(twin.caption), r.second[0])


def place_picture(r, slide, spec) -> str:
    """Fit the picture without distortion above its caption and credit; return the slide's notes."""
    block = spec.picture
    notes = spec.notes
    left, top, width, height = r.content_area(slide)
    second = _second_caption(r, spec, block)
    cap = _line(block.caption) + second
    cred = _line(r.labels("credit", credit=block.credit), italic=True) if block.credit.strip() else []
    if r.box_height(cap, width, CAPTION_SIZE) + r.box_height(cred, width, CREDIT_SIZE) > height * 0.4:
        # A caption too long for the slide is cut here and kept whole in the notes.
        notes = "\n".join([block.caption, *(p.text for p in second), notes]).strip()
        room = int(height * (0.15 if second else 0.25))
        cap = _line(_shorten(r, block.caption, width, room))
        if second:
            cap += second_paras(_line(_shorten(r, second[0].text, width, room)), r.second[0])
    ch, kh = r.box_height(cap, width, CAPTION_SIZE), r.box_height(cred, width, CREDIT_SIZE)
    gap = r.GAP if ch or kh else 0
    pic_h = height - ch - kh - gap
    derived = r.pictures.get(picture_key(block))
    if derived is None:
        r.warnings.append(f"{block.media} is missing; its slide shows the caption only")
    else:
        scale = min(width / derived.width, pic_h / derived.height)
        w, h = int(derived.width * scale), int(derived.height * scale)
        pic = slide.shapes.add_picture(picture_file(derived), left + (width - w) // 2, top + (pic_h - h) // 2, w, h)
        _oxml.set_description(pic, block.alt or block.caption)
    y = top + pic_h + gap
    if cap:
        r.add_box(slide, cap, left, y, width, CAPTION_SIZE)
    if cred:
        r.add_box(slide, cred, left, y + ch, width, CREDIT_SIZE)
    return notes


def place_cover(r, slide, spec, derived, beside) -> None:
    """Put the course's cover picture on the right of the title slide, fitted without distortion."""
    sw, sh = r.prs.slide_width, r.prs.slide_height
    margin = Emu(int(sh * 0.1))
    left = (beside.left + beside.width + r.GAP) if beside is not None else sw // 2
    width, height = sw - left - margin, sh - 2 * margin
    if width <= 0:
        return
    scale = min(width / derived.width, height / derived.height)
    w, h = int(derived.width * scale), int(derived.height * scale)
    pic = slide.shapes.add_picture(picture_file(derived), left + (width - w) // 2, margin + (height - h) // 2, w, h)
    _oxml.set_description(pic, spec.picture.alt)


def _shorten(r, text: str, width: int, height: int) -> str:
    style = r.box_style(width, CAPTION_SIZE, height / 12700)
    text = " ".join(text.split())
    while len(text) > 1 and not fits([Para([Span(text + "…")])], style):
        text = cut(text, max(1, int(len(text) * 0.9))) or text[:1]
    return text.rstrip() + "…"


def place_media(r, slide, spec) -> None:
    """Embed an audio or video file with a poster, naming it below; name it only if it cannot be embedded."""
    block = spec.media
    left, top, width, height = r.content_area(slide)
    video = block.media_kind == "video"
    reader = r.media_reader
    item = reader.item(block.media) if reader is not None and reader.embed else None
    lines = list(spec.body) + _line(block.caption) + _second_caption(r, spec, block)
    credit = _line(r.labels("credit", credit=block.credit), italic=True) if block.credit.strip() else []
    if item is not None:
        paras = lines + _line(r.labels("play"), italic=True) + credit
        text_h = r.box_height(paras, width, CAPTION_SIZE)
        room = max(height - text_h - r.GAP, Emu(int(Pt(72))))
        if video:
            w = min(width, int(room * 16 / 9))
            h = int(w * 9 / 16)
        else:
            w = h = min(room, Emu(int(Pt(150))))
        try:
            with reader.open(block.media) as fh:
                data = scrub_location(fh.read(), item.mime)  # no GPS position into the deck
            movie = slide.shapes.add_movie(
                io.BytesIO(data), left + (width - w) // 2, top + (room - h) // 2, w, h,
                poster_frame_image=io.BytesIO(_poster(video, w, h)), mime_type=item.mime,
            )
            if not video:
                _oxml.make_audio(movie)
            _oxml.set_description(movie, block.title or block.media)
            r.embedded_media += 1
            r.add_box(slide, paras, left, top + room + r.GAP, width, CAPTION_SIZE)
            return
        except Exception as exc:  # noqa: BLE001 - a file python-pptx refuses still gets its slide
            r.warnings.append(f"{block.media} could not be embedded ({exc}); its slide names it only")
    paras = lines + _line(r.labels("not_embedded"), italic=True) + credit
    r.add_box(slide, paras, left, top + (height - r.box_height(paras, width, CAPTION_SIZE)) // 2, width, CAPTION_SIZE)


def _poster(video: bool, w: int, h: int) -> bytes:
    """Return a plain poster picture for a media shape: a play sign or a speaker."""
    px_w, px_h = 640, max(1, int(640 * h / max(w, 1)))
    im = Image.new("RGB", (px_w, px_h), (31, 41, 51))
    d = ImageDraw.Draw(im)
    cx, cy, s = px_w // 2, px_h // 2, min(px_w, px_h) // 5
    white = (255, 255, 255)
    if video:
        d.polygon([(cx - s // 2, cy - s), (cx - s // 2, cy + s), (cx + s, cy)], fill=white)
    else:
        d.rectangle([cx - s, cy - s // 3, cx - s // 3, cy + s // 3], fill=white)
        d.polygon([(cx - s // 3, cy - s // 3), (cx + s // 3, cy - s), (cx + s // 3, cy + s), (cx - s // 3, cy + s // 3)], fill=white)
        for k in (1, 2):
            d.arc([cx + s // 3 - k * s // 3, cy - k * s // 2, cx + s // 3 + k * s // 2, cy + k * s // 2], -45, 45, fill=white, width=6)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()



