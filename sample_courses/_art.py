"""Drawing helpers for the sample courses' illustrations, worksheets and video frames."""

from __future__ import annotations

import io
import math
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
#: Index of the Simplified Chinese face inside the Noto Sans CJK collection.
SC_INDEX = 2
#: Fixed date written into PDFs so a rebuild gives the same bytes.
PDF_DATE = time.gmtime(1772442000)  # 2026-03-02 09:00 UTC

INK = (38, 41, 46)
GREY = (120, 124, 130)
LIGHT = (236, 238, 240)
PAPER = (252, 250, 245)
WHITE = (255, 255, 255)
GREEN = (46, 125, 50)
LEAF = (129, 199, 132)
ORANGE = (239, 108, 0)
PEACH = (255, 204, 128)
BLUE = (30, 96, 160)
SKY = (187, 222, 251)
RED = (198, 40, 40)
ROSE = (244, 143, 177)
PURPLE = (106, 27, 154)
LAVENDER = (209, 196, 233)
BROWN = (121, 85, 72)
SAND = (230, 210, 170)
YELLOW = (251, 192, 45)

_fonts: dict[tuple[int, bool], ImageFont.FreeTypeFont] = {}


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Return Noto Sans CJK SC at ``size`` pixels; it draws Chinese and Latin alike."""
    key = (size, bold)
    if key not in _fonts:
        path = FONT_DIR / ("NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc")
        if not path.exists():
            raise SystemExit(f"{path} is missing; install fonts-noto-cjk to draw the sample pictures")
        _fonts[key] = ImageFont.truetype(str(path), size, index=SC_INDEX)
    return _fonts[key]


class Canvas:
    """An RGB picture with the drawing moves the illustrations share."""

    def __init__(self, width: int, height: int, background=PAPER):
        self.im = Image.new("RGB", (width, height), background)
        self.d = ImageDraw.Draw(self.im)
        self.width, self.height = width, height

    def text(self, xy, s: str, size: int = 28, fill=INK, bold=False, anchor="la", align="left"):
        """Draw text; ``anchor`` follows Pillow (``mm`` centres it)."""
        self.d.multiline_text(xy, s, font=font(size, bold), fill=fill, anchor=anchor, align=align, spacing=size // 3)

    def wrapped(self, xy, s: str, width: int, size: int = 26, fill=INK, bold=False) -> int:
        """Draw text wrapped to ``width`` pixels; return the y below it."""
        x, y = xy
        for line in wrap(s, width, font(size, bold)):
            self.d.text((x, y), line, font=font(size, bold), fill=fill)
            y += int(size * 1.4)
        return y

    def box(self, rect, fill=WHITE, outline=INK, width=3, radius=16):
        """Draw a rounded box."""
        self.d.rounded_rectangle(rect, radius=radius, fill=fill, outline=outline, width=width)

    def arrow(self, start, end, fill=INK, width=5, head=18):
        """Draw a straight arrow from ``start`` to ``end``."""
        self.d.line([start, end], fill=fill, width=width)
        angle = math.atan2(end[1] - start[1], end[0] - start[0])
        left = (end[0] - head * math.cos(angle - 0.45), end[1] - head * math.sin(angle - 0.45))
        right = (end[0] - head * math.cos(angle + 0.45), end[1] - head * math.sin(angle + 0.45))
        self.d.polygon([end, left, right], fill=fill)

    def badge(self, centre, label: str, fill=ORANGE, radius=24, size=28):
        """Draw a numbered circle, as used for steps."""
        x, y = centre
        self.d.ellipse([x - radius, y - radius, x + radius, y + radius], fill=fill)
        self.text((x, y), label, size=size, fill=WHITE, bold=True, anchor="mm")

    def phone(self, rect, screen=SKY, body=INK):
        """Draw a phone seen from the front; return the screen rectangle."""
        x0, y0, x1, y1 = rect
        self.d.rounded_rectangle(rect, radius=min(x1 - x0, y1 - y0) // 8, fill=body)
        pad = max(6, (x1 - x0) // 14)
        inner = (x0 + pad, y0 + pad * 2, x1 - pad, y1 - pad * 2)
        self.d.rectangle(inner, fill=screen)
        return inner

    def title_bar(self, title: str, subtitle: str = "", fill=GREEN, height=96):
        """Draw a coloured band with a title across the top."""
        self.d.rectangle([0, 0, self.width, height], fill=fill)
        self.text((32, height // 2), title, size=40 if not subtitle else 36, fill=WHITE, bold=True, anchor="lm")
        if subtitle:
            self.text((self.width - 32, height // 2), subtitle, size=24, fill=WHITE, anchor="rm")

    def footer(self, s: str = "CourseBuilder sample course · CC BY 4.0"):
        """Write the credit line along the bottom edge."""
        self.text((self.width - 16, self.height - 12), s, size=16, fill=GREY, anchor="rd")

    def png(self, colours: int = 0) -> bytes:
        """Return the picture as PNG, optionally reduced to a palette for flat drawings."""
        im = self.im.quantize(colours, dither=Image.Dither.NONE) if colours else self.im
        return png_bytes(im)

    def jpeg(self, quality: int = 82) -> bytes:
        """Return the picture as a baseline JPEG."""
        buf = io.BytesIO()
        self.im.save(buf, "JPEG", quality=quality, optimize=True)
        return buf.getvalue()


def png_bytes(im: Image.Image) -> bytes:
    """Return an image as PNG bytes."""
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def wrap(s: str, width: int, f: ImageFont.FreeTypeFont) -> list[str]:
    """Split text into lines no wider than ``width``; Chinese breaks between characters."""
    lines: list[str] = []
    for para in s.split("\n"):
        line = ""
        for token in _tokens(para):
            trial = line + token
            if line and f.getlength(trial) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = trial
        lines.append(line.rstrip())
    return lines


def _tokens(s: str) -> list[str]:
    """Return words (with their trailing space) and single CJK characters."""
    out: list[str] = []
    word = ""
    for ch in s:
        if ord(ch) >= 0x2E80:
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        else:
            word += ch
            if ch == " ":
                out.append(word)
                word = ""
    if word:
        out.append(word)
    return out


def worksheet_pdf(pages: list[Image.Image], title: str) -> bytes:
    """Return printable A4 pages (drawn at 100 dpi) as one PDF with a fixed date."""
    buf = io.BytesIO()
    first, *rest = [p.convert("L") for p in pages]
    first.save(
        buf,
        "PDF",
        resolution=100,
        save_all=True,
        append_images=rest,
        title=title,
        author="CourseBuilder sample team",
        creator="sample_courses/build_samples.py",
        producer="Pillow",
        creationDate=PDF_DATE,
        modDate=PDF_DATE,
        quality=70,
    )
    return buf.getvalue()


def a4_page() -> Canvas:
    """Return a blank A4 page at 100 dpi."""
    return Canvas(827, 1169, background=WHITE)


def ruled_lines(c: Canvas, x0: int, y0: int, x1: int, rows: int, gap: int = 44) -> int:
    """Draw writing lines; return the y below the last one."""
    for i in range(rows):
        y = y0 + (i + 1) * gap
        c.d.line([(x0, y), (x1, y)], fill=(170, 170, 170), width=1)
    return y0 + rows * gap + gap // 2


def table(c: Canvas, x0: int, y0: int, widths: list[int], rows: list[list[str]], row_h: int = 46, size: int = 20) -> int:
    """Draw a grid with text cells (first row bold); return the y below it."""
    y = y0
    for r, row in enumerate(rows):
        x = x0
        for w, cell in zip(widths, row):
            c.d.rectangle([x, y, x + w, y + row_h], outline=INK, width=1, fill=LIGHT if r == 0 else None)
            c.text((x + 8, y + row_h // 2), cell, size=size, bold=r == 0, anchor="lm")
            x += w
        y += row_h
    return y
