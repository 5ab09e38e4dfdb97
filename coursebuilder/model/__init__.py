"""The course model: plain dataclasses, validation and edits, with no I/O and no Qt."""

from .blocks import (
    BLOCK_TYPES,
    AudioBlock,
    Block,
    ExerciseBlock,
    FileBlock,
    ImageBlock,
    MediaBlock,
    TextBlock,
    VideoBlock,
)
from .codec import ManifestError, course_from_data, course_to_data
from .course import (
    ITEM_TYPES,
    Assessment,
    Course,
    Item,
    Lesson,
    MediaItem,
    Module,
    Person,
    Quiz,
    Survey,
)
from .ids import new_id
from .questions import (
    QUESTION_TYPES,
    Choice,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OpenTextQuestion,
    OrderingQuestion,
    Pair,
    Question,
    RatingScaleQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from .validate import Problem, validate_course

__all__ = [name for name in dir() if not name.startswith("_")]
