"""The editor's registries of question kinds know every kind, as the core's do."""

from __future__ import annotations

from coursebuilder.model.kinds import KindRegistry
from tests.test_question_kinds import CONCERN_MODULES, check_registries

#: The editor's modules that register behaviour per question kind.
GUI_CONCERN_MODULES = [
    "coursebuilder.gui.editors.questions",
]


def test_every_editor_registry_knows_every_question_kind():
    assert check_registries(CONCERN_MODULES + GUI_CONCERN_MODULES) == []
    assert {"question editor", "new question"} <= {r.concern for r in KindRegistry.made}


def test_a_kind_the_editor_forgot_is_named_with_its_concern(monkeypatch):
    from coursebuilder.model import QUESTION_TYPES

    check_registries(GUI_CONCERN_MODULES)
    monkeypatch.setitem(QUESTION_TYPES, "drawing", type("DrawingQuestion", (), {"type": "drawing"}))
    problems = check_registries(GUI_CONCERN_MODULES)
    assert "question editor has nothing for the question kind 'drawing'" in problems
    assert "new question has nothing for the question kind 'drawing'" in problems


def test_a_survey_offers_the_kinds_the_model_allows_in_surveys_and_a_quiz_every_kind(qtbot):
    from coursebuilder.bundle import CourseBundle
    from coursebuilder.gui.document import Document
    from coursebuilder.gui.editors.questions import QuestionList, kind_names
    from coursebuilder.model import QUESTION_TYPES, Course, Module, Quiz, Survey

    survey, quiz = Survey(title="S"), Quiz(title="Q")
    document = Document(CourseBundle(course=Course(title="C", modules=[Module(title="M", items=[quiz, survey])])))
    names = kind_names()
    offered = {}
    for owner, graded in ((survey, False), (quiz, True)):
        questions = QuestionList(document, owner, graded=graded)
        qtbot.addWidget(questions)
        offered[graded] = [a.text() for a in questions.add_button.menu().actions()]
    assert offered[True] == [names[k] for k in QUESTION_TYPES]
    assert offered[False] == [names[k] for k, cls in QUESTION_TYPES.items() if cls.in_surveys]
    assert names["rating_scale"] in offered[False] and names["matching"] not in offered[False]
