"""Find text anywhere in a course (titles, text, questions, choices, notes) and replace it as one edit."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Iterator

from .course import Course
from .operations import Group, Operation, ReplaceList, SetField

#: Fields that hold names, paths, codes or dates rather than words a lecturer wrote.
NOT_TEXT = frozenset({
    "id", "type", "media", "path", "sha256", "mime", "original_name", "cover", "language",
    "licence", "version", "created", "modified", "email",
})


@dataclass(frozen=True)
class Hit:
    """One occurrence: the object, its field, and where in the field's text."""

    #: Manifest place of the object, such as ``modules[0].items[2].questions[1].choices[0]``.
    place: str
    obj: Any
    attr: str
    #: For a list of texts (objectives, answers, ordering items), which entry; -1 for a plain text field.
    entry: int
    start: int
    end: int
    #: The text matched, to tell whether the hit is still there after other edits.
    found: str = ""

    def text(self) -> str:
        """Return the whole text the hit is in, as it is now."""
        value = getattr(self.obj, self.attr)
        return str(value[self.entry] if self.entry >= 0 else value)

    def excerpt(self, width: int = 30) -> tuple[str, str, str]:
        """Return (before, match, after), each cut to about ``width`` characters, on one line."""
        text = self.text()
        before = text[max(0, self.start - width):self.start]
        after = text[self.end:self.end + width]
        flat = [s.replace("\n", " ") for s in (before, text[self.start:self.end], after)]
        if self.start > width:
            flat[0] = "…" + flat[0]
        if self.end + width < len(text):
            flat[2] += "…"
        return flat[0], flat[1], flat[2]


def pattern(needle: str, *, case: bool = False, whole_word: bool = False) -> re.Pattern[str]:
    """Return the regular expression that finds ``needle`` as the lecturer typed it (no wildcards)."""
    body = re.escape(needle)
    if whole_word:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if case else re.IGNORECASE)


def text_fields(course: Course) -> Iterator[tuple[str, Any, str, int]]:
    """Yield (place, object, field, entry) for every text a lecturer wrote, in course order."""
    yield from _walk(course, "")


def _walk(obj: Any, place: str) -> Iterator[tuple[str, Any, str, int]]:
    for f in dataclasses.fields(obj):
        if f.name in NOT_TEXT or f.name == "extra":
            continue
        value = getattr(obj, f.name)
        if isinstance(value, str):
            yield place, obj, f.name, -1
        elif isinstance(value, list):
            for i, entry in enumerate(value):
                here = f"{place}.{f.name}[{i}]" if place else f"{f.name}[{i}]"
                if isinstance(entry, str):
                    yield place, obj, f.name, i
                elif dataclasses.is_dataclass(entry) and f.name != "media":
                    yield from _walk(entry, here)


def find(course: Course, needle: str, *, case: bool = False, whole_word: bool = False) -> list[Hit]:
    """Return every occurrence of ``needle`` in the course's texts, in course order."""
    if not needle:
        return []
    rx = pattern(needle, case=case, whole_word=whole_word)
    hits = []
    for place, obj, attr, entry in text_fields(course):
        value = getattr(obj, attr)
        text = value[entry] if entry >= 0 else value
        for m in rx.finditer(text):
            if m.end() > m.start():
                hits.append(Hit(place, obj, attr, entry, m.start(), m.end(), m.group()))
    return hits


def replace_operation(hits: list[Hit], replacement: str, name: str = "Replace") -> Operation | None:
    """Return one operation replacing each hit's text with ``replacement``, or None for no hits.

    Hits found before an edit may be stale; one whose text has changed since is skipped, so a
    replacement never lands in the wrong place.
    """
    by_field: dict[tuple[int, str], list[Hit]] = {}
    for hit in hits:
        by_field.setdefault((id(hit.obj), hit.attr), []).append(hit)
    steps: list[Operation] = []
    for group in by_field.values():
        obj, attr = group[0].obj, group[0].attr
        value = getattr(obj, attr)
        if isinstance(value, list):
            entries = list(value)
            for i in sorted({h.entry for h in group}):
                if 0 <= i < len(entries):
                    entries[i] = _splice(entries[i], [h for h in group if h.entry == i], replacement)
            if entries != value:
                steps.append(ReplaceList(obj, attr, entries, name))
        else:
            new = _splice(value, group, replacement)
            if new != value:
                steps.append(SetField(obj, attr, new, name))
    return Group(name, steps) if steps else None


def _splice(text: str, hits: list[Hit], replacement: str) -> str:
    # From the end, so earlier positions stay right; overlapping or out-of-range hits are skipped.
    last = len(text) + 1
    for hit in sorted(hits, key=lambda h: h.start, reverse=True):
        if hit.end <= last and text[hit.start:hit.end] == hit.found:
            text = text[:hit.start] + replacement + text[hit.end:]
            last = hit.start
    return text
