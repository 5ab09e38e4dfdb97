"""Every concern that has a registry of question kinds knows every kind of QUESTION_TYPES."""

from __future__ import annotations

import importlib

import pytest

from coursebuilder.model import QUESTION_TYPES
from coursebuilder.model.kinds import KindRegistry

#: The Qt-free modules that register a concern's behaviour per question kind (tests/gui checks the editor's).
CONCERN_MODULES = [
    "coursebuilder.exporters.offline.questions",
    "coursebuilder.exporters.pptx.questions",
]


def check_registries(modules: list[str]) -> list[str]:
    """Import the concern modules and return one line per kind a registry lacks."""
    for name in modules:
        importlib.import_module(name)
    return [f"{r.concern} has nothing for the question kind {kind!r}" for r in KindRegistry.made for kind in r.missing()]


def test_every_registry_knows_every_question_kind():
    assert check_registries(CONCERN_MODULES) == []
    concerns = {r.concern for r in KindRegistry.made}
    assert {"phone view", "phone answer key", "slide text", "survey slide"} <= concerns


def test_a_forgotten_kind_is_named_with_its_concern(monkeypatch):
    check_registries(CONCERN_MODULES)
    monkeypatch.setitem(QUESTION_TYPES, "drawing", type("DrawingQuestion", (), {"type": "drawing"}))
    problems = check_registries(CONCERN_MODULES)
    assert "phone view has nothing for the question kind 'drawing'" in problems
    assert "phone answer key has nothing for the question kind 'drawing'" in problems


def test_a_kind_without_a_registration_is_refused_by_name():
    registry = KindRegistry("test concern")
    try:
        with pytest.raises(LookupError, match="test concern knows no question kind 'numeric'"):
            registry["numeric"]
        with pytest.raises(ValueError, match="no question kind is called 'nope'"):
            registry.register("nope")
    finally:
        KindRegistry.made.remove(registry)
