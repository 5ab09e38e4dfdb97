"""Make text fit for every output: one kind of line break, no control characters, safe links.

Text arrives from Word, PowerPoint, hand-edited YAML and the clipboard with characters that no
export can hold: PowerPoint's line break is a vertical tab, Word pastes form feeds and NUL, and
U+FFFE is not a character at all. XML (decks, pages) refuses most of them. This module is the one
place that says what becomes of them; it is applied where text enters and again by exporters.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any
from urllib.parse import urlsplit

#: Link schemes any export may write; everything else (smb:, ms-msdt:, search-ms:, file:,
#: javascript:) can run code or leak credentials when a trainee clicks it.
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})

# Line and paragraph breaks of other systems, and what each becomes.
_BREAKS = {"\r\n": "\n", "\r": "\n", "\v": "\n", "\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_BREAK_RE = re.compile("|".join(re.escape(k) for k in _BREAKS))
# C0 and C1 controls except tab and newline, DEL, lone surrogates and the non-characters.
_DROP_RE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"\\U{p:04x}fffe\\U{p:04x}ffff" for p in range(1, 17))
    + "]"
)
_NAMES = {"\v": "vertical tab", "\f": "page break", "\u2028": "line separator", "\u2029": "paragraph separator",
          "\x85": "next-line character"}


def clean_text(text: str) -> tuple[str, list[str]]:
    """Return the text with breaks as ``\\n`` and unusable characters removed, and what changed."""
    if text.isascii() and text.isprintable():
        return text, []  # the common case, checked in C
    changes: list[str] = []
    mapped = {ch for ch in set(text) if ch in _NAMES}
    for ch in sorted(mapped):
        n = text.count(ch)
        changes.append(f"{n} {_NAMES[ch]}{'s' if n > 1 else ''} became line break{'s' if n > 1 else ''}")
    text = _BREAK_RE.sub(lambda m: _BREAKS[m.group()], text)
    dropped = len(_DROP_RE.findall(text))
    if dropped:
        text = _DROP_RE.sub("", text)
        changes.append(f"{dropped} invisible control character{'s' if dropped > 1 else ''} removed")
    return text, changes


def clean_course_text(obj: Any, place: str = "") -> list[tuple[str, str]]:
    """Clean every text field of a course (or any model object) in place; return (place, change)."""
    found: list[tuple[str, str]] = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            here = f"{place}.{f.name}" if place else f.name
            if isinstance(value, str):
                new, changes = clean_text(value)
                if changes:
                    object.__setattr__(obj, f.name, new)
                    found += [(here, c) for c in changes]
            elif isinstance(value, (list, tuple, dict)) or dataclasses.is_dataclass(value):
                found += clean_course_text(value, here)
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            if isinstance(value, str):
                new, changes = clean_text(value)
                if changes:
                    obj[i] = new
                    found += [(f"{place}[{i}]", c) for c in changes]
            else:
                found += clean_course_text(value, f"{place}[{i}]")
    elif isinstance(obj, dict):
        for key, value in list(obj.items()):
            if isinstance(value, str):
                new, changes = clean_text(value)
                if changes:
                    obj[key] = new
                    found += [(f"{place}.{key}", c) for c in changes]
            elif isinstance(value, (list, dict)) or dataclasses.is_dataclass(value):
                found += clean_course_text(value, f"{place}.{key}")
    return found


def link_allowed(url: str) -> bool:
    """Return whether a link may be written into an export (http, https and mailto only)."""
    try:
        return urlsplit(url.strip()).scheme.lower() in ALLOWED_SCHEMES
    except ValueError:
        return False
