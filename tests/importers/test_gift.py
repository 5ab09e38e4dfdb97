"""Moodle GIFT banks: real syntax in, every kind GIFT can hold back out unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import make_bundle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importers.import_support import assert_valid_and_reopens
from strategies import questions as any_question

from coursebuilder.importers import (
    ImportFailure,
    course_to_gift,
    import_gift,
    new_course_bundle,
    parse_gift,
    question_to_gift,
)
from coursebuilder.model import (
    Choice,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OpenTextQuestion,
    Pair,
    Quiz,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from coursebuilder.importers.gift_text import escape
from coursebuilder.model.codec import to_data

DATA = Path(__file__).parent / "data"
BANK = DATA / "selling-produce.gift"


def same(q) -> dict:
    """Return a question as data without ids, which a new import always makes afresh."""
    data = to_data(q)
    data.pop("id", None)
    for c in data.get("choices", []):
        c.pop("id", None)
    return data


def bank():
    return parse_gift(BANK.read_bytes(), BANK.name)


def test_fixture_covers_every_kind_with_feedback_escapes_and_categories():
    b = bank()
    q = {x.extra["title"]: x for x in b.questions}
    assert len(b.questions) == 15

    light = q["Light 1"]
    assert isinstance(light, SingleChoiceQuestion)
    assert [(c.text, c.correct, c.feedback) for c in light.choices] == [
        ("In the morning", True, "Right: soft light, long shadows."),
        ("At noon", False, "The sun is too hard at noon."),
        ("At midnight", False, "Too dark to film."),
    ]
    assert light.extra["general_feedback"] == "Film when the sun is low and behind you."
    assert light.extra["category"] == "$course$/top/Day 1/Filming"
    assert [c.text for c in q["Light 2"].choices] == ["上午", "中午", "半夜"]

    steady, window = q["Steady"], q["Window"]
    assert isinstance(steady, TrueFalseQuestion) and steady.answer is True
    assert steady.feedback_incorrect == "Think of a shaky video."
    assert steady.feedback_correct == "Yes, two hands keep it steady."
    assert window.answer is False and window.feedback_incorrect == "No: face the window."

    card = q["Price card"]
    assert isinstance(card, MultipleChoiceQuestion)
    assert [(c.text, c.correct) for c in card.choices] == [
        ("The price per jin", True), ("The weight", True), ("Your ID number", False)]
    assert card.extra["category"] == "$course$/top/Day 1/Pricing"

    ratio = q["Ratio"]  # escapes: \: \{ \} \=
    assert ratio.prompt == "A price card says 2:1 — what does the colon mean {in this card}?"
    assert ratio.choices[1].text == "Two yuan = one jin"

    platform = q["Platform"]
    assert isinstance(platform, ShortAnswerQuestion)
    assert platform.answers == ["Douyin", "抖音", "Kuaishou"]
    assert (platform.feedback_correct, platform.feedback_incorrect) == ("Good.", "Try Douyin or Kuaishou.")

    jin, weight = q["Jin price"], q["Weight range"]
    assert isinstance(jin, NumericQuestion)
    assert (jin.answer, jin.tolerance, jin.feedback_correct) == (4.5, 0.01, "Right, 45 ÷ 10 = 4.5.")
    assert (weight.answer, weight.tolerance) == (1.75, 0.25)  # the range 1.5..2

    match = q["Match tools"]
    assert isinstance(match, MatchingQuestion)
    assert [(p.left, p.right) for p in match.pairs] == [
        ("Tripod", "Steady shots"), ("Ring light", "Even light on faces"), ("Microphone", "Clear sound")]

    greeting, missing = q["Greeting"], q["Missing word"]
    assert isinstance(greeting, FillBlankQuestion)
    assert greeting.text == "Greet viewers by [[name|their name]] when they join the live show."
    # A missing word picked from choices stays a choice question, the blank where Moodle puts it.
    assert isinstance(missing, SingleChoiceQuestion) and missing.prompt == "每次直播前先_____。"
    assert [(c.text, c.correct) for c in missing.choices] == [("检查网络", True), ("吃饭", False), ("睡觉", False)]
    assert missing.extra["category"] == "$course$/top/Day 1/Live selling"

    story = q["Story"]  # [html]: tags and scripts gone, text kept
    assert isinstance(story, OpenTextQuestion)
    assert story.prompt == "Describe **your** best-selling product in three sentences."

    assert q["Backslash"].answers == ["C:\\photos\\market"]
    tagged = q["Tagged"]
    assert (tagged.extra["moodle_id"], tagged.extra["tags"]) == ("live-07", ["live", "day 1"])

    assert b.descriptions == ["These questions check **day one**: filming, pricing and live selling."]
    notices = [str(n) for n in b.notices]
    assert any("line 56" in n and "<script>" in n for n in notices), notices


def test_fixture_imports_as_a_valid_quiz(tmp_path):
    bundle = new_course_bundle()
    report = import_gift(bundle, BANK)
    (module,) = bundle.course.modules
    (quiz,) = module.items
    assert isinstance(quiz, Quiz) and quiz.title == "Selling produce"
    assert len(quiz.questions) == 15 and report.questions == 15
    assert quiz.description.startswith("These questions check")
    again = assert_valid_and_reopens(bundle, tmp_path)
    assert again.course.modules[0].items[0].questions[0].extra["category"] == "$course$/top/Day 1/Filming"


def test_into_an_existing_quiz_or_lesson(tmp_path):
    bundle = make_bundle()
    before = len(bundle.course.modules[0].items[1].questions)
    import_gift(bundle, BANK, quiz="Check")
    assert len(bundle.course.modules[0].items[1].questions) == before + 15
    import_gift(bundle, BANK, lesson="l2", title="Practice")
    exercise = bundle.course.modules[1].items[0].blocks[-1]
    assert exercise.title == "Practice" and len(exercise.questions) == 15
    with pytest.raises(ImportFailure, match="no lesson “Nowhere”; choose one of: l1 “拍摄 Filming”, l2 “Pricing”"):
        import_gift(bundle, BANK, lesson="Nowhere")


BROKEN = [
    ("// a comment\n\nQ1 {T}\n\n// another\nQ2 is missing its end {=a ~b\n", 6,
     "the answer block '{' is never closed"),
    ("Q1 {T}\n\nA closing } alone {T\n", 3, "'}' has no '{' before it"),
    ("Q {=a ~b}\nQ2 {T}\n", 2, "a second '{' inside the answer block"),
    ("Q {\n~%50%a\n  ~%20%b\n}\n", 2, "the answers' weights add up to 70%, not 100%"),
    ("\n\nHow many? {#lots}\n", 3, "'lots' is not a number"),
    ("Q {\n=a\n~%abc%b}\n", 3, "a weight must be written like %50%"),
    ("Q {=a ~ ~b}\n", 1, "an answer after '~' is empty"),
    ("Match {\n=a -> 1\n=b ->\n}\n", 3, "the pair “b” has nothing after ->"),
    ("Q {T}\n\nQ {=a}\n\n\xff\xfe bad {T}\n", 5, "the text is not UTF-8"),
]


@pytest.mark.parametrize(("text", "line", "message"), BROKEN)
def test_broken_gift_names_the_line(text, line, message):
    raw = text.encode("latin-1") if "\xff" in text else text.encode("utf-8")
    with pytest.raises(ImportFailure) as info:
        parse_gift(raw, "bank.gift")
    assert info.value.place == f"bank.gift line {line}"
    assert message in info.value.message
    assert "\n" not in str(info.value)


def test_broken_bank_changes_nothing(tmp_path):
    bundle = make_bundle()
    before = to_data(bundle.course)
    broken = tmp_path / "broken.gift"
    broken.write_text(BANK.read_text(encoding="utf-8") + "\n\nLast one {=a ~b\n", encoding="utf-8")
    with pytest.raises(ImportFailure, match="broken.gift line"):
        import_gift(bundle, broken)
    assert to_data(bundle.course) == before


def test_course_to_gift_and_back_keeps_every_question_gift_can_hold():
    course = make_bundle().course
    result = course_to_gift(course)
    back = parse_gift(result.text, "course.gift")
    assert len(back.questions) == len(result.questions) == result.count
    exact = []
    for original, again in zip(result.questions, back.questions, strict=True):
        _, losses = question_to_gift(original)
        if not losses:
            assert same(again) == same(original)
            exact.append(original.type)
    # In the quiz and the exercise: true/false, fill-in, matching and short answer come back equal.
    assert sorted(exact) == sorted(["true_false", "fill_blank", "matching", "short_answer"] * 2)
    reasons = " | ".join(n.message for n in result.notices)
    assert "GIFT has no ordering questions" in reasons
    assert "GIFT has no hints" in reasons and "2 points are not kept" in reasons and "“yuan” is not kept" in reasons
    assert "a survey is not a question bank" in reasons


def test_every_reported_loss_is_named_for_its_question():
    course = make_bundle().course
    result = course_to_gift(course)
    places = [n.place for n in result.notices]
    assert any(p.endswith("Quiz 2 “Check” › question 6") for p in places)  # the ordering question
    assert any(p.endswith("Quiz 2 “Check” › question 1") for p in places)  # its hint


# Text GIFT carries exactly: any of its special characters, Chinese, inner spaces; no edges of space.
_ALPHABET = "abcxyz XYZ019.,?!()'\"/~=#{}:\\-*_`上午拍视频价格，。\n"
clean = st.text(_ALPHABET, min_size=1, max_size=16).map(str.strip).filter(
    lambda s: bool(s) and not s.startswith(("%", "//")) and "\n" not in s[:1])
word = clean.filter(lambda s: "\n" not in s and "|" not in s and "[" not in s and "]" not in s)
maybe = st.one_of(st.just(""), clean)
extras = st.fixed_dictionaries({}, optional={"title": word, "category": word, "general_feedback": clean})


def _choices(correct: list[bool]):
    return st.lists(word, min_size=len(correct), max_size=len(correct), unique=True).flatmap(
        lambda texts: st.lists(maybe, min_size=len(texts), max_size=len(texts)).map(
            lambda fbs: [Choice(text=t, correct=c, feedback=f) for t, c, f in zip(texts, correct, fbs, strict=True)]))


single = st.integers(2, 5).flatmap(lambda n: st.integers(0, n - 1).flatmap(
    lambda k: _choices([i == k for i in range(n)])))
multiple = st.lists(st.booleans(), min_size=2, max_size=6).filter(any).flatmap(_choices)
numbers = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9)
expressible = st.one_of(
    st.builds(SingleChoiceQuestion, prompt=clean, choices=single, extra=extras),
    st.builds(MultipleChoiceQuestion, prompt=clean, choices=multiple, extra=extras),
    st.builds(TrueFalseQuestion, prompt=clean, answer=st.booleans(), feedback_correct=maybe,
              feedback_incorrect=maybe, extra=extras),
    st.builds(ShortAnswerQuestion, prompt=clean, answers=st.lists(word, min_size=1, max_size=3),
              feedback_correct=maybe, feedback_incorrect=maybe, extra=extras),
    st.builds(MatchingQuestion, prompt=clean, extra=extras, pairs=st.lists(
        st.builds(Pair, left=word.filter(lambda s: ">" not in s), right=word.filter(lambda s: ">" not in s)),
        min_size=2, max_size=4)),
    st.builds(NumericQuestion, prompt=clean, answer=numbers, tolerance=numbers.map(abs),
              feedback_correct=maybe, extra=extras),
    st.builds(OpenTextQuestion, prompt=clean, extra=extras),
    st.builds(lambda before, answers, after, fb, extra: FillBlankQuestion(
        text=f"{before} [[{'|'.join(answers)}]] {after}", feedback_correct=fb, extra=extra),
        word, st.lists(word, min_size=1, max_size=3), word, maybe, extras),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressible)
def test_gift_round_trip_of_expressible_questions_is_exact(question):
    category = question.extra.get("category", "")
    text, losses = question_to_gift(question, category=category)
    assert text is not None and losses == []
    head = f"$CATEGORY: {escape(category)}\n\n" if category else ""
    (again,) = parse_gift(head + text).questions
    assert same(again) == same(question)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_question)
def test_any_question_is_written_exactly_or_its_loss_reported(question):
    text, losses = question_to_gift(question)
    if text is None:
        assert losses
        return
    if not losses:
        (again,) = parse_gift(text).questions
        assert same(again) == same(question)


MOODLE = Path(__file__).parents[1] / "fixtures" / "gift" / "moodle"


def _moodle(name: str):
    b = parse_gift((MOODLE / name).read_bytes(), name)
    return {q.extra.get("title"): q for q in b.questions}, b


def test_moodle_format_markers_are_read_not_shown():
    q, _ = _moodle("questions.gift.txt")
    activities = q["Moodle activities"]
    # [html] becomes the course's Markdown; each answer's own marker is read, never shown.
    assert activities.prompt == "Match the **activity** to the description."
    assert [p.left for p in activities.pairs][:2] == [
        "An activity supporting asynchronous discussions.",
        "A teacher asks a question and specifies a choice of multiple responses."]
    colours = q["Q2"]
    assert [(c.text, c.feedback) for c in colours.choices] == [
        ("yellow", "right; good!"), ("red", "wrong, it's yellow"), ("blue", "wrong, it's yellow")]


def test_html_becomes_markdown_without_anything_that_runs():
    (q,) = parse_gift(
        '[html]<p>Read <a href\\="javascript\\:alert(1)">this</a> and <a href\\="https\\://moodle.org/x">that</a>'
        '<img src\\="x.png" onerror\\="alert(2)"><script>alert(3)</script></p><ul><li>one</li><li>*two*</li></ul>'
        "{=a ~b}").questions
    assert q.prompt == "Read this and [that](https://moodle.org/x)\n\n- one\n- \\*two\\*"
    b = parse_gift('[html]Hi <img src\\="x.png"><script>x()</script>{T}\n')
    notes = " | ".join(str(n.message) for n in b.notices)
    assert "the picture x.png" in notes and "<script>" in notes


def test_forms_moodle_accepts_are_accepted():
    q, b = _moodle("questions.gift.txt")
    number = q["Q5"]  # {#3:2~#Completely wrong}
    assert (number.answer, number.tolerance, number.feedback_incorrect) == (3, 2, "Completely wrong")
    (one,) = parse_gift("Say one {One}\n").questions  # a short answer without =
    assert isinstance(one, ShortAnswerQuestion) and one.answers == ["One"]
    (arrow,) = parse_gift("Which? {=a -> b ~c -> d}\n").questions  # -> inside choices
    assert isinstance(arrow, SingleChoiceQuestion) and [c.text for c in arrow.choices] == ["a -> b", "c -> d"]
    empty = parse_gift("Which? {=a ~b ~#only feedback}\n")  # Moodle's exporter writes ~#feedback
    assert [c.text for c in empty.questions[0].choices] == ["a", "b"]
    assert "only feedback" in str(empty.notices[0].message)


def test_partial_credit_is_kept_exactly():
    q, _ = _moodle("examples.txt")
    home = q["Jesus' hometown"]
    assert isinstance(home, ShortAnswerQuestion)
    assert (home.answers, home.credit) == (["Nazareth", "Nazereth", "Bethlehem"], {"Nazereth": 75, "Bethlehem": 25})
    b = parse_gift((MOODLE / "examples.txt").read_bytes())
    tomb = [x for x in b.questions if x.prompt == "What two people are entombed in Grant's tomb?"]
    assert [(c.correct, c.credit) for c in tomb[0].choices] == [(False, 0), (True, 50), (True, 50), (False, 0)]
    assert [c.credit for c in tomb[1].choices] == [-50, 50, 50, -50]
    (four,) = parse_gift("Seasons? {=spring =summer =autumn =winter ~noon}\n").questions
    assert [c.correct for c in four.choices] == [True] * 4 + [False]  # any of the four is right
    (quarter,) = parse_gift("Pick {~%25%a ~%25%b ~%25%c ~%25%d ~%-100%e}\n").questions
    assert isinstance(quarter, MultipleChoiceQuestion) and sum(c.correct for c in quarter.choices) == 4
    with pytest.raises(ImportFailure, match="add up to 70%"):
        parse_gift("Pick {~%50%a ~%20%b ~c}\n")


def test_part_marks_are_written_back_and_read_again():
    q, _ = _moodle("examples.txt")
    for question in (q["Jesus' hometown"], q["GIFT Control Characters"]):
        text, losses = question_to_gift(question)
        assert losses == [], losses
        (again,) = parse_gift(text).questions
        assert same(again) == same(question)


def test_numbers_with_feedback_are_written_in_the_form_every_parser_reads():
    text, losses = question_to_gift(NumericQuestion(prompt="How much?", answer=60, tolerance=0.5,
                                                    feedback_correct="Yes", feedback_incorrect="No"))
    assert losses == [] and "{#\n\t=60:0.5#Yes\n\t~#No\n}" in text
