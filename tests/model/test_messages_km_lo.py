"""Every problem has its Khmer and Lao sentence, with the same parameters as the English."""

from __future__ import annotations

import string

import pytest

from coursebuilder.model.messages import MESSAGES, NAMES, render


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", ["km", "lo"])
def test_every_problem_speaks_khmer_and_lao(language):
    lacking = [code for code, words in MESSAGES.items() if not words.get(language)]
    assert lacking == []
    wrong = [code for code, words in MESSAGES.items() if _fields(words[language]) != _fields(words["en"])]
    assert wrong == []
    assert [name for name, words in NAMES.items() if not words.get(language)] == []


def test_a_problem_is_rendered_in_khmer_and_lao_with_its_names():
    assert render("block.no_file", {"kind": "audio"}, "km") == "ប្លុកសំឡេងមិនទាន់បានជ្រើសឯកសារ"
    assert render("item.no_title", {"kind": "quiz"}, "lo") == "ແບບທົດສອບຍັງບໍ່ມີຫົວຂໍ້"
    assert render("course.no_title", {}, "km_KH") == "វគ្គសិក្សាមិនទាន់មានចំណងជើង"
