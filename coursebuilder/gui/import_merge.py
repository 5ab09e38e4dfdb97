"""Turn a finished import (made on a copy of the course) into undoable edits of the open course.

The worker compares the copy before and after the import and returns plain steps naming
their owners by id; the GUI thread finds those owners in the live course and applies the
steps as one undoable group. Existing modules, lessons and questions keep their identity,
so earlier undo commands still point at the objects the course holds.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from ..model import Course, MediaItem
from ..model.operations import Insert, Operation, SetField


class MergeError(Exception):
    """The import cannot be applied to the course as it is now; one-line message."""


@dataclass(frozen=True)
class Step:
    """One change the import made: a new value for a field, or an object inserted into a list."""

    #: Id of the object whose field or list changed.
    owner_id: str
    attr: str
    #: The new value of the field, or the inserted object.
    value: Any
    #: Where the object goes in the list; -1 when the whole field is set.
    index: int = -1


def import_steps(before: Course, after: Course) -> list[Step]:
    """Return the steps that turn ``before`` into ``after`` (a copy the import worked on)."""
    steps: list[Step] = []
    _compare(before, after, steps)
    return steps


def _key(obj: Any):
    if isinstance(obj, MediaItem):
        return ("path", obj.path)
    if dataclasses.is_dataclass(obj) and isinstance(getattr(obj, "id", None), str) and obj.id:
        return ("id", obj.id)
    return None


def _compare(old: Any, new: Any, steps: list[Step]) -> None:
    for f in dataclasses.fields(old):
        a, b = getattr(old, f.name), getattr(new, f.name)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list) and _merge_list(old, f.name, a, b, steps):
            continue
        steps.append(Step(old.id, f.name, b))


def _merge_list(owner: Any, attr: str, a: list, b: list, steps: list[Step]) -> bool:
    """Record insertions into a list whose old members all stayed, in order; else return False."""
    keys_a, keys_b = [_key(x) for x in a], [_key(x) for x in b]
    if None in keys_a or None in keys_b or len(set(keys_b)) != len(keys_b):
        return False
    where = {k: i for i, k in enumerate(keys_b)}
    if any(k not in where for k in keys_a):
        return False
    order = [where[k] for k in keys_a]
    if order != sorted(order):
        return False
    pairs = [(x, b[where[k]]) for x, k in zip(a, keys_a, strict=True)]
    # A changed media item (no id to own the change) is set with its whole list instead.
    if any(x != y and (k[0] != "id" or type(x) is not type(y)) for (x, y), k in zip(pairs, keys_a, strict=True)):
        return False
    for x, y in pairs:
        if x != y:
            _compare(x, y, steps)
    old = set(keys_a)
    for i, (k, y) in enumerate(zip(keys_b, b, strict=True)):
        if k not in old:
            # Ascending final positions: each insert lands where the finished list has it.
            steps.append(Step(owner.id, attr, y, i))
    return True


def objects_by_id(course: Course) -> dict[str, Any]:
    """Return every model object with an id in the course, by id."""
    found: dict[str, Any] = {}
    stack: list[Any] = [course]
    while stack:
        obj = stack.pop()
        if isinstance(obj, list):
            stack.extend(obj)
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            if isinstance(getattr(obj, "id", None), str) and obj.id:
                found.setdefault(obj.id, obj)
            stack.extend(getattr(obj, f.name) for f in dataclasses.fields(obj) if f.name != "extra")
    return found


def operations(course: Course, steps: list[Step]) -> list[Operation]:
    """Return the edits of the live ``course`` that make the steps, or raise MergeError."""
    owners = objects_by_id(course)
    taken = {m.path: m.sha256 for m in course.media}
    grown: dict[tuple[int, str], int] = {}
    ops: list[Operation] = []
    for step in steps:
        owner = owners.get(step.owner_id)
        if owner is None:
            raise MergeError(f"“{step.owner_id}” was removed from the course while importing")
        if step.index < 0:
            ops.append(SetField(owner, step.attr, step.value))
            continue
        if isinstance(step.value, MediaItem):
            if step.value.path in taken and taken[step.value.path] != step.value.sha256:
                raise MergeError(f"{step.value.path} was added to the course by another change while importing")
            if step.value.path in taken:
                continue
            taken[step.value.path] = step.value.sha256
        # Edits made during the import may have shortened the list: never insert past its end.
        slot = (id(owner), step.attr)
        size = len(getattr(owner, step.attr)) + grown.get(slot, 0)
        ops.append(Insert(owner, step.attr, min(step.index, size), step.value))
        grown[slot] = grown.get(slot, 0) + 1
    return ops
