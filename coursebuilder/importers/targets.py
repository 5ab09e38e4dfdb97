"""Find the lesson, quiz or module an import goes into, by id or by title."""

from __future__ import annotations

from ..model import Course, Module
from .report import ImportFailure


def find_item(course: Course, key: str, kind: type, label: str):
    """Return the item whose id or title is ``key``, or raise ImportFailure listing the choices."""
    items = [item for m in course.modules for item in m.items if isinstance(item, kind)]
    for item in items:
        if item.id == key:
            return item
    folded = key.strip().casefold()
    named = [item for item in items if item.title.strip().casefold() == folded]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise ImportFailure(f"{len(named)} items are titled “{key}”; give the id instead: " + _list(named))
    choices = _list(items) if items else "it has none"
    raise ImportFailure(f"the course has no {label} “{key}”; choose one of: {choices}")


def find_module(course: Course, key: str) -> Module:
    """Return the module whose id or title is ``key``."""
    for m in course.modules:
        if m.id == key or m.title.strip().casefold() == key.strip().casefold():
            return m
    raise ImportFailure(f"the course has no module “{key}”; choose one of: {_list(course.modules)}")


def _list(things) -> str:
    shown = ", ".join(f"{t.id} “{t.title}”" for t in things[:8])
    return shown + (f" and {len(things) - 8} more" if len(things) > 8 else "")
