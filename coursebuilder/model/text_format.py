"""Markdown formatting of a selection, as the editor's formatting buttons apply it.

Each function takes the whole text and the selected range and returns the smallest edit that
formats it (or, pressed again, removes the formatting), plus what to select afterwards, so a
lecturer who does not know Markdown can still write bold, headings, lists and links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TextEdit:
    """Replace ``text[start:end]`` with ``insert``, then select ``select`` (positions in the new text)."""

    start: int
    end: int
    insert: str
    select: tuple[int, int]

    def apply(self, text: str) -> str:
        """Return ``text`` with the edit made."""
        return text[:self.start] + self.insert + text[self.end:]


def wrap(text: str, start: int, end: int, marker: str, placeholder: str) -> TextEdit:
    """Put ``marker`` around the selection (``**`` bold, ``*`` italic), or take it away if already there."""
    start, end = sorted((start, end))
    n = len(marker)
    selected = text[start:end]
    inner = selected.strip()
    # Markers just outside the selection: **[word]** selected without its stars.
    if start >= n and text[start - n:start] == marker and text[end:end + n] == marker and not _longer_run(text, start - n, end + n, marker):
        return TextEdit(start - n, end + n, selected, (start - n, end - n))
    # Markers inside the selection: [**word**] selected with its stars.
    if len(selected) >= 2 * n and selected.startswith(marker) and selected.endswith(marker) and not _bold_inside(selected, marker):
        body = selected[n:-n]
        return TextEdit(start, end, body, (start, start + len(body)))
    if not inner:
        # Nothing selected: a placeholder, selected so typing replaces it.
        return TextEdit(start, end, f"{marker}{placeholder}{marker}", (start + n, start + n + len(placeholder)))
    # Markdown ignores "** word**": keep the selection's outer spaces outside the markers.
    lead = len(selected) - len(selected.lstrip())
    trail = len(selected) - len(selected.rstrip())
    insert = f"{selected[:lead]}{marker}{inner}{marker}{selected[len(selected) - trail:]}"
    return TextEdit(start, end, insert, (start + lead + n, start + lead + n + len(inner)))


def _longer_run(text: str, a: int, b: int, marker: str) -> bool:
    # "*" next to "**word**" is bold, not italic: a lone star just outside is part of a longer run.
    return marker == "*" and ((a > 0 and text[a - 1] == "*") or text[b:b + 1] == "*")


def _bold_inside(selected: str, marker: str) -> bool:
    return marker == "*" and selected.startswith("**") and not selected.startswith("***")


def _line_span(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = sorted((start, end))
    a = text.rfind("\n", 0, start) + 1
    if end > start and end > 0 and text[end - 1] == "\n":
        end -= 1  # a selection ending at a line start does not take in that line
    b = text.find("\n", end)
    return a, len(text) if b < 0 else b


_HEADING = re.compile(r"^#{1,6}\s+")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_NUMBER = re.compile(r"^\s*\d+[.)]\s+")


def prefix_lines(text: str, start: int, end: int, kind: str) -> TextEdit:
    """Make the selected lines a heading ("heading"), a list ("bullets") or a numbered list ("numbers").

    Pressed on lines that already are one, the formatting is taken away.
    """
    a, b = _line_span(text, start, end)
    lines = text[a:b].split("\n")
    rx = {"heading": _HEADING, "bullets": _BULLET, "numbers": _NUMBER}[kind]
    written = [line for line in lines if line.strip()]
    if written and all(rx.match(line) for line in written):
        new = [rx.sub("", line, count=1) for line in lines]
    else:
        new = []
        number = 0
        for line in lines:
            if not line.strip():
                new.append(line)
                continue
            bare = line
            for other in (_HEADING, _BULLET, _NUMBER):
                bare = other.sub("", bare, count=1)
            number += 1
            prefix = {"heading": "## ", "bullets": "- ", "numbers": f"{number}. "}[kind]
            new.append(prefix + bare)
    insert = "\n".join(new)
    return TextEdit(a, b, insert, (a, a + len(insert)))


def link(text: str, start: int, end: int, placeholder: str, url: str = "https://") -> TextEdit:
    """Make the selection a link ``[words](https://)`` with the address selected for typing."""
    start, end = sorted((start, end))
    words = text[start:end].strip() or placeholder
    if re.fullmatch(r"https?://\S+", words):
        words, url = placeholder, words
    insert = f"[{words}]({url})"
    at = start + len(words) + 3
    return TextEdit(start, end, insert, (at, at + len(url)))
