"""The editor's registries of question kinds know every kind, as the core's do."""

from __future__ import annotations

from coursebuilder.model.kinds import KindRegistry
from tests.test_question_kinds import CONCERN_MODULES, check_registries

#: The editor's modules that register behaviour per question kind.
GUI_CONCERN_MODULES = [
    "coursebuilder.gui.preview",
    "coursebuilder.gui.editors.questions",
]


def test_every_editor_registry_knows_every_question_kind():
    assert check_registries(CONCERN_MODULES + GUI_CONCERN_MODULES) == []
    assert {"editor preview", "question editor", "new question"} <= {r.concern for r in KindRegistry.made}
