"""Questions stay whole and nothing is left alone on a slide: synthetic courses, no LibreOffice needed."""

from __future__ import annotations

import re

import pytest
from pptx import Presentation

from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from coursebuilder.exporters.pptx.fit import FrameStyle, LevelStyle, paginate
from coursebuilder.exporters.pptx.fonts import Measurer
from coursebuilder.exporters.pptx.richtext import BULLET, PLAIN, Para, Span
from coursebuilder.model import (
    Choice,
    ExerciseBlock,
    ImageBlock,
    Lesson,
    MatchingQuestion,
    Module,
    MultipleChoiceQuestion,
    OrderingQuestion,
    Pair,
    SingleChoiceQuestion,
    Survey,
    TextBlock,
)
from exporters.pptx_support import overflowing
from exporters.slide_checks import Titles, groups, read_slides, structure_problems
from factories import make_bundle

THEMES = ("default", "high-contrast")
LONG = "a long choice that a lecturer wrote out in full, with a reason after it so that it wraps over lines"


def _deck(tmp_path, items, theme: str, language: str = "en"):
    bundle = make_bundle()
    bundle.course.language = language
    bundle.course.modules.append(Module(id="m-keep", title="Keep", items=items))
    out = tmp_path / f"{theme}.pptx"
    export_pptx(bundle, PptxOptions(output=out, module=len(bundle.course.modules), theme=theme, date="2026-03-15"))
    return bundle.course, Presentation(str(out))


def _exercise(*questions) -> Lesson:
    return Lesson(id="l-keep", title="Keep together", objectives=["Answer"], minutes=10,
                  blocks=[ExerciseBlock(title="Check", questions=list(questions))])


def _question_groups(course, prs):
    titles = Titles(course.language)
    return [g for g in groups(read_slides(prs), titles) if titles.question.match(g[0].title)]


def _texts(group) -> list[str]:
    return [p.text for view in group for p in view.paras]


@pytest.mark.parametrize("theme", THEMES)
def test_eight_long_choices_keep_their_prompt_on_every_slide_and_take_at_most_two(tmp_path, theme):
    q = SingleChoiceQuestion(prompt="Which of these is the safest way to pack soft fruit for a two-day courier trip?",
                             choices=[Choice(text=f"{LONG} {n}", correct=n == 3) for n in range(8)])
    course, prs = _deck(tmp_path, [_exercise(q)], theme)
    assert structure_problems(prs, course) == []
    assert overflowing(prs, "en") == []
    [group] = _question_groups(course, prs)
    # The high-contrast theme's smallest text (24 pt) holds fewer long lines.
    assert len(group) <= (2 if theme == "default" else 3)
    for view in group:
        assert view.paras[0].text.startswith("Which of these is the safest way")
    shown = [t for t in _texts(group) if t.startswith(LONG)]
    assert sorted(shown) == sorted(c.text for c in q.choices)  # every choice once, none lost
    # Lettered A.. H. in order across the slides: a continuation starts at the next letter.
    firsts = [next(p.start for p in view.paras if p.mark == "letter") for view in group]
    assert firsts[0] == 1 and all(b > a for a, b in zip(firsts, firsts[1:], strict=False))


def test_twelve_short_choices_take_two_columns_on_one_slide(tmp_path):
    q = SingleChoiceQuestion(prompt="Which month do you sell most?", choices=[Choice(text=f"Month {n}") for n in range(1, 13)])
    course, prs = _deck(tmp_path, [_exercise(q)], "default")
    [group] = _question_groups(course, prs)
    assert len(group) == 1 and group[0].layout == "Two Content"
    # The right column starts beside the first choice, below the prompt.
    (l0, t0, *_), (l1, t1, *_) = group[0].bodies
    assert l1 > l0 and t1 > t0
    assert structure_problems(prs, course) == [] and overflowing(prs, "en") == []


@pytest.mark.parametrize("theme", THEMES)
def test_eight_short_choices_shrink_before_continuing(tmp_path, theme):
    q = MultipleChoiceQuestion(prompt="Which belong in a product listing?",
                               choices=[Choice(text=f"Something a buyer asks about number {n}", correct=n < 3) for n in range(8)])
    course, prs = _deck(tmp_path, [_exercise(q)], theme)
    [group] = _question_groups(course, prs)
    # Smaller text (down to the theme's third level) fits it in the default theme; high contrast must continue.
    assert len(group) == (1 if theme == "default" else 2)
    assert all(view.paras[0].text == q.prompt for view in group)
    assert structure_problems(prs, course) == [] and overflowing(prs, "en") == []


@pytest.mark.parametrize("theme", THEMES)
def test_twelve_pair_matching_shows_both_columns_and_the_prompt_on_every_slide(tmp_path, theme):
    q = MatchingQuestion(prompt="Match each tool to its job.",
                         pairs=[Pair(left=f"Tool number {n} of the kit", right=f"The job tool {n} does best") for n in range(12)])
    course, prs = _deck(tmp_path, [_exercise(q)], theme)
    assert structure_problems(prs, course) == []
    assert overflowing(prs, "en") == []
    [group] = _question_groups(course, prs)
    texts = _texts(group)
    assert sorted(t for t in texts if t.startswith("Tool")) == sorted(p.left for p in q.pairs)
    assert sorted(t for t in texts if t.startswith("The job")) == sorted(p.right for p in q.pairs)
    for view in group:
        assert view.paras[0].text == "Match each tool to its job."
        assert len({p.frame for p in view.paras}) == 2, "both columns on every slide"


@pytest.mark.parametrize("theme", THEMES)
def test_ten_step_ordering_stays_on_one_slide_with_its_answer_on_one_slide(tmp_path, theme):
    q = OrderingQuestion(prompt="Put the steps of a live show in order.", items=[f"Step {n}: do the thing of step {n}" for n in range(10)])
    course, prs = _deck(tmp_path, [_exercise(q)], theme)
    titles = Titles(course.language)
    every = groups(read_slides(prs), titles)
    asked = [g for g in every if titles.question.match(g[0].title)]
    answered = [g for g in every if titles.answer.match(g[0].title)]
    assert [len(g) for g in asked + answered] == [1, 1]
    assert sorted(t for t in _texts(asked[0]) if t.startswith("Step")) == sorted(q.items)
    assert structure_problems(prs, course) == [] and overflowing(prs, "en") == []


ZH = "这是一句比较长的中文说明，讲清楚为什么要这样做，也讲清楚怎样做才稳妥。"
EN = "This is the English of the line before it, a little longer than the Chinese, as translations are."


@pytest.mark.parametrize("theme", THEMES)
def test_chinese_lines_and_their_english_stay_on_one_slide(tmp_path, theme):
    md = "## 双语 Both languages\n\n" + "\n\n".join(f"{ZH}{n}\n\n*{EN} {n}*" for n in range(9))
    lesson = Lesson(id="l-zh", title="双语", objectives=["读懂"], minutes=5, blocks=[TextBlock(markdown=md)])
    course, prs = _deck(tmp_path, [lesson], theme, language="zh-Hans")
    slides = [v for v in read_slides(prs) if v.title.startswith("双语 Both")]
    assert len(slides) >= 2, "the text is long enough to continue"
    for view in slides:
        assert "\u4e00" <= view.paras[-1].text[0] <= "\u9fff" or view.paras[-1].text.startswith("This")
        assert not view.paras[-1].text.startswith("这是"), f"slide {view.number} ends with a Chinese line alone"
        assert view.paras[0].text.startswith("这是")
    assert structure_problems(prs, course) == []


def test_survey_questions_keep_their_answer_forms(tmp_path):
    questions = [SingleChoiceQuestion(prompt=f"Question {n}: how did part {n} of the course go for you?",
                                      choices=[Choice(text=t) for t in ("Well", "Partly", "Badly", "Not at all sure")])
                 for n in range(14)]
    course, prs = _deck(tmp_path, [Survey(id="s-keep", title="Survey", questions=questions)], "high-contrast")
    views = [v for v in read_slides(prs) if v.title.startswith("Survey")]
    assert len(views) >= 2
    for view in views:
        assert view.paras[0].level == 0 or not view.paras[0].text.startswith("Well"), "a form at the top of a slide"
    assert structure_problems(prs, course) == []


def test_minutes_never_stand_alone_and_a_bare_lesson_title_folds_into_the_next_slide(tmp_path):
    bundle_items = [
        Lesson(id="l-obj", title="Many objectives", minutes=25,
               objectives=[f"Objective {n}, written out at a length a lecturer might use" for n in range(5)],
               blocks=[TextBlock(markdown="Some text.")]),
        Lesson(id="l-bare", title="Bare lesson", blocks=[TextBlock(markdown="## First part\n\nThe text of the first part.")]),
    ]
    course, prs = _deck(tmp_path, bundle_items, "high-contrast")
    views = read_slides(prs)
    assert structure_problems(prs, course) == []
    assert not [v for v in views if v.title == "Bare lesson" and not v.paras], "no bare title slide"
    first_part = next(v for v in views if v.title == "First part")
    assert first_part.paras[0].text == "Bare lesson"  # the lesson's name stands above its first section


def test_a_heading_alone_before_pictures_becomes_their_title(tmp_path):
    bundle = make_bundle()
    picture = next(m.path for m in bundle.course.media if m.kind == "image")
    lesson = Lesson(id="l-pics", title="Pictures", objectives=["Look"], minutes=5, blocks=[
        TextBlock(markdown="## Three photos of the market"),
        ImageBlock(media=picture, caption="one"), ImageBlock(media=picture, caption="two"),
    ])
    bundle.course.modules.append(Module(id="m-pics", title="Pics", items=[lesson]))
    out = tmp_path / "pics.pptx"
    export_pptx(bundle, PptxOptions(output=out, module=len(bundle.course.modules), date="2026-03-15"))
    prs = Presentation(str(out))
    views = read_slides(prs)
    titled = [v for v in views if v.title == "Three photos of the market"]
    assert [v.pictures for v in titled] == [1, 1]
    assert structure_problems(prs, bundle.course) == []


def test_a_list_cut_inside_an_item_goes_on_with_the_right_number(tmp_path):
    items = "\n".join(f"{n}. {'A step that is long enough to wrap over several lines of the slide, ' * 5}" for n in range(1, 7))
    lesson = Lesson(id="l-num", title="Steps", objectives=["Do"], minutes=5, blocks=[TextBlock(markdown="## Steps\n\n" + items)])
    course, prs = _deck(tmp_path, [lesson], "high-contrast")
    views = [v for v in read_slides(prs) if v.title.startswith("Steps") and v.paras and v.paras[0].text != "Do"]
    assert len(views) >= 2
    counted = 0  # numbered paragraphs so far: the number the next one must show is counted + 1
    for view in views:
        for i, p in enumerate(view.paras):
            if p.mark != "number":
                continue
            runs_on = i > 0 and view.paras[i - 1].mark == "number"
            if not runs_on:  # the number is written (startAt) unless it follows a numbered paragraph
                assert p.start == counted + 1, f"slide {view.number}: {p.start} after {counted}"
            counted += 1
    assert counted == 6


def _style(height: float) -> FrameStyle:
    return FrameStyle(600.0, height, [LevelStyle(24.0, 20.0, 6.0)], Measurer("Liberation Sans", "Noto Sans CJK SC"))


def test_paginate_never_ends_a_slide_with_a_paragraph_kept_with_the_next():
    paras = []
    for n in range(12):
        paras.append(Para([Span(f"Question {n}?")], kind=BULLET, keep=True))
        paras.append(Para([Span("Yes / No / Not sure")], level=0, kind=PLAIN))
    pages = paginate(paras, _style(200.0))
    assert len(pages) > 1
    assert [p for page in pages for p in page] == paras  # nothing lost or reordered
    for page in pages[:-1]:
        assert not page[-1].keep


def test_paginate_leaves_no_single_line_alone_on_the_last_slide():
    paras = [Para([Span(f"Item {n}")], kind=BULLET) for n in range(7)]
    style = _style(200.0)
    pages = paginate(paras, style)
    assert len(pages) >= 2 and len(pages[-1]) >= 2


def test_questions_too_big_for_any_slide_still_fit_their_frames():
    huge = " ".join(["A very long prompt sentence that goes on and on."] * 40)
    questions = [
        SingleChoiceQuestion(prompt="No choices"),
        SingleChoiceQuestion(prompt=huge, choices=[Choice(text=f"c{n}") for n in range(6)]),
        SingleChoiceQuestion(prompt="Sixty", choices=[Choice(text=f"choice number {n} with some words") for n in range(60)]),
        MatchingQuestion(prompt="One pair", pairs=[Pair(left="a", right="b")]),
        MatchingQuestion(prompt=huge, pairs=[Pair(left=f"l{n}", right=f"r{n}") for n in range(20)]),
        MatchingQuestion(prompt="Uneven", pairs=[Pair(left="x " * 200, right="y")] * 3),
        OrderingQuestion(prompt="Empty", items=[]),
    ]
    import tempfile
    from pathlib import Path

    for theme in THEMES:
        course, prs = _deck(Path(tempfile.mkdtemp()), [_exercise(*questions)], theme)
        assert overflowing(prs, "en") == []
        # Wherever the prompt is short enough to repeat, it is on every slide of its question.
        problems = [p for p in structure_problems(prs, course) if "without its prompt" in p]
        # (2 and 5 have a prompt longer than a slide, 6 an item longer than a column.)
        assert {re.search(r"(?:question|answer) (\d) of", p).group(1) for p in problems} <= {"2", "5", "6"}, problems
