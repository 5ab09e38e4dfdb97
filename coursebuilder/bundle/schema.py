"""Produce the JSON Schema of the manifest from the model, so the two never drift apart."""

from __future__ import annotations

import dataclasses
import json
import typing
from typing import Any

from ..model import Course
from ..model.codec import POLYMORPHIC, _fields
from .limits import FORMAT_ID, SCHEMA_VERSION

_SCALARS = {str: {"type": "string"}, bool: {"type": "boolean"}, int: {"type": "integer"},
            float: {"type": "number"}, dict: {"type": "object"}}


def manifest_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) that every ``course.yaml`` satisfies."""
    defs: dict[str, Any] = {}
    root = _object_schema(Course, defs)
    root["properties"] = {
        "format": {"const": FORMAT_ID, "description": "Identifies the file as a CourseBuilder manifest."},
        "schema_version": {"type": "integer", "minimum": 1, "maximum": SCHEMA_VERSION,
                           "description": "Readers refuse versions newer than they know."},
        **root["properties"],
    }
    root["required"] = ["format", "schema_version", *root.get("required", [])]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://coursebuilder.invalid/schema/course-v{SCHEMA_VERSION}.json",
        "title": "CourseBuilder course manifest (course.yaml)",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def manifest_schema_json() -> str:
    """Return the schema as stable, readable JSON text."""
    return json.dumps(manifest_schema(), indent=2, ensure_ascii=False) + "\n"


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    required = []
    kind = getattr(cls, "type", None)
    if isinstance(kind, str) and kind:
        props["type"] = {"const": kind}
        required.append("type")
    for f, hint in _fields(cls):
        # Fields may narrow their type (allowed values, bounds) in their metadata.
        props[f.name] = {**_type_schema(hint, defs), **f.metadata.get("schema", {})}
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    out: dict[str, Any] = {"type": "object", "description": (cls.__doc__ or "").strip(), "properties": props,
                           "additionalProperties": True}
    if required:
        out["required"] = required
    return out


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if typing.get_origin(hint) is list:
        (inner,) = typing.get_args(hint)
        return {"type": "array", "items": _type_schema(inner, defs)}
    if typing.get_origin(hint) is dict:
        _, value = typing.get_args(hint)
        return {"type": "object", "additionalProperties": _type_schema(value, defs)}
    if hint in POLYMORPHIC:
        refs = []
        for sub in POLYMORPHIC[hint].values():
            _define(sub, defs)
            refs.append({"$ref": f"#/$defs/{sub.__name__}"})
        return {"oneOf": refs}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        _define(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if hint is str:
        # YAML reads bare 2024 as a number; the reader accepts it as text.
        return {"type": ["string", "number", "null"]}
    return dict(_SCALARS[hint])


def _define(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ not in defs:
        defs[cls.__name__] = {}  # placeholder first: types may refer to themselves
        defs[cls.__name__] = _object_schema(cls, defs)
