"""Turn the course model into plain data and back, keeping unknown fields."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any

from .blocks import BLOCK_TYPES, Block
from .course import ITEM_TYPES, Course, Item
from .questions import QUESTION_TYPES, Question

#: Base classes whose concrete kind is chosen by the ``type`` key.
POLYMORPHIC: dict[type, dict[str, type]] = {
    Block: BLOCK_TYPES,
    Item: ITEM_TYPES,
    Question: QUESTION_TYPES,
}
#: Fields written even when they hold their default value.
ALWAYS_WRITTEN = {"id", "title", "language", "version", "path", "sha256", "size", "mime", "text", "prompt"}


class ManifestError(ValueError):
    """A manifest value has the wrong shape; ``place`` says where."""

    def __init__(self, place: str, message: str):
        super().__init__(f"{place}: {message}" if place else message)
        self.place = place
        self.message = message


@functools.cache
def _fields(cls: type) -> list[tuple[dataclasses.Field[Any], Any]]:
    hints = typing.get_type_hints(cls)
    return [(f, hints[f.name]) for f in dataclasses.fields(cls) if f.name != "extra"]


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


def to_data(obj: Any) -> Any:
    """Return plain dicts, lists and scalars for a model object."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out: dict[str, Any] = {}
        kind = getattr(type(obj), "type", None)
        if isinstance(kind, str) and kind:
            out["type"] = kind
        for f, _hint in _fields(type(obj)):
            value = getattr(obj, f.name)
            if f.name not in ALWAYS_WRITTEN and value == _default(f):
                continue
            out[f.name] = to_data(value)
        for key, value in typing.cast(Any, obj).extra.items():
            out.setdefault(key, value)
        return out
    if isinstance(obj, list):
        return [to_data(v) for v in obj]
    if isinstance(obj, dict):
        # Mappings of model objects (translations); plain mappings such as part marks stay as they are.
        return {k: to_data(v) if isinstance(v, dict) or dataclasses.is_dataclass(v) else v for k, v in obj.items()}
    if isinstance(obj, float) and obj.is_integer():
        return int(obj)
    return obj


def course_to_data(course: Course) -> dict[str, Any]:
    """Return the manifest body (without format header) for a course."""
    data: dict[str, Any] = to_data(course)
    return data


def course_from_data(data: Any) -> Course:
    """Build a course from manifest data, raising ManifestError with the place."""
    course: Course = from_data(Course, data, "")
    return course


def from_data(cls: type, data: Any, place: str) -> Any:
    """Build an instance of ``cls`` from plain data found at ``place``."""
    if not isinstance(data, dict):
        raise ManifestError(place, f"expected a mapping, found {_describe(data)}")
    if cls in POLYMORPHIC:
        kind = data.get("type")
        choices = POLYMORPHIC[cls]
        if kind not in choices:
            raise ManifestError(
                place, f"unknown type {kind!r}; expected one of {', '.join(choices)}"
            )
        cls = choices[kind]
    kwargs: dict[str, Any] = {}
    known = {"type"} if hasattr(cls, "type") else set()
    for f, hint in _fields(cls):
        known.add(f.name)
        if f.name in data:
            kwargs[f.name] = _convert(hint, data[f.name], _join(place, f.name))
        elif _default(f) is dataclasses.MISSING:
            raise ManifestError(place, f"required field {f.name!r} is missing")
    extra = {k: v for k, v in data.items() if k not in known}
    for key in extra:
        if not isinstance(key, str):
            raise ManifestError(place, f"field name {key!r} is not text")
    return cls(**kwargs, extra=extra)


def _join(place: str, name: str) -> str:
    return f"{place}.{name}" if place else name


def _convert(hint: Any, value: Any, place: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is list:
        (inner,) = typing.get_args(hint)
        if value is None:
            return []
        if not isinstance(value, list):
            raise ManifestError(place, f"expected a list, found {_describe(value)}")
        return [_convert(inner, v, f"{place}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        # A mapping from text to values of one kind, such as a short answer's part marks.
        key_hint, value_hint = typing.get_args(hint)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ManifestError(place, f"expected a mapping, found {_describe(value)}")
        return {_convert(key_hint, k, place): _convert(value_hint, v, f"{place}.{k}") for k, v in value.items()}
    if origin in (typing.Union, types.UnionType):
        raise TypeError(f"unsupported union field at {place}")
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_data(hint, value, place)
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise ManifestError(place, f"expected true or false, found {_describe(value)}")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ManifestError(place, f"expected a whole number, found {_describe(value)}")
    if hint is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if value != value or value in (float("inf"), float("-inf")):
                raise ManifestError(place, "expected a finite number")
            return float(value)
        raise ManifestError(place, f"expected a number, found {_describe(value)}")
    if hint is str:
        if value is None:
            return ""
        # YAML reads bare 2024 or 1.5 as numbers; a lecturer meant the text.
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str):
            return value
        raise ManifestError(place, f"expected text, found {_describe(value)}")
    if hint is dict:
        if isinstance(value, dict):
            return value
        raise ManifestError(place, f"expected a mapping, found {_describe(value)}")
    raise TypeError(f"unsupported field type {hint!r} at {place}")


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"text {value[:40]!r}"
    return f"{type(value).__name__} {value!r}"
