"""Where a line may break in Khmer, Lao and Thai, which put no spaces between words.

ICU's line breaker (through icu4py, which bundles ICU and its Khmer, Lao and Thai word
dictionaries) finds the word boundaries, as LibreOffice's own ICU does when it lays the
slide out. Without ICU (a build that lacks it) lines break between orthographic
syllables: never inside a base consonant with its subscripts (coeng + consonant), vowel
signs and marks, nor after a Lao or Thai vowel written before its consonant.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ...presentation.scripts import script_of

#: Scripts written without spaces between words.
SPACELESS = frozenset({"km", "lo", "th"})

try:
    from icu4py.breakers import CharacterBreaker, LineBreaker
except ImportError:  # pragma: no cover - every supported platform has a wheel
    CharacterBreaker = LineBreaker = None  # type: ignore[assignment,misc]

# Signs that join the next character into the same syllable: Khmer coeng, Thai phinthu, Lao virama, ZWJ.
_JOINS_NEXT = frozenset("\u17d2\u0e3a\u0eba\u200d")
# Lao and Thai vowels written before the consonant they follow in speech.
_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")


def icu_available() -> bool:
    """Return whether ICU's dictionary line breaking is at hand."""
    return LineBreaker is not None


@functools.lru_cache(maxsize=8192)
def clusters(text: str) -> tuple[int, ...]:
    """Return the offsets between the user-perceived characters of a text (0 and len excluded)."""
    if CharacterBreaker is not None:
        return tuple(end for _start, end in CharacterBreaker(text, "km").segments() if end < len(text))
    cuts = []
    for i in range(1, len(text)):
        ch, before = text[i], text[i - 1]
        if unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in "\u200c\u200d":
            continue
        if before in _JOINS_NEXT or before in _LEADING:
            continue
        cuts.append(i)
    return tuple(cuts)


def cut(text: str, n: int) -> str:
    """Return the first ``n`` characters of a text, fewer if the n-th is inside a character (a Khmer syllable)."""
    if n >= len(text):
        return text
    ends = [c for c in clusters(text[: n + 8]) if c <= n]
    return text[: ends[-1]] if ends else ""


@functools.lru_cache(maxsize=8192)
def _run_breaks(run: str, script: str) -> tuple[int, ...]:
    if LineBreaker is not None:
        return tuple(start for start, _end in LineBreaker(run, script).segments() if start > 0)
    return clusters(run)


# Runs of Thai, Lao or Khmer letters (the blocks of SPACELESS), found in C: most slide text has none.
_RUN = re.compile("[\u0e00-\u0eff\u1780-\u17ff\u19e0-\u19ff]+")
_NONE: frozenset[int] = frozenset()


def spaceless_breaks(text: str) -> frozenset[int]:
    """Return the offsets inside Khmer, Lao and Thai runs of a text where a new line may start."""
    if not _RUN.search(text):
        return _NONE
    found: set[int] = set()
    for run in _RUN.finditer(text):
        start, piece = run.start(), run.group()
        # A run may hold two of the scripts (Thai next to Lao): each part gets its own dictionary.
        i = 0
        while i < len(piece):
            script = script_of(piece[i])
            j = i + 1
            while j < len(piece) and script_of(piece[j]) == script:
                j += 1
            found.update(start + i + b for b in _run_breaks(piece[i:j], script))
            if i:
                found.add(start + i)
            i = j
    return frozenset(found)
