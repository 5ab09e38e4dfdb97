"""Measure paragraphs in a text frame and split them over slides so nothing overflows."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import pairwise

from .breaks import clusters, spaceless_breaks
from .fonts import Measurer, autospace
from .richtext import HEADING, Para
from ...presentation.scripts import script_of
from .scripts import slot_of

# Characters that never start a line (they stay with the one before) and never end one.
_NO_START = set("，。、；：！？）」』】》〉”’…·,.;:!?)]}%")
_NO_END = set("（「『【《〈“‘([{")

#: Room kept free in every frame: renderers differ a little in how they lay out text.
WIDTH_SAFETY = 0.97
HEIGHT_SAFETY = 0.96


@dataclass(frozen=True)
class LevelStyle:
    """How paragraphs of one list level are set: size, indent, spacing (points)."""

    size: float
    indent: float
    space_before: float
    line_spacing: float = 1.0
    bold: bool = False


@dataclass
class FrameStyle:
    """The room inside a text frame (points, insets removed) and its level styles."""

    width: float
    height: float
    levels: list[LevelStyle]
    measurer: Measurer
    plain_indent: float = 0.0
    extra: dict = field(default_factory=dict)

    def level(self, n: int) -> LevelStyle:
        """Return the style of a list level, the deepest one for deeper levels."""
        return self.levels[min(n, len(self.levels) - 1)]


@dataclass(frozen=True)
class Line:
    """One wrapped line: where it starts and ends in the paragraph text, and its height."""

    start: int
    end: int
    height: float


def _atoms(para: Para):
    """Yield (start, end) of the pieces a line may break between."""
    text = para.text
    n = len(text)
    # Khmer, Lao and Thai words touch: their break points come from a dictionary, not spaces.
    inside = spaceless_breaks(text)
    i = 0
    while i < n:
        start = i
        ch = text[i]
        if slot_of(script_of(ch)) == "ea" and ch not in _NO_END:
            i += 1
        else:
            while i < n and not text[i].isspace() and (
                i == start or slot_of(script_of(text[i])) != "ea" or text[i] in _NO_START
            ):
                if i > start and (text[i] in _NO_END or i in inside):
                    break
                i += 1
            if i == start:
                i += 1
        while i < n and (text[i] in _NO_START or text[i].isspace()):
            i += 1
        yield start, i


def _span_pieces(para: Para, start: int, end: int):
    """Yield (text, span) pieces of the paragraph between two offsets."""
    pos = 0
    for span in para.spans:
        s_end = pos + len(span.text)
        lo, hi = max(pos, start), min(s_end, end)
        if lo < hi:
            yield span.text[lo - pos:hi - pos], span
        pos = s_end


def _width(para: Para, style: FrameStyle, start: int, end: int, size: float, bold: bool) -> float:
    m = style.measurer
    return sum(
        m.width(text, size, bold or span.bold, span.italic, span.code)
        for text, span in _span_pieces(para, start, end)
    )


def wrap(para: Para, style: FrameStyle) -> list[Line]:
    """Return the lines a paragraph wraps into in the frame."""
    lvl = _scaled(style.level(para.level), para.scale)
    bold = lvl.bold or para.kind == HEADING
    indent = lvl.indent if para.kind not in ("plain", "heading", "code") else style.plain_indent
    room = (style.width - indent) * WIDTH_SAFETY
    text = para.text
    lines: list[Line] = []
    line_start, line_w, last_end = 0, 0.0, 0
    for a_start, a_end in _atoms(para):
        visible_end = a_start + len(text[a_start:a_end].rstrip())
        w_visible = _width(para, style, a_start, visible_end, lvl.size, bold)
        if a_start > line_start:
            # Chinese next to Latin with no space between: the renderer's quarter em.
            line_w += autospace(text[a_start - 1], text[a_start]) * lvl.size
        if line_w + w_visible > room and last_end > line_start:
            lines.append(_line(para, style, line_start, last_end, lvl, bold))
            line_start, line_w = a_start, 0.0
        if w_visible > room:
            # One word wider than the frame: break it between characters, never inside one
            # (a Khmer consonant keeps its subscript and vowel signs).
            cuts = [a_start, *(a_start + c for c in clusters(text[a_start:a_end])), a_end]
            for lo, hi in pairwise(cuts):
                cw = _width(para, style, lo, hi, lvl.size, bold)
                if line_w + cw > room and lo > line_start:
                    lines.append(_line(para, style, line_start, lo, lvl, bold))
                    line_start, line_w = lo, 0.0
                line_w += cw
        else:
            line_w += _width(para, style, a_start, a_end, lvl.size, bold)
        last_end = a_end
    lines.append(_line(para, style, line_start, len(text), lvl, bold))
    return lines


def space_before(para: Para, style: FrameStyle) -> float:
    """Return the space above a paragraph: none for a second language, which sits right under the first."""
    return 0.0 if para.scale < 1.0 else style.level(para.level).space_before


def _scaled(lvl: LevelStyle, scale: float) -> LevelStyle:
    return lvl if scale == 1.0 else replace(lvl, size=lvl.size * scale)


def _line(para: Para, style: FrameStyle, start: int, end: int, lvl: LevelStyle, bold: bool) -> Line:
    scripts = frozenset(script_of(ch) for ch in para.text[start:end] if not ch.isspace())
    height = style.measurer.line_height(lvl.size, scripts, bold) * lvl.line_spacing
    return Line(start, end, height)


def para_height(para: Para, style: FrameStyle) -> float:
    """Return the height of a paragraph in points, with the space before it."""
    return space_before(para, style) + sum(line.height for line in wrap(para, style))


def text_height(paras: list[Para], style: FrameStyle) -> float:
    """Return the height of paragraphs stacked in a frame."""
    return sum(para_height(p, style) for p in paras)


def fits(paras: list[Para], style: FrameStyle) -> bool:
    """Return whether the paragraphs fit in the frame."""
    return text_height(paras, style) <= style.height * HEIGHT_SAFETY


def paginate(paras: list[Para], style: FrameStyle) -> list[list[Para]]:
    """Split paragraphs into pages that each fit the frame, cutting long paragraphs between lines."""
    room = style.height * HEIGHT_SAFETY
    pages: list[list[Para]] = [[]]
    used = 0.0
    queue = list(paras)
    # Each paragraph is wrapped once: the tail of a cut paragraph keeps the lines it already had
    # (greedy wrapping from a line's start is the same), so a long text costs one pass, not one per slide.
    wrapped: dict[int, list[Line]] = {}

    def lines_of(para: Para) -> list[Line]:
        found = wrapped.get(id(para))
        if found is None:
            found = wrapped[id(para)] = wrap(para, style)
        return found

    def height_of(para: Para) -> float:
        return space_before(para, style) + sum(line.height for line in lines_of(para))

    while queue:
        para = queue.pop(0)
        h = height_of(para)
        if used + h <= room:
            pages[-1].append(para)
            used += h
            continue
        lines = lines_of(para)
        fit_lines, acc = 0, space_before(para, style)
        for line in lines:
            if used + acc + line.height > room:
                break
            acc += line.height
            fit_lines += 1
        # Cut the paragraph if at least two lines fit here and two go on (no line alone on either
        # slide), or if it could never fit whole.
        whole_fits = h <= room
        if fit_lines >= 1 and fit_lines < len(lines) and (
            not pages[-1] or (fit_lines >= 2 and (len(lines) - fit_lines >= 2 or not whole_fits))
        ):
            cut = lines[fit_lines].start
            head, tail = para.split_at(cut)
            wrapped[id(head)] = lines[:fit_lines]
            wrapped[id(tail)] = [Line(line.start - cut, line.end - cut, line.height) for line in lines[fit_lines:]]
            pages[-1].append(head)
            queue.insert(0, tail)
            pages.append([])
            used = 0.0
            continue
        if not pages[-1]:
            # Not even one line fits an empty frame: place it anyway rather than loop.
            pages[-1].append(para)
            pages.append([])
            used = 0.0
            continue
        # What must stay with the paragraph after it (a heading, a survey question, a Chinese line
        # before its English) moves on with it, unless that would leave the slide empty.
        chain = 0
        while chain < len(pages[-1]) and pages[-1][-1 - chain].keeps_with_next:
            chain += 1
        moved = pages[-1][len(pages[-1]) - chain:] if 0 < chain < len(pages[-1]) else []
        if moved:
            del pages[-1][len(pages[-1]) - chain:]
        pages.append(moved)
        used = sum(height_of(m) for m in moved)
        queue.insert(0, para)
    pages = [p for p in pages if p] or [[]]
    _no_lone_line(pages, room, lines_of, height_of)
    return pages


def _no_lone_line(pages: list[list[Para]], room: float, lines_of, height_of) -> None:
    """Give a last slide holding one line alone the paragraph before it (with its keep chain), if both fit."""
    if len(pages) < 2 or len(pages[-1]) != 1 or len(lines_of(pages[-1][0])) > 1:
        return
    take = 1
    while take < len(pages[-2]) and pages[-2][-1 - take].keeps_with_next:
        take += 1
    moving = pages[-2][-take:]
    if take >= len(pages[-2]) or sum(height_of(p) for p in moving + pages[-1]) > room:
        return
    del pages[-2][-take:]
    pages[-1][:0] = moving
