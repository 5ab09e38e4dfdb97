"""Question kinds shared by exercises, quizzes and surveys."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .ids import new_id

#: A blank in a fill-in-the-blank sentence: ``[[answer|other accepted answer]]``.
BLANK_PATTERN = re.compile(r"\[\[(.*?)\]\]")


@dataclass(kw_only=True)
class Choice:
    """One answer option of a choice question."""

    text: str = ""
    correct: bool = False
    feedback: str = ""
    #: Percent of the question's marks this choice earns when the question gives part marks
    #: (-100 to 100; below 0 takes marks away). 0 on every choice means all or nothing.
    credit: float = 0.0
    id: str = field(default_factory=lambda: new_id("c"))
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(kw_only=True)
class Pair:
    """One left/right pair of a matching question."""

    left: str = ""
    right: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(kw_only=True)
class Question:
    """Fields every question kind has."""

    type: ClassVar[str] = ""
    #: The kind's name in English, from KIND_NAMES (``kind_name`` gives it in other languages).
    label: ClassVar[str] = ""
    #: Whether answers can be marked right or wrong automatically.
    gradable: ClassVar[bool] = True
    #: The field that asks the question. A fill-in's sentence asks it, and its prompt is an
    #: optional instruction above the sentence.
    asked_by: ClassVar[str] = "prompt"
    #: Whether a survey offers this kind (matching, ordering and the like only make sense with a right answer).
    in_surveys: ClassVar[bool] = False

    id: str = field(default_factory=lambda: new_id("q"))
    prompt: str = ""
    points: float = 1.0
    hint: str = ""
    feedback_correct: str = ""
    feedback_incorrect: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(kw_only=True)
class ChoiceQuestion(Question):
    """Choices to pick from: what single and multiple choice share (they differ in how many are right)."""

    #: Whether several choices may be right (multiple choice) rather than exactly one.
    several_right: ClassVar[bool] = False

    choices: list[Choice] = field(default_factory=list)
    shuffle: bool = False


@dataclass(kw_only=True)
class SingleChoiceQuestion(ChoiceQuestion):
    """Pick exactly one of several choices."""

    type: ClassVar[str] = "single_choice"
    in_surveys: ClassVar[bool] = True


@dataclass(kw_only=True)
class MultipleChoiceQuestion(ChoiceQuestion):
    """Pick every choice that applies."""

    type: ClassVar[str] = "multiple_choice"
    in_surveys: ClassVar[bool] = True
    several_right: ClassVar[bool] = True


@dataclass(kw_only=True)
class TrueFalseQuestion(Question):
    """Decide whether a statement is true."""

    type: ClassVar[str] = "true_false"
    answer: bool = True


@dataclass(kw_only=True)
class FillBlankQuestion(Question):
    """Complete a sentence whose gaps are written as ``[[answer|alternative]]``."""

    type: ClassVar[str] = "fill_blank"
    asked_by: ClassVar[str] = "text"
    text: str = ""
    case_sensitive: bool = False

    def blanks(self) -> list[list[str]]:
        """Return the accepted answers of each blank, in order."""
        return [
            [a.strip() for a in m.group(1).split("|") if a.strip()]
            for m in BLANK_PATTERN.finditer(self.text)
        ]

    def sentence_parts(self) -> list[str]:
        """Return the text around the blanks (one more part than blanks)."""
        return BLANK_PATTERN.split(self.text)[::2]


@dataclass(kw_only=True)
class MatchingQuestion(Question):
    """Match each item on the left with one on the right."""

    type: ClassVar[str] = "matching"
    pairs: list[Pair] = field(default_factory=list)


@dataclass(kw_only=True)
class OrderingQuestion(Question):
    """Put items into the right order (stored in the correct order)."""

    type: ClassVar[str] = "ordering"
    items: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class ShortAnswerQuestion(Question):
    """Type a short answer matched against accepted answers."""

    type: ClassVar[str] = "short_answer"
    in_surveys: ClassVar[bool] = True
    answers: list[str] = field(default_factory=list)
    case_sensitive: bool = False
    #: Percent of the marks (1 to 99) for accepted answers worth less than full marks, by answer;
    #: answers not listed earn full marks.
    credit: dict[str, float] = field(default_factory=dict)

    def answer_credit(self, answer: str) -> float:
        """Return the percent of the marks an accepted answer earns."""
        value = self.credit.get(answer, 100)
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 100.0


@dataclass(kw_only=True)
class NumericQuestion(Question):
    """Type a number; answers within the tolerance are right."""

    type: ClassVar[str] = "numeric"
    in_surveys: ClassVar[bool] = True
    answer: float = 0.0
    tolerance: float = 0.0
    unit: str = ""


@dataclass(kw_only=True)
class RatingScaleQuestion(Question):
    """Rate on a scale, for example 1 (not useful) to 5 (very useful)."""

    type: ClassVar[str] = "rating_scale"
    in_surveys: ClassVar[bool] = True
    gradable: ClassVar[bool] = False
    scale_min: int = 1
    scale_max: int = 5
    min_label: str = ""
    max_label: str = ""


@dataclass(kw_only=True)
class OpenTextQuestion(Question):
    """Answer freely in words; never marked automatically."""

    type: ClassVar[str] = "open_text"
    in_surveys: ClassVar[bool] = True
    gradable: ClassVar[bool] = False
    multiline: bool = True
    max_length: int = 0


def gives_part_marks(q: Question) -> bool:
    """Return whether the choices of a choice question carry their own share of the marks."""
    return any(c.credit for c in getattr(q, "choices", ()))


QUESTION_TYPES: dict[str, type[Question]] = {
    cls.type: cls
    for cls in (
        SingleChoiceQuestion,
        MultipleChoiceQuestion,
        TrueFalseQuestion,
        FillBlankQuestion,
        MatchingQuestion,
        OrderingQuestion,
        ShortAnswerQuestion,
        NumericQuestion,
        RatingScaleQuestion,
        OpenTextQuestion,
    )
}

#: The one name of each question kind, by language (primary subtag); English is every language's
#: fallback. The editor, the problems, GIFT notes and the model's ``label`` all say these.
KIND_NAMES: dict[str, dict[str, str]] = {
    "single_choice": {"en": "Single choice", "zh": "单选题", "km": "ជម្រើសតែមួយ", "lo": "ເລືອກຄຳຕອບດຽວ"},
    "multiple_choice": {"en": "Multiple choice", "zh": "多选题", "km": "ជម្រើសច្រើន", "lo": "ເລືອກຫຼາຍຄຳຕອບ"},
    "true_false": {"en": "True or false", "zh": "判断题", "km": "ត្រូវ ឬខុស", "lo": "ຖືກ ຫຼື ຜິດ"},
    "fill_blank": {"en": "Fill in the blank", "zh": "填空题", "km": "បំពេញចន្លោះ", "lo": "ຕື່ມຄຳໃສ່ບ່ອນຫວ່າງ"},
    "matching": {"en": "Matching pairs", "zh": "连线题", "km": "ផ្គូផ្គង", "lo": "ຈັບຄູ່"},
    "ordering": {"en": "Put in order", "zh": "排序题", "km": "តម្រៀបលំដាប់", "lo": "ຈັດລຳດັບ"},
    "short_answer": {"en": "Short answer", "zh": "简答题", "km": "ចម្លើយខ្លី", "lo": "ຄຳຕອບສັ້ນ"},
    "numeric": {"en": "Number", "zh": "数字题", "km": "លេខ", "lo": "ຕົວເລກ"},
    "rating_scale": {"en": "Rating scale", "zh": "评分题", "km": "មាត្រដ្ឋានវាយតម្លៃ", "lo": "ມາດຕາສ່ວນໃຫ້ຄະແນນ"},
    "open_text": {"en": "Open answer", "zh": "开放题", "km": "ចម្លើយសេរី", "lo": "ຄຳຕອບເສລີ"},
}


def kind_name(kind: str, language: str = "en") -> str:
    """Return the name of a question kind in a language (``zh_CN``, ``zh-Hans``: Chinese), else in English."""
    names = KIND_NAMES.get(kind) or {"en": kind}
    return names.get((language or "en").replace("_", "-").split("-")[0].lower()) or names["en"]


for _cls in QUESTION_TYPES.values():
    _cls.label = KIND_NAMES[_cls.type]["en"]
