"""Lay out planned slides on the deck's layouts, splitting text that would overflow."""

from __future__ import annotations

import io
from dataclasses import replace

from PIL import Image, ImageDraw
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Pt

from . import _oxml
from .fit import FrameStyle, LevelStyle, fits, paginate, text_height
from .fonts import Measurer
from .labels import Labels
from .plan import SlideSpec
from .richtext import PLAIN, Para, Span
from .scripts import ea_font
from .template import EMU_PER_PT, Deck, emu, frame_style
from .text import fill, set_notes

CAPTION_SIZE = 18
CREDIT_SIZE = 12
_GAP = Emu(91440)  # 0.1 inch
_MIN_TITLE = 20


class Renderer:
    """Add slides to a deck from slide specs."""

    def __init__(self, deck: Deck, *, language: str, labels: Labels, footer: str, pictures: dict, media_reader=None):
        self.deck = deck
        self.prs = deck.prs
        self.language = language
        self.labels = labels
        self.footer = footer
        self.pictures = pictures
        self.media_reader = media_reader
        ea = ea_font(language).match
        self.body_measurer = Measurer(deck.latin_minor, ea)
        self.title_measurer = Measurer(deck.latin_major, ea)
        self._styles: dict = {}
        self._sizes: dict = {}
        self.warnings: list[str] = []
        self.embedded_media = 0

    # -- placeholders --------------------------------------------------------------

    @staticmethod
    def _kind(ph) -> str:
        el = ph._element.xpath("./p:nvSpPr/p:nvPr/p:ph")
        return el[0].get("type", "obj") if el else ""

    def _title_ph(self, container):
        return next((ph for ph in container.placeholders if self._kind(ph) in ("title", "ctrTitle")), None)

    def _body_phs(self, container):
        phs = [ph for ph in container.placeholders if self._kind(ph) in ("body", "obj", "subTitle")]
        return sorted(phs, key=lambda ph: ph.placeholder_format.idx)

    def _style(self, layout, ph, measurer: Measurer) -> FrameStyle:
        key = (id(layout), ph.placeholder_format.idx)
        if key not in self._styles:
            self._styles[key] = frame_style(ph, layout, measurer)
        return self._styles[key]

    # -- slides --------------------------------------------------------------------

    def render(self, spec: SlideSpec) -> int:
        """Add the slides of one spec; return how many were added."""
        layout = self.deck.layouts[spec.role]
        bodies = self._body_phs(layout)
        columns = [spec.body] + ([spec.right] if spec.right is not None else [])
        if spec.kind in ("image", "media"):
            pages = [[[]]]
        elif bodies and any(columns) and spec.role in ("title", "section"):
            # Title and section slides are never continued: smaller text, then notes, take what is left.
            style = self._style(layout, bodies[0], self.body_measurer)
            size, kept = self._fit_block(spec.body, style)
            pages = [[kept]]
            if size != style.levels[0].size:
                self._sizes[id(spec)] = size
            if len(kept) < len(spec.body):
                spec.notes = "\n".join([spec.notes] + [p.text for p in spec.body[len(kept):]]).strip()
        elif bodies and any(columns):
            paged = [paginate(col, self._style(layout, bodies[min(i, len(bodies) - 1)], self.body_measurer)) if col else [[]] for i, col in enumerate(columns)]
            count = max(len(p) for p in paged)
            pages = [[p[i] if i < len(p) else [] for p in paged] for i in range(count)]
        elif any(columns):
            pages = self._pages_in_textbox(spec.body)
        else:
            pages = [[[]]]
        for n, page in enumerate(pages):
            title = spec.title if n == 0 else self.labels("continued", title=spec.title)
            slide = self.prs.slides.add_slide(layout)
            self._title(slide, layout, title)
            used = self._bodies(slide, layout, page, self._sizes.pop(id(spec), None))
            if spec.kind == "image":
                self._picture(slide, spec)
            elif spec.kind == "media":
                self._media(slide, spec)
            elif not bodies and any(page):
                self._textbox(slide, page[0])
            for ph in list(slide.placeholders):
                if self._kind(ph) not in ("title", "ctrTitle") and ph not in used:
                    _oxml.remove_shape(ph)
            if spec.role not in ("title", "section"):
                _oxml.add_footer_and_number(slide, self.footer, len(self.prs.slides))
                for r in _oxml.footer_runs(slide):
                    _oxml.set_script_fonts(r, self.language)
            if n == 0:
                set_notes(slide, spec.notes, self.language)
        return len(pages)

    def _title(self, slide, layout, title: str) -> None:
        ph = self._title_ph(slide)
        if ph is None:
            return
        style = self._style(layout, self._title_ph(layout), self.title_measurer)
        size, text = self._fit_title(title, style)
        base = style.levels[0].size
        fill(ph.text_frame, [Para([Span(text)], kind=PLAIN)], self.language, size=size if size != base else None, lists=False)

    def _fit_title(self, title: str, style: FrameStyle) -> tuple[float, str]:
        """Return the title's size and text: smaller if needed (not below readable), cut last."""
        base = style.levels[0].size
        floor = max(_MIN_TITLE, base * 0.7)
        size = base
        while size >= floor:
            trial = replace(style, levels=[replace(lvl, size=size) for lvl in style.levels])
            if fits([Para([Span(title)])], trial):
                return size, title
            size -= 2
        size += 2
        trial = replace(style, levels=[replace(lvl, size=size) for lvl in style.levels])
        text = title
        while len(text) > 1 and not fits([Para([Span(text + "…")])], trial):
            text = text[:-1]
        self.warnings.append(f"the title {title!r} is too long for one slide title and was shortened")
        return size, text.rstrip() + "…"

    def _fit_block(self, paras: list[Para], style: FrameStyle) -> tuple[float, list[Para]]:
        """Return a size (not below readable) at which the paragraphs fit, and those that fit."""
        base = style.levels[0].size
        size = base
        while size >= max(14, base * 0.7):
            trial = replace(style, levels=[replace(lvl, size=size) for lvl in style.levels])
            if fits(paras, trial):
                return size, paras
            size -= 2
        size += 2
        trial = replace(style, levels=[replace(lvl, size=size) for lvl in style.levels])
        kept = list(paras)
        while len(kept) > 1 and not fits(kept, trial):
            kept.pop()
        self.warnings.append("a title or section slide had more text than fits; the rest is in its notes")
        return size, kept

    def _bodies(self, slide, layout, page: list[list[Para]], size: float | None = None) -> list:
        used = []
        slots = self._body_phs(slide)
        for ph, paras in zip(slots, page):
            if paras:
                fill(ph.text_frame, paras, self.language, size=size)
                used.append(ph)
        return used

    # -- areas ---------------------------------------------------------------------

    def _content_area(self, slide) -> tuple[int, int, int, int]:
        """Return (left, top, width, height) below the title and above the footer."""
        sw, sh = self.prs.slide_width, self.prs.slide_height
        title = self._title_ph(slide)
        master = slide.slide_layout.slide_master
        body = next((ph for ph in master.placeholders if self._kind(ph) in ("body", "obj")), None)
        left = body.left if body is not None else Emu(int(sw * 0.05))
        width = body.width if body is not None else Emu(int(sw * 0.9))
        top = (title.top + title.height + _GAP) if title is not None else Emu(int(sh * 0.08))
        footer = next((ph for ph in master.placeholders if self._kind(ph) in ("ftr", "sldNum")), None)
        bottom = (footer.top - _GAP) if footer is not None else Emu(int(sh * 0.92))
        return left, top, width, max(bottom - top, Emu(int(sh * 0.3)))

    def _caption_style(self, width: int, size: float) -> FrameStyle:
        return FrameStyle(width / EMU_PER_PT - 14.4, 10_000, [LevelStyle(size, 0.0, 0.0)], self.body_measurer)

    def _caption_box(self, slide, paras: list[Para], left, top, width, size: float):
        style = self._caption_style(width, size)
        height = emu(text_height(paras, style) / 0.94 + 7.2 + 2)
        box = slide.shapes.add_textbox(left, top, width, height)
        fill(box.text_frame, paras, self.language, size=size, lists=False)
        for p in box.text_frame.paragraphs:
            p.alignment = PP_ALIGN.CENTER
        return box

    def _caption_paras(self, caption: str, credit: str) -> tuple[list[Para], list[Para]]:
        cap = [Para([Span(" ".join(caption.split()))], kind=PLAIN)] if caption.strip() else []
        cred = [Para([Span(self.labels("credit", credit=" ".join(credit.split())), italic=True)], kind=PLAIN)] if credit.strip() else []
        return cap, cred

    def _caption_heights(self, width: int, cap: list[Para], cred: list[Para]) -> tuple[int, int]:
        ch = emu(text_height(cap, self._caption_style(width, CAPTION_SIZE)) / 0.94 + 9.2) if cap else 0
        kh = emu(text_height(cred, self._caption_style(width, CREDIT_SIZE)) / 0.94 + 9.2) if cred else 0
        return ch, kh

    def _picture(self, slide, spec: SlideSpec) -> None:
        block = spec.picture
        left, top, width, height = self._content_area(slide)
        cap, cred = self._caption_paras(block.caption, block.credit)
        ch, kh = self._caption_heights(width, cap, cred)
        if ch + kh > height * 0.4:
            # A caption longer than the slide can hold goes to the notes in full.
            spec_notes = f"{block.caption}\n{spec.notes}".strip()
            set_notes(slide, spec_notes, self.language)
            cap = [Para([Span(self._shorten(block.caption, width, int(height * 0.25)))], kind=PLAIN)]
            ch, kh = self._caption_heights(width, cap, cred)
        pic_h = height - ch - kh - (_GAP if ch or kh else 0)
        derived = self.pictures.get(block.media)
        if derived is None:
            self.warnings.append(f"{block.media} is missing; its slide shows the caption only")
        else:
            scale = min(width / derived.width, pic_h / derived.height)
            w, h = int(derived.width * scale), int(derived.height * scale)
            pic = slide.shapes.add_picture(str(derived.path), left + (width - w) // 2, top + (pic_h - h) // 2, w, h)
            _oxml.set_description(pic, block.alt or block.caption)
        y = top + pic_h + (_GAP if ch or kh else 0)
        if cap:
            self._caption_box(slide, cap, left, y, width, CAPTION_SIZE)
            y += ch
        if cred:
            self._caption_box(slide, cred, left, y, width, CREDIT_SIZE)

    def _shorten(self, text: str, width: int, height: int) -> str:
        style = replace(self._caption_style(width, CAPTION_SIZE), height=height / EMU_PER_PT)
        text = " ".join(text.split())
        while len(text) > 1 and not fits([Para([Span(text + "…")])], style):
            text = text[: max(1, int(len(text) * 0.9))]
        return text.rstrip() + "…"

    def _media(self, slide, spec: SlideSpec) -> None:
        block = spec.media
        left, top, width, height = self._content_area(slide)
        video = block.media_kind == "video"
        lines = list(spec.body)
        if block.caption.strip():
            lines.append(Para([Span(" ".join(block.caption.split()))], kind=PLAIN))
        item = self.media_reader.item(block.media) if self.media_reader else None
        embedded = False
        text_h = 0
        box_paras = lines + ([Para([Span(self.labels("play"), italic=True)], kind=PLAIN)] if item and self.media_reader.embed else [])
        if block.credit.strip():
            box_paras.append(Para([Span(self.labels("credit", credit=block.credit), italic=True)], kind=PLAIN))
        text_h = emu(text_height(box_paras, self._caption_style(width, CAPTION_SIZE)) / 0.94 + 9.2)
        room = height - text_h - _GAP
        if item is not None and self.media_reader.embed:
            if video:
                w = min(width, int(room * 16 / 9))
                h = int(w * 9 / 16)
            else:
                w = h = min(room, Emu(int(Pt(150))))
            try:
                with self.media_reader.open(block.media) as fh:
                    data = fh.read()
                movie = slide.shapes.add_movie(
                    io.BytesIO(data), left + (width - w) // 2, top + (room - h) // 2, w, h,
                    poster_frame_image=io.BytesIO(_poster(video, w, h)), mime_type=item.mime,
                )
                _oxml.set_description(movie, block.title or block.media)
                embedded = True
                self.embedded_media += 1
            except Exception as exc:  # noqa: BLE001 - a media file python-pptx refuses still gets its slide
                self.warnings.append(f"{block.media} could not be embedded ({exc}); its slide names it only")
        if not embedded:
            box_paras = lines + [Para([Span(self.labels("not_embedded"), italic=True)], kind=PLAIN)]
            if block.credit.strip():
                box_paras.append(Para([Span(self.labels("credit", credit=block.credit), italic=True)], kind=PLAIN))
            text_h = emu(text_height(box_paras, self._caption_style(width, CAPTION_SIZE)) / 0.94 + 9.2)
            self._caption_box(slide, box_paras, left, top + (height - text_h) // 2, width, CAPTION_SIZE)
            return
        self._caption_box(slide, box_paras, left, top + room + _GAP, width, CAPTION_SIZE)

    def _pages_in_textbox(self, paras: list[Para]) -> list[list[list[Para]]]:
        layout_area = self._content_area(self.prs.slides[0]) if len(self.prs.slides) else None
        width = layout_area[2] if layout_area else int(self.prs.slide_width * 0.9)
        height = layout_area[3] if layout_area else int(self.prs.slide_height * 0.7)
        style = replace(self._caption_style(width, 24), height=height / EMU_PER_PT - 7.2)
        return [[page] for page in paginate(paras, style)]

    def _textbox(self, slide, paras: list[Para]) -> None:
        left, top, width, height = self._content_area(slide)
        box = slide.shapes.add_textbox(left, top, width, height)
        fill(box.text_frame, paras, self.language, size=24, lists=False)
        for p in box.text_frame.paragraphs:
            p.alignment = PP_ALIGN.LEFT


def _poster(video: bool, w: int, h: int) -> bytes:
    """Return a plain poster picture for a media shape: a play sign or a speaker."""
    px_w, px_h = 640, max(1, int(640 * h / max(w, 1)))
    im = Image.new("RGB", (px_w, px_h), (31, 41, 51))
    d = ImageDraw.Draw(im)
    cx, cy, r = px_w // 2, px_h // 2, min(px_w, px_h) // 5
    if video:
        d.polygon([(cx - r // 2, cy - r), (cx - r // 2, cy + r), (cx + r, cy)], fill=(255, 255, 255))
    else:
        d.rectangle([cx - r, cy - r // 3, cx - r // 3, cy + r // 3], fill=(255, 255, 255))
        d.polygon([(cx - r // 3, cy - r // 3), (cx + r // 3, cy - r), (cx + r // 3, cy + r), (cx - r // 3, cy + r // 3)], fill=(255, 255, 255))
        for k in (1, 2):
            d.arc([cx + r // 3 - k * r // 3, cy - k * r // 2, cx + r // 3 + k * r // 2, cy + k * r // 2], -45, 45, fill=(255, 255, 255), width=6)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()
