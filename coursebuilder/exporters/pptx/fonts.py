"""Find the font files that will draw the slides on this machine and measure text with them.

Text is measured with Pillow on real font files: the theme's fonts where this machine
has them, otherwise their metric-compatible twins (Liberation Sans for Arial, Carlito
for Calibri, ...) which fontconfig's aliases pick, as LibreOffice does. When no font
file can be found at all, a cautious estimate is used so text still never overflows.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont

from ...resources import resource_dir

from ...presentation.scripts import script_of
from .scripts import CS_FONTS, EA_FONTS, slot_of

#: Size at which fonts are opened; lengths are scaled from it.
_REF = 200
#: Height of a single-spaced line in em, as PowerPoint sets it.
LINE_RATIO = 1.2018 + 0.0034
#: Height of a single-spaced line with Khmer, Lao, Thai or Arabic in it, in em (measured: see _line_height).
CS_LINE_RATIO = 1.25
#: Scripts that stack marks under the baseline (a Khmer subscript with a vowel below it), and the room
#: (em) kept under a bottom-aligned title whose last line has them: LibreOffice drew ខ្លួ 0.2 em past the line.
STACKED_BELOW = frozenset({"km", "lo", "th"})
BELOW_ROOM = 0.3

# Fonts looked for by file name where fontconfig is missing (Windows, macOS).
_FILES = {
    "arial": ("arial.ttf", "Arial.ttf", "LiberationSans-Regular.ttf"),
    "arial:bold": ("arialbd.ttf", "Arial Bold.ttf", "LiberationSans-Bold.ttf"),
    "arial:italic": ("ariali.ttf", "Arial Italic.ttf", "LiberationSans-Italic.ttf"),
    "arial:bold:italic": ("arialbi.ttf", "Arial Bold Italic.ttf", "LiberationSans-BoldItalic.ttf"),
    "courier new": ("cour.ttf", "Courier New.ttf", "LiberationMono-Regular.ttf"),
    "courier new:bold": ("courbd.ttf", "Courier New Bold.ttf", "LiberationMono-Bold.ttf"),
    "microsoft yahei": ("msyh.ttc", "msyh.ttf", "PingFang.ttc", "NotoSansCJK-Regular.ttc"),
    "microsoft yahei:bold": ("msyhbd.ttc", "msyhbd.ttf", "PingFang.ttc", "NotoSansCJK-Bold.ttc"),
    "leelawadee ui": ("LeelawUI.ttf",),
    "leelawadee ui:bold": ("LeelaUIb.ttf",),
    "khmer ui": ("KhmerUI.ttf",),
    "khmer ui:bold": ("KhmerUIb.ttf",),
    "lao ui": ("LaoUI.ttf",),
    "lao ui:bold": ("LaoUIb.ttf",),
    "khmer sangam mn": ("Khmer Sangam MN.ttf",),
    "lao sangam mn": ("Lao Sangam MN.ttf",),
    "noto sans khmer": ("NotoSansKhmer-Regular.ttf",),
    "noto sans khmer:bold": ("NotoSansKhmer-Bold.ttf",),
    "noto sans lao": ("NotoSansLao-Regular.ttf",),
    "noto sans lao:bold": ("NotoSansLao-Bold.ttf",),
}

_FONT_DIRS = (
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
    Path.home() / "AppData/Local/Microsoft/Windows/Fonts",
    Path("/System/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
    Path("/Library/Fonts"),
    Path.home() / "Library/Fonts",
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/truetype/noto"),
    # The Noto Sans Khmer and Lao the app ships for phone packages, so measuring never lacks them.
    resource_dir("fonts"),
)


@dataclass(frozen=True)
class FontFace:
    """A font file (and face index in a collection) found for a requested font."""

    path: str
    index: int
    family: str


@functools.lru_cache(maxsize=None)
def find_face(request: str) -> FontFace | None:
    """Return the font file that draws a fontconfig-style request such as ``Arial:bold``."""
    if shutil.which("fc-match"):
        try:
            out = subprocess.run(
                ["fc-match", "-f", "%{file}\n%{index}\n%{family[0]}", request],
                capture_output=True, text=True, timeout=10, check=True,
            ).stdout.split("\n")
            if out[0] and Path(out[0]).is_file():
                return FontFace(out[0], int(out[1] or 0), out[2])
        except (OSError, subprocess.SubprocessError, ValueError, IndexError):
            pass
    key = ":".join(p for p in request.lower().split(":") if not p.startswith("lang="))
    for name in _FILES.get(key, _FILES.get(key.split(":")[0], ())):
        for folder in _FONT_DIRS:
            if (folder / name).is_file():
                return FontFace(str(folder / name), 0, name)
    return None


@functools.lru_cache(maxsize=None)
def _open(request: str):
    face = find_face(request)
    if face is None:
        return None
    try:
        return ImageFont.truetype(face.path, _REF, index=face.index)
    except OSError:
        return None


def _request(family: str, bold: bool, italic: bool, lang: str = "") -> str:
    parts = [family]
    if bold:
        parts.append("bold")
    if italic:
        parts.append("italic")
    if lang:
        parts.append(f"lang={lang}")
    return ":".join(parts)


class Measurer:
    """Measure text in points for a run's fonts: Latin, East Asian and complex-script slots."""

    def __init__(self, latin: str, ea_match: str, code_font: str = "Courier New"):
        self.latin = latin
        self.ea_match = ea_match
        self.code_font = code_font
        # Caches per measurer: a cache on the method itself would keep every measurer alive.
        self.width = functools.lru_cache(maxsize=65536)(self._width)
        self.line_height = functools.lru_cache(maxsize=1024)(self._line_height)

    def _font_for(self, script: str, bold: bool, italic: bool, code: bool):
        slot = slot_of(script)
        if slot == "ea":
            base, _, lang = self.ea_match.partition(":lang=")
            if script == "ja":
                base, _, lang = EA_FONTS["ja"].match.partition(":lang=")
            elif script == "ko":
                base, _, lang = EA_FONTS["ko"].match.partition(":lang=")
            return _open(_request(base, bold, False, lang))
        if slot == "cs":
            found = _cs_fonts(script, bold)
            return found[0] if found else None
        return _open(_request(self.code_font if code else self.latin, bold, italic))

    def _width(self, text: str, size: float, bold: bool = False, italic: bool = False, code: bool = False) -> float:
        """Return the advance width of a text in points at a font size."""
        # raqm refuses to lay out a line break; one in a title or cell is as wide as a space.
        text = text.replace("\n", " ")
        total = 0.0
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or slot_of(script_of(text[i])) != slot_of(script_of(text[start])):
                if i < len(text):
                    total += autospace(text[i - 1], text[i]) * _REF
                piece = text[start:i]
                script = script_of(piece[0])
                if slot_of(script) == "cs" and script in CS_FONTS:
                    # Drawn by whichever of the script's fonts a machine has: room for the widest.
                    widths = [f.getlength(piece) for f in _cs_fonts(script, bold)]
                    total += max(widths) if widths else _estimate(piece) * _REF
                    start = i
                    continue
                font = self._font_for(script, bold, italic, code)
                if font is None:
                    total += _estimate(piece) * _REF
                else:
                    total += font.getlength(piece)
                start = i
        return total * size / _REF

    def _line_height(self, size: float, scripts: frozenset, bold: bool = False) -> float:
        """Return the height in points of one line at 100% spacing with these scripts in it.

        PowerPoint sets a single-spaced line at about 1.2018 em + 0.0034 em whatever the
        font, Chinese included (measured on Office 2016 and 365); LibreOffice uses the
        font's own height, 1.2 em for Arial and for Chinese here. A Latin font taller
        than that is taken at its own height. Khmer and Lao lines, with their stacked vowels
        and subscripts, came out at 1.20-1.22 em in LibreOffice (Noto Sans Khmer, DejaVu Sans);
        they are given 1.25 em, not the fonts' own ascent and descent (1.36 em for Noto Sans
        Khmer, 1.65 for Noto Sans Lao), which no renderer uses for single spacing.
        """
        ratio = LINE_RATIO
        font = self._font_for("latin", bold, False, False)
        if font is not None:
            ascent, descent = font.getmetrics()
            ratio = max(ratio, (ascent + descent) / _REF)
        if any(slot_of(s) == "cs" for s in scripts):
            ratio = max(ratio, CS_LINE_RATIO)
        return ratio * size


@functools.lru_cache(maxsize=None)
def _cs_fonts(script: str, bold: bool) -> list:
    """Return every distinct font file on this machine that may draw a complex script's slide text.

    The font the deck names, what fontconfig puts in its place (what LibreOffice draws with
    here) and the script's fonts of other systems, each only if it has the script's letters.
    """
    slot = CS_FONTS.get(script)
    if slot is None:
        return []
    lang = slot.match.partition(":lang=")[2]
    found, seen = [], set()
    for family in (slot.typeface, *slot.also):
        face = find_face(_request(family, bold, False, lang))
        if face is None or (face.path, face.index) in seen or not _covers(face, lang):
            continue
        seen.add((face.path, face.index))
        font = _open(_request(family, bold, False, lang))
        if font is not None:
            found.append(font)
    return found


@functools.lru_cache(maxsize=None)
def _lang_files(lang: str) -> frozenset[str] | None:
    """Return the font files fontconfig says cover a language, or None without fontconfig."""
    if not shutil.which("fc-list"):
        return None
    try:
        out = subprocess.run(["fc-list", f":lang={lang}", "file"], capture_output=True, text=True, timeout=10,
                             check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return frozenset(line.strip().rstrip(":") for line in out.splitlines() if line.strip())


def _covers(face: FontFace, lang: str) -> bool:
    # fontconfig answers a missing family with its best match, which may lack the script.
    files = _lang_files(lang)
    return files is None or face.path in files or not lang


def autospace(before: str, after: str) -> float:
    """Return the space (em) LibreOffice adds between an East Asian and a Latin character.

    LibreOffice, like Word, puts a quarter em between Chinese and Latin text that touch;
    PowerPoint does not, so counting it only makes room to spare there.
    """
    if before.isspace() or after.isspace():
        return 0.0
    return 0.25 if (slot_of(script_of(before)) == "ea") != (slot_of(script_of(after)) == "ea") else 0.0


def _estimate(text: str) -> float:
    # Wide enough for any common font: full-width for East Asian, 0.62 em otherwise.
    return sum(1.0 if slot_of(script_of(ch)) == "ea" else 0.62 for ch in text)
