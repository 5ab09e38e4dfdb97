"""Which model objects are part of a course, and which objects an operation edits.

An undone insert leaves its object alive (the undo stack holds it) but outside the
course; a view still showing it, or an edit reaching it, would change nothing saved.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from .languages import MakeDefault, PutTranslations, SetLanguages
from .operations import Group, Insert, Move, Operation, Remove, ReplaceList, SetField

_FIELDS: dict[type, tuple[str, ...]] = {}


def _children(obj: Any) -> Iterator[Any]:
    kind = type(obj)
    names = _FIELDS.get(kind)
    if names is None:
        # Only fields that can hold model objects; ``extra`` is unknown manifest data.
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(obj) if f.name != "extra")
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, list):
            for v in value:
                if dataclasses.is_dataclass(v):
                    yield v
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            yield value


def members(root: Any) -> dict[int, Any]:
    """Return every model object inside ``root`` (itself included), keyed by ``id()``."""
    found: dict[int, Any] = {}
    stack = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in found:
            continue
        found[id(obj)] = obj
        stack.extend(_children(obj))
    return found


def edited_objects(operation: Operation) -> tuple[list[Any], list[Any]]:
    """Return (objects the operation changes, objects it brings in) in the order its steps run."""
    edited: list[Any] = []
    added: list[Any] = []

    def visit(op: Operation) -> None:
        if isinstance(op, Group):
            for step in op.steps:
                visit(step)
        elif isinstance(op, (SetField, ReplaceList)):
            edited.append(op.target)
        elif isinstance(op, Insert):
            edited.append(op.owner)
            added.append(op.obj)
        elif isinstance(op, Move):
            edited.extend((op.owner, op.to_owner))
        elif isinstance(op, Remove):
            edited.append(op.owner)
        elif isinstance(op, (PutTranslations, SetLanguages, MakeDefault)):
            # Translations live in the course's own table, whatever object their text belongs to.
            edited.append(op.course)
        else:
            # An operation kind added later: whatever it names as its target or owner.
            for name in ("target", "owner", "to_owner"):
                if hasattr(op, name):
                    edited.append(getattr(op, name))
            for step in getattr(op, "steps", ()):
                visit(step)

    visit(operation)
    return edited, added


def stays_inside(operation: Operation, inside: dict[int, Any]) -> bool:
    """Return whether every object ``operation`` edits is in ``inside`` or brought in by it."""
    edited, added = edited_objects(operation)
    known = dict(inside)
    for obj in added:
        known.update(members(obj))
    return all(known.get(id(obj)) is obj for obj in edited)
