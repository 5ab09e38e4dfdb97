"""Which writing system each character belongs to: one table for slides, phone pages and fonts.

Khmer and Lao need their own fonts (and a ``lang`` tag) wherever they are shown, Chinese,
Japanese and Korean theirs; everything below U+0600 is drawn by a Latin font.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

# (first, last, script) ranges; the East Asian ones are what PowerPoint puts in its ea font slot.
_RANGES = (
    (0x0600, 0x06FF, "ar"), (0x0750, 0x077F, "ar"), (0x08A0, 0x08FF, "ar"),
    (0x0E00, 0x0E7F, "th"), (0x0E80, 0x0EFF, "lo"), (0x1780, 0x17FF, "km"), (0x19E0, 0x19FF, "km"),
    (0x1100, 0x11FF, "ko"), (0x3130, 0x318F, "ko"), (0xAC00, 0xD7AF, "ko"),
    (0x3040, 0x30FF, "ja"), (0x31F0, 0x31FF, "ja"),
    (0x2E80, 0x2FDF, "han"), (0x3000, 0x303F, "han"), (0x3100, 0x312F, "han"), (0x3190, 0x31EF, "han"),
    (0x3200, 0x33FF, "han"), (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"), (0xF900, 0xFAFF, "han"),
    (0xFE30, 0xFE4F, "han"), (0xFF00, 0xFFEF, "han"), (0x20000, 0x3134F, "han"),
    (0xFB50, 0xFDFF, "ar"), (0xFE70, 0xFEFF, "ar"),
)

#: The scripts this table tells apart, with the BCP 47 language tag text in them most likely has.
SCRIPT_LANGUAGE = {"han": "zh", "ja": "ja", "ko": "ko", "th": "th", "lo": "lo", "km": "km", "ar": "ar", "latin": ""}

#: ISO 15924 codes (what a theme's font scheme and CSS ``:lang`` fonts go by).
ISO_15924 = {"han": "Hans", "ja": "Jpan", "ko": "Hang", "th": "Thai", "lo": "Laoo", "km": "Khmr", "ar": "Arab",
             "latin": "Latn"}


def script_of(ch: str) -> str:
    """Return ``han``, ``ja``, ``ko``, ``th``, ``lo``, ``km``, ``ar`` or ``latin`` for a character."""
    cp = ord(ch)
    if cp < 0x0600:
        return "latin"
    if 0x4E00 <= cp <= 0x9FFF:
        return "han"  # most of a Chinese course: no need to walk the table
    return _script_of(cp)


@functools.lru_cache(maxsize=4096)
def _script_of(cp: int) -> str:
    for first, last, script in _RANGES:
        if first <= cp <= last:
            return script
    return "latin"


def scripts_in(text: str) -> set[str]:
    """Return the scripts used by the characters of a text (spaces count for none)."""
    return {script_of(ch) for ch in text if not ch.isspace()}


def script_runs(text: str) -> Iterator[tuple[str, str]]:
    """Yield (script, piece) for the runs of one script in a text; spaces and digits join the run they are in."""
    start, current = 0, ""
    for i, ch in enumerate(text):
        script = script_of(ch)
        if script == "latin" and not ch.isalpha():
            continue  # punctuation, digits and spaces belong to whatever surrounds them
        if current and script != current:
            yield current, text[start:i]
            start = i
        current = script
    if text:
        yield current or "latin", text[start:]
