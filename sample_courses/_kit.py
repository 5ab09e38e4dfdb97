"""Short constructors for the sample courses, so their content reads like an outline."""

from __future__ import annotations

from textwrap import dedent

from coursebuilder.bundle import CourseBundle
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
    MultipleChoiceQuestion,
    NumericQuestion,
    OpenTextQuestion,
    OrderingQuestion,
    Pair,
    Quiz,
    RatingScaleQuestion,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    Survey,
    TextBlock,
    TrueFalseQuestion,
    VideoBlock,
)

#: Credit line for everything the generator draws or synthesises.
CREDIT = "Drawing: CourseBuilder sample team, CC BY 4.0"
VOICE_CREDIT = "Synthetic voice (eSpeak NG), CourseBuilder sample team, CC BY 4.0"


class Media:
    """Adds generated files to a bundle and hands back their media paths."""

    def __init__(self, bundle: CourseBundle):
        self.bundle = bundle

    def add(self, name: str, data: bytes) -> str:
        """Add bytes under a readable original name; return the media path."""
        return self.bundle.media.add_bytes(self.bundle.course, data, name).path


def md(s: str) -> TextBlock:
    """Return a text block from indented Markdown."""
    return TextBlock(markdown=dedent(s).strip() + "\n")


def image(media: str, alt: str, caption: str = "", credit: str = CREDIT) -> ImageBlock:
    """Return an image block."""
    return ImageBlock(media=media, alt=alt, caption=caption, credit=credit)


def audio(media: str, title: str, transcript: str, caption: str = "", credit: str = VOICE_CREDIT) -> AudioBlock:
    """Return an audio block."""
    return AudioBlock(media=media, title=title, transcript=dedent(transcript).strip(), caption=caption, credit=credit)


def video(media: str, title: str, transcript: str, caption: str = "", credit: str = CREDIT) -> VideoBlock:
    """Return a video block."""
    return VideoBlock(media=media, title=title, transcript=dedent(transcript).strip(), caption=caption, credit=credit)


def attachment(media: str, title: str, description: str, caption: str = "", credit: str = CREDIT) -> FileBlock:
    """Return a file block for a download."""
    return FileBlock(media=media, title=title, description=description, caption=caption, credit=credit)


def exercise(title: str, instructions: str, *questions) -> ExerciseBlock:
    """Return an exercise block."""
    return ExerciseBlock(title=title, instructions=instructions, questions=list(questions))


def lesson(id: str, title: str, *, minutes: int, objectives: list[str], notes: str, blocks: list) -> Lesson:
    """Return a lesson."""
    return Lesson(id=id, title=title, minutes=minutes, objectives=objectives, notes=dedent(notes).strip(), blocks=blocks)


def quiz(id: str, title: str, description: str, *questions, pass_mark=70, attempts=2, shuffle=True) -> Quiz:
    """Return a graded quiz."""
    return Quiz(
        id=id, title=title, description=description, questions=list(questions),
        pass_mark=pass_mark, attempts=attempts, shuffle=shuffle,
    )


def survey(id: str, title: str, description: str, *questions) -> Survey:
    """Return an anonymous questionnaire."""
    return Survey(id=id, title=title, description=description, questions=list(questions), anonymous=True)


def _choices(options) -> list[Choice]:
    out = []
    for opt in options:
        parts = [opt] if isinstance(opt, str) else list(opt)
        parts += [False, ""][len(parts) - 1:]
        text, correct, feedback = parts
        out.append(Choice(text=text, correct=bool(correct), feedback=feedback))
    return out


def single(id, prompt, options, **kw) -> SingleChoiceQuestion:
    """Return a single-choice question; options are text or (text, correct, feedback)."""
    return SingleChoiceQuestion(id=id, prompt=prompt, choices=_choices(options), **kw)


def multiple(id, prompt, options, **kw) -> MultipleChoiceQuestion:
    """Return a multiple-choice question; options are text or (text, correct, feedback)."""
    return MultipleChoiceQuestion(id=id, prompt=prompt, choices=_choices(options), **kw)


def true_false(id, prompt, answer: bool, **kw) -> TrueFalseQuestion:
    """Return a true/false question."""
    return TrueFalseQuestion(id=id, prompt=prompt, answer=answer, **kw)


def fill(id, prompt, text, **kw) -> FillBlankQuestion:
    """Return a fill-in-the-blank question with ``[[answer|alternative]]`` gaps."""
    return FillBlankQuestion(id=id, prompt=prompt, text=text, **kw)


def matching(id, prompt, pairs, **kw) -> MatchingQuestion:
    """Return a matching question from (left, right) tuples."""
    return MatchingQuestion(id=id, prompt=prompt, pairs=[Pair(left=l, right=r) for l, r in pairs], **kw)


def ordering(id, prompt, items, **kw) -> OrderingQuestion:
    """Return an ordering question; items are given in the right order."""
    return OrderingQuestion(id=id, prompt=prompt, items=list(items), **kw)


def short(id, prompt, answers, **kw) -> ShortAnswerQuestion:
    """Return a short-answer question."""
    return ShortAnswerQuestion(id=id, prompt=prompt, answers=list(answers), **kw)


def numeric(id, prompt, answer, tolerance=0.0, unit="", **kw) -> NumericQuestion:
    """Return a numeric question."""
    return NumericQuestion(id=id, prompt=prompt, answer=answer, tolerance=tolerance, unit=unit, **kw)


def rating(id, prompt, min_label, max_label, **kw) -> RatingScaleQuestion:
    """Return a 1-5 rating question."""
    return RatingScaleQuestion(id=id, prompt=prompt, min_label=min_label, max_label=max_label, **kw)


def open_text(id, prompt, max_length=500, **kw) -> OpenTextQuestion:
    """Return an open question."""
    return OpenTextQuestion(id=id, prompt=prompt, max_length=max_length, **kw)


def settle_ids(course: Course) -> None:
    """Give blocks and choices ids derived from their lesson or question, so rebuilds match."""
    for module in course.modules:
        for item in module.items:
            questions = list(getattr(item, "questions", []))
            for n, block in enumerate(getattr(item, "blocks", []), 1):
                block.id = f"{item.id}-b{n}"
                questions += getattr(block, "questions", [])
            for q in questions:
                for n, c in enumerate(getattr(q, "choices", []), 1):
                    c.id = f"{q.id}-c{n}"
