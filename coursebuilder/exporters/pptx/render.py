"""Lay out planned slides on the deck's layouts, splitting text that would overflow."""

from __future__ import annotations

from dataclasses import replace

from pptx.enum.text import PP_ALIGN
from pptx.util import Emu

from ...presentation.words import Labels
from . import _oxml, keep, media_slides, table_slides
from .fit import HEIGHT_SAFETY, FrameStyle, LevelStyle, fits, paginate, text_height, wrap
from .breaks import cut
from ...presentation.scripts import scripts_in
from .bilingual import SECOND_SCALE
from .fonts import BELOW_ROOM, STACKED_BELOW, Measurer
from .pictures import DeckPictures, picture_key
from .plan import SlideSpec
from .richtext import PLAIN, Para, Span
from .scripts import ea_font
from .template import EMU_PER_PT, Deck, emu, frame_style
from .text import fill, set_notes

TEXTBOX_SIZE = 24
#: Share of the title slide's width left to the text when a cover picture stands beside it.
COVER_TEXT_SHARE = 0.55
GAP = Emu(91440)  # 0.1 inch
_MIN_TITLE = 20
#: Characters of a title worth measuring: far more than any slide title holds at a readable size.
_TITLE_CAP = 400


class Renderer:
    """Add slides to a deck from slide specs."""

    GAP = GAP

    def __init__(self, deck: Deck, *, language: str, labels: Labels, footer: str, pictures: DeckPictures | dict,
                 media_reader=None, second: tuple[str, Labels] | None = None):
        self.deck = deck
        self.prs = deck.prs
        self.language = language
        self.labels = labels
        #: A bilingual deck's second language and its words.
        self.second = second
        self.pictures = pictures
        self.media_reader = media_reader
        ea = ea_font(language).match
        self.body_measurer = Measurer(deck.latin_minor, ea)
        self.title_measurer = Measurer(deck.latin_major, ea)
        self._styles: dict = {}
        self.warnings: list[str] = []
        self.embedded_media = 0
        self.footer = self._fit_footer(footer)

    # -- placeholders --------------------------------------------------------------

    @staticmethod
    def _kind(ph) -> str:
        return _oxml.placeholder_kind(ph)

    def _title_ph(self, container):
        return next((ph for ph in container.placeholders if self._kind(ph) in ("title", "ctrTitle")), None)

    def _body_phs(self, container):
        phs = [ph for ph in container.placeholders if self._kind(ph) in ("body", "obj", "subTitle")]
        return sorted(phs, key=lambda ph: ph.placeholder_format.idx)

    def _layout_body_phs(self, layout):
        key = ("bodies", id(layout))
        if key not in self._styles:
            self._styles[key] = self._body_phs(layout)
        return self._styles[key]

    def _style(self, layout, ph, measurer: Measurer) -> FrameStyle:
        key = (id(layout), ph.placeholder_format.idx)
        if key not in self._styles:
            self._styles[key] = frame_style(ph, layout, measurer)
        return self._styles[key]

    # -- slides --------------------------------------------------------------------

    def render(self, spec: SlideSpec) -> int:
        """Add the slides of one spec; return how many were added."""
        layout = self.deck.layouts[spec.role]
        if spec.role in ("title", "section"):
            self._render_title(spec, layout)
            return 1
        bodies = self._layout_body_phs(layout)
        columns = [spec.body] + ([spec.right] if spec.right is not None else [])
        pages: list[list[list[Para]]]
        tables: list = []
        arranged: keep.Arrangement | None = None
        if spec.kind in keep.WHOLE_KINDS and bodies and any(columns):
            arranged = self._arrange(spec)
            layout = self.deck.layouts[arranged.role]
            bodies = self._layout_body_phs(layout)
            pages = arranged.pages
        elif spec.kind == "table" and spec.table is not None:
            size, widths, tables = table_slides.table_pages(self, layout, spec.table, spec.body)
            pages = [[[]] for _ in tables]
        elif spec.kind in ("image", "media"):
            pages = [[[]]]
        elif bodies and any(columns):
            pages = self._pages_in_columns(layout, bodies, columns)
        elif any(columns):
            pages = self._pages_in_textbox(layout, spec.body)
        else:
            pages = [[[]]]
        for n, page in enumerate(pages):
            title = spec.title if n == 0 else self.labels("continued", title=spec.title)
            second = self._second_title(spec, n)
            slide = self.prs.slides.add_slide(layout)
            self._title(slide, layout, title, second=second)
            used = self._bodies(slide, layout, page, arranged.sizes if arranged else None)
            if arranged is not None and arranged.offset and len(used) >= 2:
                _lower(used[1], emu(arranged.offset))
            notes = spec.notes
            if spec.kind == "image":
                notes = media_slides.place_picture(self, slide, spec)
            elif spec.kind == "media":
                media_slides.place_media(self, slide, spec)
            elif tables and spec.table is not None:
                table_slides.place_table(self, slide, tables[n], widths, size, spec.table.header, spec.body if n == 0 else None)
            elif not bodies and any(page):
                self._textbox(slide, page[0])
            for ph in list(slide.placeholders):
                if self._kind(ph) not in ("title", "ctrTitle") and ph not in used:
                    _oxml.remove_shape(ph)
            _oxml.add_footer_and_number(slide, self.footer, len(self.prs.slides))
            for r in _oxml.footer_runs(slide):
                _oxml.set_script_fonts(r, self.language)
            if n == 0:
                set_notes(slide, notes, self.language)
        return len(pages)

    def _second_title(self, spec: SlideSpec, page: int) -> str:
        """Return the title of a slide's twin in the second language ("" in a deck of one language)."""
        twin = spec.twin
        if twin is None or self.second is None or not twin.title.strip() or twin.title == spec.title:
            return ""
        return twin.title if page == 0 else self.second[1]("continued", title=twin.title)

    def _arrange(self, spec: SlideSpec) -> keep.Arrangement:
        """Return how a question, an answer or a lesson's objectives stay whole."""
        content = self.deck.layouts["content"]
        one = self._style(content, self._layout_body_phs(content)[0], self.body_measurer)
        two_layout = self.deck.layouts["two"]
        two_bodies = self._layout_body_phs(two_layout)
        two = None
        if len(two_bodies) >= 2:
            two = (self._style(two_layout, two_bodies[0], self.body_measurer),
                   self._style(two_layout, two_bodies[1], self.body_measurer))
        return keep.arrange(one, two, spec.body, spec.right, spec.lead)

    def _pages_in_columns(self, layout, bodies, columns: list[list[Para]]) -> list[list[list[Para]]]:
        """Split each column over slides; slide n shows page n of every column."""
        paged = []
        for i, column in enumerate(columns):
            ph = bodies[min(i, len(bodies) - 1)]
            paged.append(paginate(column, self._style(layout, ph, self.body_measurer)) if column else [[]])
        count = max(len(p) for p in paged)
        return [[p[n] if n < len(p) else [] for p in paged] for n in range(count)]

    def _render_title(self, spec: SlideSpec, layout) -> None:
        """Add a title or section slide: never continued, its text smaller if it must be, a cover picture beside."""
        slide = self.prs.slides.add_slide(layout)
        cover = self.pictures.get(picture_key(spec.picture)) if spec.picture is not None else None
        share = COVER_TEXT_SHARE if cover is not None else 1.0
        title_ph, bodies = self._title_ph(slide), self._body_phs(slide)
        for ph in ([title_ph] if title_ph is not None else []) + bodies[:1]:
            if share < 1.0:
                left, top, width, height = ph.left, ph.top, ph.width, ph.height
                ph.left, ph.top, ph.width, ph.height = left, top, int(width * share), height
        if title_ph is not None:
            self._title(slide, layout, spec.title, width=title_ph.width, second=self._second_title(spec, 0))
        used, notes = [], spec.notes
        if bodies and spec.body:
            style = frame_style(bodies[0], layout, self.body_measurer, width=bodies[0].width)
            size, kept = self._fit_block(spec.body, style)
            fill(bodies[0].text_frame, kept, self.language, size=size if size != style.levels[0].size else None,
                 levels=[lvl.size for lvl in style.levels])
            used.append(bodies[0])
            notes = "\n".join([notes] + [p.text for p in spec.body[len(kept):]]).strip()
        for ph in list(slide.placeholders):
            if ph != title_ph and ph not in used:
                _oxml.remove_shape(ph)
        if cover is not None:
            media_slides.place_cover(self, slide, spec, cover, title_ph or (bodies[0] if bodies else None))
        set_notes(slide, notes, self.language)

    def _fit_footer(self, text: str) -> str:
        """Return the footer text, cut with "…" if it is longer than one line of the footer."""
        layout = self.deck.layouts["content"]
        ph = next((p for p in layout.placeholders if self._kind(p) == "ftr"), None)
        if ph is None or not text:
            return text
        style = frame_style(ph, layout, self.body_measurer)

        def one_line(shown: str) -> bool:
            return len(wrap(Para([Span(shown)]), style)) == 1

        shown = text
        while len(shown) > 1 and not one_line(shown if shown == text else shown + "…"):
            shown = cut(shown, len(shown) - 1).rstrip() or shown[:1]
        return text if shown == text else shown + "…"

    def _title(self, slide, layout, title: str, width: int | None = None, second: str = "") -> None:
        ph = self._title_ph(slide)
        if ph is None:
            return
        if width is None:
            style = self._style(layout, self._title_ph(layout), self.title_measurer)
        else:
            style = frame_style(self._title_ph(layout), layout, self.title_measurer, width=width)
        last = second if second and self.second is not None else title
        extra = 0.0
        if scripts_in(last) & STACKED_BELOW:
            # A title sits on the frame's foot: Khmer, Lao and Thai marks stacked under the last line
            # (a subscript and a vowel below it) reach past it onto the line drawn under the title.
            extra = style.levels[0].size * BELOW_ROOM
            style = replace(style, height=style.height - extra)
        size, text, second = self._fit_title(title, style, second)
        base = style.levels[0].size
        fill(ph.text_frame, self._title_paras(text, second), self.language, size=size if size != base else None,
             lists=False, levels=[base])
        if extra:
            inset = _oxml.frame_insets(_oxml.style_chain(self._title_ph(layout), layout))[3]
            ph.text_frame.margin_bottom = Emu(inset + emu(size * BELOW_ROOM))

    def _title_paras(self, title: str, second: str) -> list[Para]:
        paras = [Para([Span(title)], kind=PLAIN)]
        if second and self.second is not None:
            paras.append(Para([Span(second, lang=self.second[0])], kind=PLAIN, scale=SECOND_SCALE))
        return paras

    def _fit_title(self, title: str, style: FrameStyle, second: str = "") -> tuple[float, str, str]:
        """Return the title's size and text (and its second language's): smaller if needed (not below readable), cut last."""
        base = style.levels[0].size
        floor = max(_MIN_TITLE, base * 0.7)
        # No slide title holds more than this at a readable size: measure no more of a longer one.
        long_title = len(title) + len(second) > _TITLE_CAP
        size = base
        while size >= floor and not long_title:
            trial = replace(style, levels=[replace(lvl, size=size) for lvl in style.levels])
            if fits(self._title_paras(title, second), trial):
                return self._without_orphan(title, style, size, max(floor, base * 0.8)), title, second
            size -= 2
        size = max(size + 2, floor) if not long_title else floor
        trial = replace(style, levels=[replace(lvl, size=size) for lvl in style.levels])
        if second:
            # The second language keeps one line at most; the first gets the rest of the room.
            one_line = replace(trial, height=10_000)
            keep = self._longest(second, lambda s: len(wrap(self._title_paras("", s)[-1], one_line)) == 1)
            second = second if keep == len(second) else cut(second, keep).rstrip() + "…"
        # Binary search for the longest start that fits with an ellipsis: log(n) measurements, not n.
        lo = self._longest(title, lambda t: fits(self._title_paras(t, second), trial))
        if lo >= len(title):
            return size, title, second
        shown = title if len(title) <= 60 else title[:57] + "..."
        self.warnings.append(f"the title {shown!r} is too long for one slide title and was shortened")
        return size, cut(title, lo).rstrip() + "…", second

    @staticmethod
    def _longest(text: str, ok) -> int:
        """Return how many characters of a text ``ok`` accepts with an ellipsis after them (at least 1)."""
        if len(text) <= _TITLE_CAP and ok(text):
            return len(text)
        lo, hi = 1, min(len(text), _TITLE_CAP)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if ok(text[:mid] + "…"):
                lo = mid
            else:
                hi = mid - 1
        return lo

    @staticmethod
    def _without_orphan(title: str, style: FrameStyle, size: float, smallest: float) -> float:
        """Return a slightly smaller size if that saves a last line of one or two characters or a word."""
        def lines(at: float):
            return wrap(Para([Span(title)]), replace(style, levels=[replace(lvl, size=at) for lvl in style.levels]))

        first = lines(size)
        if len(first) < 2 or len(title[first[-1].start:].strip()) > 3 and " " in title[first[-1].start:].strip():
            return size
        trial = size - 2
        while trial >= smallest:
            if len(lines(trial)) < len(first):
                return trial
            trial -= 2
        return size

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
        # Binary search for how many paragraphs fit: log(n) measurements, not n.
        lo, hi = 1, len(paras)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(paras[:mid], trial):
                lo = mid
            else:
                hi = mid - 1
        kept = list(paras[:lo])
        self.warnings.append("a title or section slide had more text than fits; the rest is in its notes")
        return size, kept

    def _bodies(self, slide, layout, page: list[list[Para]], sizes: list[float] | None = None) -> list:
        used = []
        slots = self._body_phs(slide)
        layout_slots = self._layout_body_phs(layout)
        for i, (ph, paras) in enumerate(zip(slots, page, strict=False)):
            if paras:
                levels = None
                if any(p.scale != 1.0 for p in paras) and i < len(layout_slots):
                    levels = [lvl.size for lvl in self._style(layout, layout_slots[i], self.body_measurer).levels]
                fill(ph.text_frame, paras, self.language, levels=levels, level_sizes=sizes)
                used.append(ph)
        return used

    # -- areas ---------------------------------------------------------------------

    def content_area(self, container) -> tuple[int, int, int, int]:
        """Return (left, top, width, height) below the title and above the footer of a slide or layout."""
        layout = getattr(container, "slide_layout", container)
        key = ("area", id(layout))
        if key not in self._styles:
            self._styles[key] = self._area(layout)
        return self._styles[key]

    def _area(self, layout) -> tuple[int, int, int, int]:
        sw, sh = self.prs.slide_width, self.prs.slide_height
        assert sw is not None and sh is not None, "every theme sets its slide size"
        title = self._title_ph(layout)
        master = layout.slide_master
        body = next((ph for ph in master.placeholders if self._kind(ph) in ("body", "obj")), None)
        left = body.left if body is not None else Emu(int(sw * 0.05))
        width = body.width if body is not None else Emu(int(sw * 0.9))
        top = (title.top + title.height + GAP) if title is not None else Emu(int(sh * 0.08))
        if body is not None and title is not None and body.top > top:
            top = body.top  # line up with where text starts on the other slides
        footer = next((ph for ph in master.placeholders if self._kind(ph) in ("ftr", "sldNum")), None)
        bottom = (footer.top - GAP) if footer is not None else Emu(int(sh * 0.92))
        return left, top, width, max(bottom - top, Emu(int(sh * 0.3)))

    def box_style(self, width: int, size: float, height: float = 10_000) -> FrameStyle:
        """Return the room of a text box of a width (EMU), at one text size, default insets."""
        return FrameStyle(width / EMU_PER_PT - 14.4, height, [LevelStyle(size, 0.0, 0.0)], self.body_measurer)

    def box_height(self, paras: list[Para], width: int, size: float) -> int:
        """Return the height (EMU) a text box needs for the paragraphs, with room to spare."""
        if not paras:
            return 0
        return emu(text_height(paras, self.box_style(width, size)) / HEIGHT_SAFETY + 7.2 + 2)

    def add_box(self, slide, paras: list[Para], left, top, width, size: float, align=PP_ALIGN.CENTER):
        """Add a text box sized to its paragraphs."""
        box = slide.shapes.add_textbox(left, top, width, self.box_height(paras, width, size))
        fill(box.text_frame, paras, self.language, size=size, lists=False)
        for p in box.text_frame.paragraphs:
            p.alignment = align
        return box

    def _pages_in_textbox(self, layout, paras: list[Para]) -> list[list[list[Para]]]:
        _left, _top, width, height = self.content_area(layout)
        style = self.box_style(width, TEXTBOX_SIZE, height / EMU_PER_PT - 7.2)
        return [[page] for page in paginate(paras, style)]

    def _textbox(self, slide, paras: list[Para]) -> None:
        left, top, width, height = self.content_area(slide)
        box = slide.shapes.add_textbox(left, top, width, height)
        fill(box.text_frame, paras, self.language, size=TEXTBOX_SIZE, lists=False)
        for p in box.text_frame.paragraphs:
            p.alignment = PP_ALIGN.LEFT


def _lower(ph, by: int) -> None:
    """Move a placeholder's top down, keeping its bottom: a second column starts beside the first's items."""
    left, top, width, height = ph.left, ph.top, ph.width, ph.height
    ph.left, ph.top, ph.width, ph.height = left, top + by, width, max(height - by, 0)
