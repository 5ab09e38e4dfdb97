"""GIFT escapes, comments and question blocks, kept apart from what the questions mean."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.messages import say
from .report import ImportFailure

#: Characters GIFT gives a meaning to, written with a backslash to mean themselves.
SPECIALS = "~=#{}:"
# Escaped characters are swapped for characters from a private-use plane while parsing,
# the way Moodle swaps them for placeholders, so the structure can be found with plain search.
_BASE = 0xF0000
_ESCAPABLE = "\\" + SPECIALS + "n"
_TO_MARK = {ch: chr(_BASE + i) for i, ch in enumerate(_ESCAPABLE)}
_FROM_MARK = {mark: ("\n" if ch == "n" else ch) for ch, mark in _TO_MARK.items()}
_MARKS = re.compile("[" + "".join(_FROM_MARK) + "]")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
MAX_GIFT_BYTES = 20 * 1024 * 1024


@dataclass
class Block:
    """The lines of one question (or command), comments left out, escapes marked."""

    lines: list[tuple[int, str]]
    #: The ``//`` comment lines inside the block, where Moodle keeps ``[id:...]`` and ``[tag:...]``.
    comments: list[str] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        """Return the file line the block starts on."""
        return self.lines[0][0]

    @property
    def text(self) -> str:
        """Return the block's text, lines joined."""
        return "\n".join(text for _, text in self.lines)

    def line_at(self, offset: int) -> int:
        """Return the file line holding character ``offset`` of :attr:`text`."""
        pos = 0
        for number, text in self.lines:
            pos += len(text) + 1
            if offset < pos:
                return number
        return self.lines[-1][0]


def decode(raw: bytes, name: str) -> str:
    """Return the file's text, refusing oversize and non-UTF-8 files with the line."""
    if len(raw) > MAX_GIFT_BYTES:
        raise ImportFailure(say("refuse.gift_too_big", size=len(raw) >> 20, limit=MAX_GIFT_BYTES >> 20), name)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFailure(say("refuse.not_utf8"), say("place.line", name=name, line=line)) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFailure(say("refuse.binary"), say("place.line", name=name, line=line))
    return text


def split_blocks(text: str, name: str) -> list[Block]:
    """Split GIFT text into blocks at blank lines, dropping ``//`` comment lines."""
    blocks: list[Block] = []
    current: list[tuple[int, str]] = []
    comments: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if _MARKS.search(line):
            raise ImportFailure(say("refuse.private_use"), say("place.line", name=name, line=number))
        if not line.strip():
            if current:
                blocks.append(Block(current, comments))
            current, comments = [], []
            continue
        if line.lstrip().startswith("//"):
            comments.append(line.strip()[2:])
            continue
        current.append((number, mark_escapes(line)))
    if current:
        blocks.append(Block(current, comments))
    return blocks


def mark_escapes(line: str) -> str:
    """Replace ``\\~``, ``\\=``, ``\\n`` and the like with marks that search skips."""
    return _ESCAPE.sub(lambda m: _TO_MARK.get(m.group(1), m.group(0)), line)


def unmark(text: str) -> str:
    """Turn marks back into the characters they stand for."""
    return _MARKS.sub(lambda m: _FROM_MARK[m.group(0)], text)


def escape(text: str) -> str:
    """Return text written so GIFT reads it back unchanged."""
    out = text.replace("\\", "\\\\").replace("\r", "")
    for ch in SPECIALS:
        out = out.replace(ch, "\\" + ch)
    return out.replace("\n", "\\n")
