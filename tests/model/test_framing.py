"""A picture block's turn and crop: checked, undoable in one step, kept through the manifest."""

from __future__ import annotations

import pytest

from coursebuilder.model import Course, ImageBlock, Lesson, MediaItem, Module, course_from_data, course_to_data
from coursebuilder.model.blocks import framing_problem, turn_framing
from coursebuilder.model.operations import FIELD, SetFraming
from coursebuilder.model.validate import WARNING, validate_course


def test_turn_and_crop_are_one_undoable_step():
    block = ImageBlock(media="media/a.jpg", alt="A stall")
    op = SetFraming(block, 90, [0.1, 0.2, 0.5, 0.25])
    changes = op.apply()
    assert (block.rotate, block.crop) == (90, [0.1, 0.2, 0.5, 0.25])
    assert {(c.kind, c.attr) for c in changes} == {(FIELD, "rotate"), (FIELD, "crop")}
    assert all(c.target is block for c in changes)
    op.revert()
    assert (block.rotate, block.crop) == (0, [])
    assert op.name == "Crop picture"
    assert SetFraming(block, 180, []).name == "Rotate picture"


@pytest.mark.parametrize("rotate, crop, words", [
    (45, [], "45 degrees"),
    (0, [0.1, 0.1, 0.5], "four"),
    (0, [0.0, 0.0, 1.5, 0.5], "between 0 and 1"),
    (0, [0.6, 0.0, 0.5, 0.5], "past the edge"),
    (0, [0.0, 0.0, 0.001, 0.5], "less than 2%"),
])
def test_impossible_framing_is_refused_with_the_reason(rotate, crop, words):
    assert words in framing_problem(rotate, crop)
    with pytest.raises(ValueError, match=words.replace("%", "")):
        SetFraming(ImageBlock(media="media/a.jpg"), rotate, crop)


def test_turning_keeps_the_cropped_part():
    # The top-left quarter, turned a quarter clockwise, becomes the top-right quarter.
    assert turn_framing(0, [0.0, 0.0, 0.5, 0.5], 90) == (90, [0.5, 0.0, 0.5, 0.5])
    assert turn_framing(270, [0.1, 0.2, 0.3, 0.4], 90) == (0, pytest.approx([0.4, 0.1, 0.4, 0.3]))
    rotate, crop = 0, [0.1, 0.2, 0.3, 0.4]
    for _ in range(4):
        rotate, crop = turn_framing(rotate, crop, 90)
    assert rotate == 0 and crop == pytest.approx([0.1, 0.2, 0.3, 0.4])
    assert turn_framing(90, [], -90) == (0, [])


def _course(block: ImageBlock) -> Course:
    item = MediaItem(path="media/a.jpg", sha256="a" * 64, size=10, mime="image/jpeg", width=40, height=30)
    return Course(title="T", language="en", media=[item],
                  modules=[Module(title="M", items=[Lesson(title="L", blocks=[block])])])


def test_framing_round_trips_and_is_left_out_when_unset():
    data = course_to_data(_course(ImageBlock(media="media/a.jpg", alt="x", rotate=270, crop=[0.0, 0.25, 1.0, 0.5])))
    block = data["modules"][0]["items"][0]["blocks"][0]
    assert block["rotate"] == 270 and block["crop"] == [0, 0.25, 1, 0.5]
    again = course_from_data(data).modules[0].items[0].blocks[0]
    assert (again.rotate, again.crop) == (270, [0.0, 0.25, 1.0, 0.5])
    plain = course_to_data(_course(ImageBlock(media="media/a.jpg", alt="x")))["modules"][0]["items"][0]["blocks"][0]
    assert "rotate" not in plain and "crop" not in plain


def test_a_bad_framing_in_a_manifest_is_a_warning_with_its_place():
    problems = [p for p in validate_course(_course(ImageBlock(media="media/a.jpg", alt="x", rotate=45)))
                if "degrees" in p.message]
    assert len(problems) == 1
    assert problems[0].severity == WARNING and problems[0].place == "modules[0].items[0].blocks[0]"
