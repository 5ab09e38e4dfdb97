"""Which texts of an outline item are missing or stale in a language, and the problems that say so.

Qt-free on purpose: the outline's badges, the problems panel's lines and the translation panel
all count the same way, from ``model.languages``.
"""

from __future__ import annotations

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


def counts(course: Course, lang: str, refs: list[TextRef]) -> tuple[int, int]:
    """Return how many of ``refs`` are missing and how many stale in ``lang``."""
    states = [translation_state(course, lang, r) for r in refs]
    return states.count("missing"), states.count("stale")


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
