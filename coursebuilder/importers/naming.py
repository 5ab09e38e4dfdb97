"""Turn file and folder names into titles, and sort them as people count."""

from __future__ import annotations

import re
import unicodedata

_DIGITS = re.compile(r"(\d+)", re.ASCII)
_NUMBER_PREFIX = re.compile(r"^\s*\d+(?:[.\-_ ]+|$)", re.ASCII)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def natural_key(name: str) -> list:
    """Return a sort key putting ``lesson-2`` before ``lesson-10``."""
    folded = unicodedata.normalize("NFC", name).casefold()
    return [int(part) if i % 2 else part for i, part in enumerate(_DIGITS.split(folded))]


def title_from_name(name: str) -> str:
    """Return a readable title from a file or folder name: ``02-filming_tips`` → ``Filming tips``."""
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    rest = _NUMBER_PREFIX.sub("", stem) or stem
    words = re.sub(r"[_\-]+", " ", rest).strip()
    if not words:
        return stem
    return words[0].upper() + words[1:]


def guess_language(texts, default: str = "en") -> str:
    """Return ``zh-Hans`` when Chinese characters make up much of the text, else ``default``."""
    letters = cjk = 0
    for text in texts:
        for ch in text:
            if ch.isalpha():
                letters += 1
                if _CJK.match(ch):
                    cjk += 1
    return "zh-Hans" if letters and cjk / letters > 0.2 else default
