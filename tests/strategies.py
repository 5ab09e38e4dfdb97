"""Hypothesis strategies that build arbitrary but well-typed courses."""

from __future__ import annotations

from hypothesis import strategies as st

from coursebuilder.model import (
    AudioBlock,
    Choice,
    Course,
    ExerciseBlock,
    FileBlock,
    FillBlankQuestion,
    ImageBlock,
    Lesson,
    MatchingQuestion,
    MediaItem,
    Module,
    MultipleChoiceQuestion,
    NumericQuestion,
    OpenTextQuestion,
    OrderingQuestion,
    Pair,
    Person,
    Quiz,
    RatingScaleQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    Survey,
    TextBlock,
    TrueFalseQuestion,
    VideoBlock,
)

# Any Unicode a lecturer might type, including CJK, Khmer, emoji and newlines; no surrogates.
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
ident = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
small_int = st.integers(min_value=-5, max_value=500)
number = st.floats(allow_nan=False, allow_infinity=False, width=32)
extra = st.dictionaries(st.sampled_from(["x_future", "x_note", "x_list"]),
                        st.one_of(text, st.integers(), st.lists(text, max_size=2)), max_size=2)


def _q(cls, **fields):
    base = dict(id=ident, prompt=text, points=number, hint=text, feedback_correct=text,
                feedback_incorrect=text, extra=extra)
    base.update(fields)
    return st.builds(cls, **base)


choices = st.lists(st.builds(Choice, text=text, correct=st.booleans(), feedback=text, id=ident, extra=extra),
                   max_size=4)
questions = st.one_of(
    _q(SingleChoiceQuestion, choices=choices, shuffle=st.booleans()),
    _q(MultipleChoiceQuestion, choices=choices, shuffle=st.booleans()),
    _q(TrueFalseQuestion, answer=st.booleans()),
    _q(FillBlankQuestion, text=text, case_sensitive=st.booleans()),
    _q(MatchingQuestion, pairs=st.lists(st.builds(Pair, left=text, right=text, extra=extra), max_size=3)),
    _q(OrderingQuestion, items=st.lists(text, max_size=4)),
    _q(ShortAnswerQuestion, answers=st.lists(text, max_size=3), case_sensitive=st.booleans()),
    _q(NumericQuestion, answer=number, tolerance=number, unit=text),
    _q(RatingScaleQuestion, scale_min=small_int, scale_max=small_int, min_label=text, max_label=text),
    _q(OpenTextQuestion, multiline=st.booleans(), max_length=small_int),
)
media_path = st.from_regex(r"media/[a-z0-9]{1,8}\.(jpg|png|mp3)", fullmatch=True)
blocks = st.one_of(
    st.builds(TextBlock, id=ident, markdown=text, extra=extra),
    st.builds(ImageBlock, id=ident, media=media_path, alt=text, caption=text, credit=text, extra=extra,
              rotate=st.sampled_from([0, 90, 180, 270]),
              crop=st.sampled_from([[], [0.0, 0.0, 0.5, 0.5], [0.25, 0.1, 0.75, 0.9], [0.125, 0.0, 0.5, 1.0]])),
    st.builds(AudioBlock, id=ident, media=media_path, title=text, transcript=text),
    st.builds(VideoBlock, id=ident, media=media_path, title=text, caption=text),
    st.builds(FileBlock, id=ident, media=media_path, title=text, description=text),
    st.builds(ExerciseBlock, id=ident, title=text, instructions=text, questions=st.lists(questions, max_size=3)),
)
items = st.one_of(
    st.builds(Lesson, id=ident, title=text, objectives=st.lists(text, max_size=3), minutes=small_int, notes=text,
              blocks=st.lists(blocks, max_size=4), extra=extra),
    st.builds(Quiz, id=ident, title=text, description=text, pass_mark=small_int, shuffle=st.booleans(),
              attempts=small_int, questions=st.lists(questions, max_size=4)),
    st.builds(Survey, id=ident, title=text, anonymous=st.booleans(), questions=st.lists(questions, max_size=3)),
)
media_items = st.builds(MediaItem, path=media_path, sha256=st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
                        size=st.integers(0, 10**9), mime=st.sampled_from(["image/jpeg", "audio/mpeg"]),
                        width=st.integers(0, 5000), height=st.integers(0, 5000), original_name=text)
courses = st.builds(
    Course,
    id=ident,
    title=text,
    subtitle=text,
    language=st.sampled_from(["en", "zh-Hans", "zh-Hans-CN", "km", "lo", "en-GB"]),
    authors=st.lists(st.builds(Person, name=text, role=text, email=text, extra=extra), max_size=2),
    licence=text,
    description=text,
    cover=st.one_of(st.just(""), media_path),
    version=text,
    created=text,
    modified=text,
    modules=st.lists(st.builds(Module, id=ident, title=text, description=text, items=st.lists(items, max_size=3),
                               extra=extra), max_size=3),
    media=st.lists(media_items, max_size=3),
    extra=extra,
)
