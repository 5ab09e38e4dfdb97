"""Every question kind GIFT can hold is written and read back as the same kind; the others say why not."""

from __future__ import annotations

from coursebuilder.importers.gift_parse import parse_gift
from coursebuilder.importers.gift_write import WRITERS, comparable, question_to_gift
from coursebuilder.model import QUESTION_TYPES
from coursebuilder.model.questions import (
    Choice,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OpenTextQuestion,
    OrderingQuestion,
    Pair,
    RatingScaleQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

#: One ordinary question of each kind, as a lecturer writes it.
SAMPLES = {
    "single_choice": SingleChoiceQuestion(prompt="Which needle size suits chunky wool?",
                                          choices=[Choice(text="8 mm", correct=True), Choice(text="2 mm")]),
    "multiple_choice": MultipleChoiceQuestion(prompt="Which are natural fibres?",
                                              choices=[Choice(text="wool", correct=True), Choice(text="cotton", correct=True),
                                                       Choice(text="nylon")]),
    "true_false": TrueFalseQuestion(prompt="Wool felts in hot water.", answer=True),
    "fill_blank": FillBlankQuestion(text="A skein weighs about [[100|one hundred]] grams."),
    "matching": MatchingQuestion(prompt="Match the stitch with its look.",
                                 pairs=[Pair(left="knit", right="V shapes"), Pair(left="purl", right="bumps")]),
    "ordering": OrderingQuestion(prompt="Put the steps in order.", items=["cast on", "knit", "bind off"]),
    "short_answer": ShortAnswerQuestion(prompt="What do you call a ball of yarn?", answers=["skein"]),
    "numeric": NumericQuestion(prompt="How many stitches in 10 cm?", answer=22, tolerance=1),
    "rating_scale": RatingScaleQuestion(prompt="How useful was today?"),
    "open_text": OpenTextQuestion(prompt="What would you sell first?"),
}


def test_there_is_a_sample_of_every_kind():
    assert set(SAMPLES) == set(QUESTION_TYPES)


def test_each_kind_gift_holds_reads_back_as_itself():
    for kind, q in SAMPLES.items():
        text, losses = question_to_gift(q)
        if hasattr(WRITERS[kind], "note"):
            assert text is None and losses == [WRITERS[kind].note], kind
            continue
        assert text is not None and losses == [], (kind, losses)
        bank = parse_gift(text + "\n")
        assert [b.type for b in bank.questions] == [kind], text
        assert comparable(bank.questions[0]) == comparable(q), kind
