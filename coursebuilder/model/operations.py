"""Reversible edits of a course: each applies, reverts and names what it changed.

The editor wraps every operation in one undo command; the command line and tests
can use them directly. Operations hold the model objects they edit (not paths),
so an undone insert re-inserts the very same object and later edits stay valid.
"""

from __future__ import annotations

import copy
import dataclasses
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Sequence

from .blocks import framing_problem
from .ids import new_id

#: Change kinds: a field's value, or the contents of a list (insert, remove, move).
FIELD = "field"
STRUCTURE = "structure"


@dataclass(frozen=True)
class Change:
    """What one operation changed: an object's field, or one of its lists."""

    kind: str
    #: The object whose field or list changed.
    target: Any
    #: The field (for FIELD) or list attribute (for STRUCTURE) that changed.
    attr: str
    #: Objects added or removed by a structural change, for views that select them.
    objects: tuple[Any, ...] = ()


class Operation(ABC):
    """One reversible edit; ``name`` is what the Edit menu shows."""

    name: str

    @abstractmethod
    def apply(self) -> list[Change]:
        """Make the edit and return what changed."""

    @abstractmethod
    def revert(self) -> list[Change]:
        """Undo the edit and return what changed."""

    def merge(self, other: "Operation") -> bool:
        """Absorb ``other`` (made right after this one) if both are one edit; return whether done."""
        return False


@dataclass
class SetField(Operation):
    """Set one attribute of a model object."""

    target: Any
    attr: str
    value: Any
    name: str = ""
    old: Any = field(default=None, init=False)

    def __post_init__(self) -> None:
        if not hasattr(self.target, self.attr):
            raise AttributeError(f"{type(self.target).__name__} has no field {self.attr!r}")
        self.old = copy.deepcopy(getattr(self.target, self.attr))
        self.name = self.name or f"Change {self.attr.replace('_', ' ')}"

    def apply(self) -> list[Change]:
        setattr(self.target, self.attr, copy.deepcopy(self.value))
        return [Change(FIELD, self.target, self.attr)]

    def revert(self) -> list[Change]:
        setattr(self.target, self.attr, copy.deepcopy(self.old))
        return [Change(FIELD, self.target, self.attr)]

    def merge(self, other: Operation) -> bool:
        # Typing a title letter by letter is one edit, not one per key.
        if isinstance(other, SetField) and other.target is self.target and other.attr == self.attr:
            self.value = other.value
            return True
        return False


@dataclass
class Insert(Operation):
    """Insert an object into a list attribute (modules, items, blocks, questions...)."""

    owner: Any
    attr: str
    index: int
    obj: Any
    name: str = ""

    def __post_init__(self) -> None:
        # The index is checked when applied: in a Group, earlier steps may grow the list first.
        self.name = self.name or f"Add {_label(self.obj)}"

    def apply(self) -> list[Change]:
        seq = getattr(self.owner, self.attr)
        if not 0 <= self.index <= len(seq):
            raise IndexError(f"cannot insert at {self.index} into {len(seq)} {self.attr}")
        seq.insert(self.index, self.obj)
        return [Change(STRUCTURE, self.owner, self.attr, (self.obj,))]

    def revert(self) -> list[Change]:
        seq = getattr(self.owner, self.attr)
        del seq[_index_of(seq, self.obj)]
        return [Change(STRUCTURE, self.owner, self.attr, (self.obj,))]


@dataclass
class Remove(Operation):
    """Remove the object at an index from a list attribute."""

    owner: Any
    attr: str
    index: int
    name: str = ""
    obj: Any = field(default=None, init=False)

    def __post_init__(self) -> None:
        seq = getattr(self.owner, self.attr)
        if not 0 <= self.index < len(seq):
            raise IndexError(f"no {self.attr} at {self.index}")
        self.obj = seq[self.index]
        self.name = self.name or f"Delete {_label(self.obj)}"

    def apply(self) -> list[Change]:
        seq = getattr(self.owner, self.attr)
        del seq[_index_of(seq, self.obj)]
        return [Change(STRUCTURE, self.owner, self.attr, (self.obj,))]

    def revert(self) -> list[Change]:
        getattr(self.owner, self.attr).insert(self.index, self.obj)
        return [Change(STRUCTURE, self.owner, self.attr, (self.obj,))]


@dataclass
class Move(Operation):
    """Move an object from one list position to another, possibly in another owner."""

    owner: Any
    attr: str
    index: int
    to_owner: Any
    to_index: int
    name: str = ""
    to_attr: str = ""
    obj: Any = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.to_attr = self.to_attr or self.attr
        seq = getattr(self.owner, self.attr)
        if not 0 <= self.index < len(seq):
            raise IndexError(f"no {self.attr} at {self.index}")
        self.obj = seq[self.index]
        # to_index counts positions in the destination after the object is taken out.
        dest_len = len(getattr(self.to_owner, self.to_attr)) - (self.to_owner is self.owner)
        if not 0 <= self.to_index <= dest_len:
            raise IndexError(f"cannot move to {self.to_index} of {dest_len}")
        self.name = self.name or f"Move {_label(self.obj)}"

    def apply(self) -> list[Change]:
        src = getattr(self.owner, self.attr)
        del src[_index_of(src, self.obj)]
        getattr(self.to_owner, self.to_attr).insert(self.to_index, self.obj)
        return self._changes()

    def revert(self) -> list[Change]:
        dst = getattr(self.to_owner, self.to_attr)
        del dst[_index_of(dst, self.obj)]
        getattr(self.owner, self.attr).insert(self.index, self.obj)
        return self._changes()

    def _changes(self) -> list[Change]:
        changes = [Change(STRUCTURE, self.owner, self.attr, (self.obj,))]
        if self.to_owner is not self.owner:
            changes.append(Change(STRUCTURE, self.to_owner, self.to_attr, (self.obj,)))
        return changes


@dataclass
class ReplaceList(Operation):
    """Replace a whole list of plain values (objectives, ordering items, answers)."""

    target: Any
    attr: str
    values: list[Any]
    name: str = ""
    old: list[Any] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.old = list(getattr(self.target, self.attr))
        self.name = self.name or f"Change {self.attr.replace('_', ' ')}"

    def apply(self) -> list[Change]:
        setattr(self.target, self.attr, list(self.values))
        return [Change(FIELD, self.target, self.attr)]

    def revert(self) -> list[Change]:
        setattr(self.target, self.attr, list(self.old))
        return [Change(FIELD, self.target, self.attr)]

    def merge(self, other: Operation) -> bool:
        if isinstance(other, ReplaceList) and other.target is self.target and other.attr == self.attr:
            self.values = list(other.values)
            return True
        return False


@dataclass
class SetFraming(Operation):
    """Turn and crop a picture block in one step; the picture file itself is never changed."""

    block: Any
    rotate: int
    crop: list[float]
    name: str = ""
    old: tuple[int, list[float]] = field(default=(0, []), init=False)

    def __post_init__(self) -> None:
        problem = framing_problem(self.rotate, self.crop)
        if problem:
            raise ValueError(problem)
        self.crop = [float(v) for v in self.crop]
        self.old = (self.block.rotate, list(self.block.crop))
        if not self.name:
            self.name = "Crop picture" if self.crop != self.old[1] else "Rotate picture"

    def apply(self) -> list[Change]:
        return self._set(self.rotate, self.crop)

    def revert(self) -> list[Change]:
        return self._set(*self.old)

    def _set(self, rotate: int, crop: list[float]) -> list[Change]:
        self.block.rotate, self.block.crop = rotate, list(crop)
        return [Change(FIELD, self.block, "rotate"), Change(FIELD, self.block, "crop")]


@dataclass
class Group(Operation):
    """Several operations made and undone as one edit."""

    name: str
    steps: Sequence[Operation]

    def apply(self) -> list[Change]:
        changes: list[Change] = []
        done: list[Operation] = []
        try:
            for step in self.steps:
                changes += step.apply()
                done.append(step)
        except Exception:
            # All or nothing: undo the steps already made before passing the error on.
            for step in reversed(done):
                step.revert()
            raise
        return changes

    def revert(self) -> list[Change]:
        changes: list[Change] = []
        for step in reversed(self.steps):
            changes += step.revert()
        return changes


def duplicate(obj: Any) -> Any:
    """Return a deep copy of a model object with fresh ids throughout."""
    twin = copy.deepcopy(obj)
    _renew_ids(twin)
    return twin


def _renew_ids(obj: Any) -> None:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        if hasattr(obj, "id") and isinstance(obj.id, str) and obj.id:
            # Keep the id's prefix (m, i, b, q, c) so ids still say what they name.
            prefix = obj.id.rstrip("0123456789abcdef")[:8] or obj.id[:1]
            obj.id = new_id(prefix)
        for f in dataclasses.fields(obj):
            _renew_ids(getattr(obj, f.name))
    elif isinstance(obj, list):
        for value in obj:
            _renew_ids(value)


def _index_of(seq: list[Any], obj: Any) -> int:
    # Identity, not equality: two blank blocks compare equal but are different blocks.
    for i, value in enumerate(seq):
        if value is obj:
            return i
    raise ValueError(f"{_label(obj)} is not in the list")


def _label(obj: Any) -> str:
    label = getattr(type(obj), "label", "") or type(obj).__name__
    return label.lower()
