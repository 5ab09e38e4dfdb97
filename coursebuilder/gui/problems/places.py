"""Turn manifest places like ``modules[0].items[2].blocks[1]`` into objects and words."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...model import Course

_STEP = re.compile(r"(\w+)\[(\d+)\]")


def resolve(course: Course, place: str) -> list[Any]:
    """Return the chain of objects a place points through, course first."""
    chain: list[Any] = [course]
    for attr, index in _STEP.findall(place or ""):
        seq = getattr(chain[-1], attr, None)
        i = int(index)
        # A list of texts (objectives, the course's languages) ends the chain: a text is no object.
        if not isinstance(seq, list) or i >= len(seq) or isinstance(seq[i], str):
            break
        chain.append(seq[i])
    return chain


def describe_place(course: Course, place: str) -> str:
    """Return a place in words, such as ``Day 1 › Filming › block 2``."""
    if place == "cover":
        return QCoreApplication.translate("places", "Course cover")
    words = []
    for obj in resolve(course, place)[1:]:
        if isinstance(obj, str):
            words.append(obj[:40])  # an entry of a list of words, such as a tag in ``languages[1]``
            continue
        title = getattr(obj, "title", "") or getattr(obj, "prompt", "")
        kind = getattr(type(obj), "type", "")
        if kind in ("text", "image", "audio", "video", "file", "exercise") and not title:
            title = QCoreApplication.translate("places", "block")
        words.append(title[:40] or "…")
    return " › ".join(words) or QCoreApplication.translate("places", "Course")
