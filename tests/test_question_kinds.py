"""Every concern that has a registry of question kinds knows every kind of QUESTION_TYPES."""

from __future__ import annotations

import importlib

import pytest

from coursebuilder.model import QUESTION_TYPES
from coursebuilder.model.kinds import KindRegistry

#: The Qt-free modules that register a concern's behaviour per question kind (tests/gui checks the editor's).
CONCERN_MODULES = [
    "coursebuilder.model.validate",
    "coursebuilder.exporters.offline.questions",
    "coursebuilder.exporters.pptx.questions",
    "coursebuilder.importers.gift_write",
    "coursebuilder.classroom.results",
    "coursebuilder.classroom.simulate",
]


def check_registries(modules: list[str]) -> list[str]:
    """Import the concern modules and return one line per kind a registry lacks."""
    for name in modules:
        importlib.import_module(name)
    return [f"{r.concern} has nothing for the question kind {kind!r}" for r in KindRegistry.made for kind in r.missing()]


def test_every_registry_knows_every_question_kind():
    assert check_registries(CONCERN_MODULES) == []
    concerns = {r.concern for r in KindRegistry.made}
    assert {"validation", "phone view", "phone answer key", "slide text", "survey slide", "GIFT",
            "classroom results", "classroom demo answers"} <= concerns


def test_a_forgotten_kind_is_named_with_its_concern(monkeypatch):
    check_registries(CONCERN_MODULES)
    monkeypatch.setitem(QUESTION_TYPES, "drawing", type("DrawingQuestion", (), {"type": "drawing"}))
    problems = check_registries(CONCERN_MODULES)
    assert "phone view has nothing for the question kind 'drawing'" in problems
    assert "phone answer key has nothing for the question kind 'drawing'" in problems
    assert "validation has nothing for the question kind 'drawing'" in problems
    assert "GIFT has nothing for the question kind 'drawing'" in problems


def test_a_kind_without_a_registration_is_refused_by_name():
    registry = KindRegistry("test concern")
    try:
        with pytest.raises(LookupError, match="test concern knows no question kind 'numeric'"):
            registry["numeric"]
        with pytest.raises(ValueError, match="no question kind is called 'nope'"):
            registry.register("nope")
    finally:
        KindRegistry.made.remove(registry)


def test_every_kind_has_one_name_in_every_language():
    from coursebuilder.model.messages import LANGUAGES, render
    from coursebuilder.model.questions import KIND_NAMES, kind_name

    assert set(KIND_NAMES) == set(QUESTION_TYPES)
    for kind, cls in QUESTION_TYPES.items():
        assert set(KIND_NAMES[kind]) >= set(LANGUAGES), kind
        assert cls.label == kind_name(kind) == KIND_NAMES[kind]["en"]
        # The problems name a kind by the same name, in the sentence's case.
        assert render("quiz.unscored_question", {"kind": kind}, "zh") == f"测验里的{kind_name(kind, 'zh')}不计分"
        assert render("quiz.unscored_question", {"kind": kind}).startswith(kind_name(kind).lower() + " questions")
    assert len({kind_name(k, "zh") for k in QUESTION_TYPES}) == len(QUESTION_TYPES)
    assert kind_name("matching", "zh-Hans") == kind_name("matching", "zh_CN") == "连线题"
    # A language the table lacks falls back to English; Khmer and Lao have their own names.
    assert kind_name("matching", "fr") == "Matching pairs"
    for language in ("km", "lo"):
        assert len({kind_name(k, language) for k in QUESTION_TYPES}) == len(QUESTION_TYPES)
        assert all(kind_name(k, language) != KIND_NAMES[k]["en"] for k in QUESTION_TYPES), language


def test_kinds_gift_cannot_hold_are_registered_with_what_users_are_told():
    from coursebuilder.importers.gift_write import WRITERS, question_to_gift

    for kind, cls in QUESTION_TYPES.items():
        note = getattr(WRITERS[kind], "note", None)
        if note is None:
            continue
        text, losses = question_to_gift(cls(prompt="Rate the course"))
        assert text is None and losses == [note], kind
    assert {k for k in QUESTION_TYPES if hasattr(WRITERS[k], "note")} == {"ordering", "rating_scale"}
