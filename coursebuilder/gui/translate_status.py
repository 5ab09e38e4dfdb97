"""Which texts of an outline item are missing or stale in a language, and the problems that say so.

Qt-free on purpose: the outline's badges, the problems panel's lines and the translation panel
all count the same way, from ``model.languages``.
"""

from __future__ import annotations

import re

from ..model import Course, Problem
from ..model.languages import TextRef, text_refs, translation_state
from ..model.validate import INFO, problem


def place_of(course: Course, obj: object) -> str | None:
    """Return the place of the course, a module or an item ("" for the course), or None if not in it."""
    if obj is course:
        return ""
    for mi, module in enumerate(course.modules):
        if module is obj:
            return f"modules[{mi}]"
        for ii, item in enumerate(module.items):
            if item is obj:
                return f"modules[{mi}].items[{ii}]"
    return None


def refs_of(course: Course, place: str, refs: list[TextRef] | None = None, *, own: bool = False) -> list[TextRef]:
    """Return the texts at ``place`` and below it; ``own``: only the course's or a module's own fields."""
    refs = list(text_refs(course)) if refs is None else refs
    if place == "":
        return [r for r in refs if not r.place.startswith("modules[")] if own else refs
    if own:
        return [r for r in refs if r.object_place == place]
    return [r for r in refs if r.place.startswith(place + ".")]


_ITEM = re.compile(r"(modules\[\d+\])(\.items\[\d+\])?")


def tally(course: Course, lang: str) -> dict[str, tuple[int, int]]:
    """Return (missing, stale) in ``lang`` for the course ("") and every module and item with either, in one pass."""
    found: dict[str, list[int]] = {}
    for ref in text_refs(course):
        state = translation_state(course, lang, ref)
        if state not in ("missing", "stale"):
            continue
        column = 0 if state == "missing" else 1
        match = _ITEM.match(ref.place)
        places = [""] + ([match.group(1)] + ([match.group(0)] if match.group(2) else []) if match else [])
        for place in places:
            found.setdefault(place, [0, 0])[column] += 1
    return {place: (m, s) for place, (m, s) in found.items()}


def translation_problems(course: Course, lang: str) -> list[Problem]:
    """Return one note per module or item (and the course itself) with texts missing or stale in ``lang``.

    Each note's place is its first such text, so a click goes straight to it.
    """
    refs = list(text_refs(course))
    places = [""]
    for mi, module in enumerate(course.modules):
        places.append(f"modules[{mi}]")
        places += [f"modules[{mi}].items[{ii}]" for ii in range(len(module.items))]
    out = []
    for place in places:
        # Modules and the course count only their own fields here: their items have their own lines.
        own = refs_of(course, place, refs, own=place.count("[") < 2)
        for state, code in (("missing", "translation.missing"), ("stale", "translation.stale")):
            hits = [r for r in own if translation_state(course, lang, r) == state]
            if hits:
                out.append(problem(hits[0].place, code, INFO, language=lang, count=len(hits)))
    return out
