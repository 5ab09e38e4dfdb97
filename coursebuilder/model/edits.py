"""Edits as the lecturer thinks of them: one action, one reversible operation.

Widgets, importers and the command line build their edits here, so one action is one undo
step wherever it starts: "use this picture as the cover" adds the file and sets the cover
together, and an import is applied as the additions the importer declared, never by
comparing the course before and after.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Callable

from .blocks import Block, MediaBlock
from .course import Course, Lesson, MediaItem
from .operations import Group, Insert, Operation, SetField


class EditConflict(Exception):
    """The edit no longer fits the course (something it needs was removed meanwhile); one-line message."""


def media_inserts(course: Course, files: list[MediaItem]) -> tuple[list[MediaItem], list[Operation]]:
    """Return the course's item for each file and the inserts that add the files it does not hold yet.

    A file identical to one in the course (same SHA-256) reuses that item; a new file whose
    name another change took meanwhile is left out, so the lecturer can simply add it again.
    """
    by_sha = {m.sha256: m for m in course.media}
    taken = {m.path for m in course.media}
    items: list[MediaItem] = []
    ops: list[Operation] = []
    for item in files:
        if item.sha256 in by_sha:
            items.append(by_sha[item.sha256])
            continue
        if item.path in taken:
            continue
        ops.append(Insert(course, "media", len(course.media) + len(ops), item))
        by_sha[item.sha256] = item
        taken.add(item.path)
        items.append(item)
    return items, ops


def add_media(course: Course, files: list[MediaItem]) -> Operation | None:
    """Return the edit adding files to the media library, or None when the course holds them all."""
    _, ops = media_inserts(course, files)
    return Group("Add media", ops) if ops else None


def use_as_cover(course: Course, file: MediaItem) -> Operation | None:
    """Return the one edit that adds a picture (if new) and makes it the course's cover."""
    items, ops = media_inserts(course, [file])
    if not items or (not ops and course.cover == items[0].path):
        return None
    return Group("Change cover", [*ops, SetField(course, "cover", items[0].path)])


def show_in_block(course: Course, block: MediaBlock, file: MediaItem) -> Operation | None:
    """Return the one edit that adds a file (if new) and makes a picture, audio, video or file block show it."""
    items, ops = media_inserts(course, [file])
    if not items or (not ops and block.media == items[0].path):
        return None
    return Group("Choose file", [*ops, SetField(block, "media", items[0].path)])


def add_file_blocks(course: Course, lesson: Lesson, at: int, files: list[MediaItem],
                    block_for: Callable[[MediaItem], Block]) -> Operation | None:
    """Return the one edit that adds files to the library and a block showing each at ``at`` in the lesson."""
    items, ops = media_inserts(course, files)
    at = max(0, min(at, len(lesson.blocks)))
    blocks: list[Operation] = [Insert(lesson, "blocks", at + i, block_for(item)) for i, item in enumerate(items)]
    return Group("Add files", ops + blocks) if blocks or ops else None


# --- imports -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Addition:
    owner_id: str
    #: How the owner is named if it is gone when the import is applied.
    owner_title: str
    attr: str
    #: The new object appended to the list, or the field's new value.
    value: Any
    is_field: bool


@dataclass
class ImportEdit:
    """What an import adds to a course, recorded while it builds on a copy of the course.

    Owners are named by id, so the edit applies to the course itself later (the editor
    imports on a copy in a worker while the lecturer goes on editing). Objects added to
    an object that is itself new travel inside it and are not recorded again.
    """

    steps: list[_Addition] = field(default_factory=list)
    _new: set[int] = field(default_factory=set, repr=False)

    def set(self, target: Any, attr: str, value: Any) -> None:
        """Set a field of an object the course already holds (the copy changes too)."""
        setattr(target, attr, value)
        if id(target) not in self._new:
            self.steps.append(_Addition(target.id, _title(target), attr, value, True))

    def append(self, owner: Any, attr: str, obj: Any) -> None:
        """Append a new object to one of an object's lists (the copy changes too)."""
        getattr(owner, attr).append(obj)
        self.appended(owner, attr, obj)

    def appended(self, owner: Any, attr: str, obj: Any) -> None:
        """Record an object another layer already appended to the copy (the media store adds files)."""
        if id(owner) not in self._new:
            self.steps.append(_Addition(owner.id, _title(owner), attr, obj, False))
        _mark_new(obj, self._new)

    def operation(self, course: Course, name: str = "Import") -> Group:
        """Return the import as one edit of ``course``, or raise EditConflict if it no longer fits."""
        owners = _objects_by_id(course)
        media = {m.path: m.sha256 for m in course.media}
        grown: dict[tuple[int, str], int] = {}
        ops: list[Operation] = []
        for step in self.steps:
            owner = owners.get(step.owner_id)
            if owner is None:
                raise EditConflict(f"“{step.owner_title}” was removed from the course while importing")
            if step.is_field:
                if getattr(owner, step.attr) != step.value:
                    ops.append(SetField(owner, step.attr, step.value))
                continue
            if isinstance(step.value, MediaItem):
                known = media.get(step.value.path)
                if known == step.value.sha256:
                    continue
                if known is not None:
                    raise EditConflict(f"{step.value.path} was added to the course by another change while importing")
                media[step.value.path] = step.value.sha256
            slot = (id(owner), step.attr)
            ops.append(Insert(owner, step.attr, len(getattr(owner, step.attr)) + grown.get(slot, 0), step.value))
            grown[slot] = grown.get(slot, 0) + 1
        return Group(name, ops)


def _title(obj: Any) -> str:
    return str(getattr(obj, "title", "") or getattr(obj, "id", ""))


def _mark_new(obj: Any, new: set[int]) -> None:
    stack = [obj]
    while stack:
        here = stack.pop()
        if isinstance(here, list):
            stack.extend(here)
        elif dataclasses.is_dataclass(here) and not isinstance(here, type):
            new.add(id(here))
            stack.extend(getattr(here, f.name) for f in dataclasses.fields(here) if f.name != "extra")


def _objects_by_id(course: Course) -> dict[str, Any]:
    found: dict[str, Any] = {}
    stack: list[Any] = [course]
    while stack:
        obj = stack.pop()
        if isinstance(obj, list):
            stack.extend(obj)
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            ident = getattr(obj, "id", None)
            if isinstance(ident, str) and ident:
                found.setdefault(ident, obj)
            stack.extend(getattr(obj, f.name) for f in dataclasses.fields(obj) if f.name != "extra")
    return found
