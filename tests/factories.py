"""Build small but complete courses and media for tests."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

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


def jpeg_bytes(size=(64, 48), colour=(200, 80, 40), *, orientation: int = 1, gps: bool = False) -> bytes:
    """Return a small JPEG, optionally with an EXIF orientation and GPS position."""
    im = Image.new("RGB", size, colour)
    ImageDraw.Draw(im).rectangle([0, 0, size[0] // 2, size[1] // 3], fill=(20, 20, 200))
    exif = Image.Exif()
    exif[0x0112] = orientation
    if gps:
        exif.get_ifd(0x8825).update({1: "N", 2: (34.0, 15.0, 30.0), 3: "E", 4: (108.0, 56.0, 12.0)})
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85, exif=exif)
    return buf.getvalue()


def png_bytes(size=(40, 30), colour=(0, 128, 0, 255)) -> bytes:
    """Return a small PNG with an alpha channel."""
    buf = io.BytesIO()
    Image.new("RGBA", size, colour).save(buf, "PNG")
    return buf.getvalue()


WAV_BYTES = b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00@\x1f\x00\x00\x01\x00\x08\x00data\x00\x00\x00\x00"
MP4_BYTES = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 40


def all_questions(prefix: str = "q") -> list:
    """Return one question of every kind, each valid in a quiz."""
    return [
        SingleChoiceQuestion(id=f"{prefix}1", prompt="哪个时间光线最好？ Best light?", hint="Think of the sun",
                             choices=[Choice(id=f"{prefix}1a", text="上午 Morning", correct=True, feedback="Yes"),
                                      Choice(id=f"{prefix}1b", text="半夜 Midnight")]),
        MultipleChoiceQuestion(id=f"{prefix}2", prompt="Which belong on a price card?", points=2,
                               choices=[Choice(id=f"{prefix}2a", text="Price", correct=True),
                                        Choice(id=f"{prefix}2b", text="Weight", correct=True),
                                        Choice(id=f"{prefix}2c", text="Your ID number")]),
        TrueFalseQuestion(id=f"{prefix}3", prompt="Film with the window behind you.", answer=False,
                          feedback_incorrect="Face the window instead."),
        FillBlankQuestion(id=f"{prefix}4", text="Hold the phone with [[two|2]] hands."),
        MatchingQuestion(id=f"{prefix}5", prompt="Match the tool to its use.",
                         pairs=[Pair(left="Tripod", right="Steady shots"), Pair(left="Ring light", right="Even light")]),
        OrderingQuestion(id=f"{prefix}6", prompt="Order the live show.", items=["Greet", "Show product", "Say price"]),
        ShortAnswerQuestion(id=f"{prefix}7", prompt="One word for a short video platform?", answers=["Douyin", "抖音"]),
        NumericQuestion(id=f"{prefix}8", prompt="Price per jin if 10 jin cost 45 yuan?", answer=4.5, tolerance=0.01,
                        unit="yuan"),
    ]


def survey_questions() -> list:
    """Return a trainee questionnaire as the field notes describe it."""
    return [
        SingleChoiceQuestion(id="s1", prompt="Your age", choices=[Choice(id=f"s1{i}", text=t) for i, t in
                                                                  enumerate(["18-30", "31-40", "41-50", "51+"])]),
        RatingScaleQuestion(id="s2", prompt="How useful was day one?", min_label="Not useful", max_label="Very useful"),
        OpenTextQuestion(id="s3", prompt="What will you do first?"),
    ]


def make_bundle(title: str = "Test course 测试") -> CourseBundle:
    """Return a bundle whose course uses every block and question kind, with real media."""
    course = Course(id="course-test", title=title, language="zh-Hans", authors=[Person(name="李老师", role="lecturer")],
                    description="A course for tests.", created="2026-01-01T00:00:00+00:00",
                    modified="2026-01-01T00:00:00+00:00")
    bundle = CourseBundle(course=course)
    photo = bundle.media.add_bytes(course, jpeg_bytes(orientation=6, gps=True), "market photo.jpg")
    diagram = bundle.media.add_bytes(course, png_bytes(), "diagram.png")
    audio = bundle.media.add_bytes(course, WAV_BYTES, "greeting.wav")
    video = bundle.media.add_bytes(course, MP4_BYTES, "clip.mp4")
    sheet = bundle.media.add_bytes(course, "Checklist\n- price\n- weight\n".encode(), "checklist.txt")
    course.cover = photo.path
    lesson1 = Lesson(id="l1", title="拍摄 Filming", objectives=["Film steady", "Use window light"], minutes=30,
                     notes="Ask who has filmed before.", blocks=[
                         TextBlock(id="b1", markdown="# Light\n\nFace the **window**.\n\n- one\n  - nested\n- two"),
                         ImageBlock(id="b2", media=photo.path, alt="A market stall", caption="Morning market",
                                    credit="Test"),
                         ImageBlock(id="b3", media=diagram.path, alt="Framing diagram"),
                         AudioBlock(id="b4", media=audio.path, title="Greeting", transcript="Hello"),
                         VideoBlock(id="b5", media=video.path, title="Clip", transcript="A clip"),
                         FileBlock(id="b6", media=sheet.path, title="Checklist"),
                         ExerciseBlock(id="b7", title="Practice", questions=all_questions("e")),
                     ])
    lesson2 = Lesson(id="l2", title="Pricing", minutes=20, blocks=[TextBlock(id="b8", markdown="Price = cost + work.")])
    course.modules = [
        Module(id="m1", title="Day 1", items=[lesson1, Quiz(id="quiz1", title="Check", pass_mark=70,
                                                             questions=all_questions("q"))]),
        Module(id="m2", title="Day 2", items=[lesson2, Survey(id="survey1", title="Feedback",
                                                              questions=survey_questions())]),
    ]
    return bundle
