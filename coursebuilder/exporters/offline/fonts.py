"""The Khmer and Lao fonts a package carries: the shipped Noto fonts cut down to the characters used.

Many phones in Cambodia and Laos, and most elsewhere, have no Khmer or Lao font, and show boxes. A
package whose text uses those scripts carries Noto Sans Khmer or Noto Sans Lao (SIL Open Font
License, ``resources/fonts/``) as WOFF2 holding only the characters the course uses, with their
shaping tables; ``unicode-range`` lets a browser fetch a font only for a page that shows the script.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from importlib.metadata import version
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from ...appdirs import cache_dir
from ...resources import resource_dir

FONT_DIR = resource_dir("fonts")
LICENCE = "OFL.txt"
#: Joiners and the dotted circle a shaper puts under a lone mark: part of every subset and range.
_SHAPING = (0x200B, 0x200C, 0x200D, 0x25CC)


@dataclass(frozen=True)
class WebFont:
    """A shipped font for one script: its family name, the characters it covers and its files by weight."""

    family: str
    script: str
    blocks: tuple[tuple[int, int], ...]
    files: tuple[tuple[int, str], ...]

    def covers(self, ch: str) -> bool:
        """Return whether a character is one this font is for."""
        cp = ord(ch)
        return any(first <= cp <= last for first, last in self.blocks)

    def unicode_range(self) -> str:
        """Return the CSS ``unicode-range`` of the font's script."""
        parts = [f"U+{a:04X}-{b:04X}" for a, b in self.blocks] + ["U+200B-200D", "U+25CC"]
        return ", ".join(parts)


WEB_FONTS = (
    WebFont("Noto Sans Khmer", "km", ((0x1780, 0x17FF), (0x19E0, 0x19FF)),
            ((400, "NotoSansKhmer-Regular.ttf"), (700, "NotoSansKhmer-Bold.ttf"))),
    WebFont("Noto Sans Lao", "lo", ((0x0E80, 0x0EFF),),
            ((400, "NotoSansLao-Regular.ttf"), (700, "NotoSansLao-Bold.ttf"))),
)


@dataclass(frozen=True)
class FontFile:
    """One subset font of the package."""

    name: str
    family: str
    weight: int
    data: bytes
    #: How many of the course's characters it holds.
    characters: int


def texts_of(*objects: Any) -> str:
    """Return every text of courses, dictionaries and lists, joined (what a subset must be able to show)."""
    out: list[str] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, str):
            out.append(obj)
        elif isinstance(obj, dict):
            for k, v in obj.items():
                walk(k)
                walk(v)
        elif isinstance(obj, (list, tuple, set)):
            for x in obj:
                walk(x)
        elif is_dataclass(obj) and not isinstance(obj, type):
            for f in fields(obj):
                walk(getattr(obj, f.name))

    for obj in objects:
        walk(obj)
    return "\n".join(out)


def subset_fonts(text: str) -> list[FontFile]:
    """Return a WOFF2 subset of each shipped font whose script the text uses (none for other text)."""
    files = []
    unique = set(text)  # a course's text is long; its distinct characters are few
    for font in WEB_FONTS:
        chars = sorted(ch for ch in unique if font.covers(ch))
        if not chars:
            continue
        unicodes = [ord(c) for c in chars] + list(_SHAPING)
        for weight, source in font.files:
            stem = source.rsplit(".", 1)[0]
            files.append(FontFile(f"assets/fonts/{stem}.woff2", font.family, weight,
                                  _cached_subset(FONT_DIR / source, unicodes), len(chars)))
    return files


def _cached_subset(path, unicodes: list[int]) -> bytes:
    """Return a subset from the cache, made once per font, characters and fontTools version.

    Subsetting takes a second or two; exporting again after a text edit that adds no new character
    must not pay it again.
    """
    key = hashlib.sha256(f"{path.name}:{path.stat().st_size}:{version('fonttools')}:"
                         f"{','.join(map(str, sorted(unicodes)))}".encode()).hexdigest()
    cached = cache_dir() / "fonts" / f"{key}.woff2"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    data = _subset(path, unicodes)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f".{key}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, cached)
    except OSError:
        pass  # a cache that cannot be written only costs time
    return data


def _subset(path, unicodes: list[int]) -> bytes:
    # Imported here: only a course with Khmer or Lao text pays for loading fontTools.
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = ["*"]          # Khmer and Lao need every shaping feature
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # the copyright and licence stay in the font
    options.flavor = "woff2"
    options.hinting = False                  # phones scale glyphs smoothly without hints; a third smaller
    options.desubroutinize = True
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    font = TTFont(path)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()


def font_face_css(files: list[FontFile], url) -> str:
    """Return ``@font-face`` rules for the package's fonts; ``url(file)`` gives each file's address."""
    ranges = {f.family: f.unicode_range() for f in WEB_FONTS}
    return "".join(
        f'@font-face {{ font-family: "{f.family}"; font-style: normal; font-weight: {f.weight}; '
        f'font-display: swap; src: url("{url(f)}") format("woff2"); unicode-range: {ranges[f.family]}; }}\n'
        for f in files)
