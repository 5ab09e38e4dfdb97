"""Reversible operations: each edit applies, reverts to the exact prior state and reports its change."""

from __future__ import annotations

import copy

import pytest

from coursebuilder.model import (
    Choice,
    Course,
    ExerciseBlock,
    Lesson,
    Module,
    Quiz,
    SingleChoiceQuestion,
    TextBlock,
    course_to_data,
)
from coursebuilder.model.operations import (
    FIELD,
    STRUCTURE,
    Group,
    Insert,
    Move,
    Remove,
    ReplaceList,
    SetField,
    duplicate,
)


def make_course() -> Course:
    q = SingleChoiceQuestion(prompt="Best time to post?", choices=[Choice(text="Evening", correct=True), Choice(text="3 am")])
    lessons = [
        Lesson(title="Filming", blocks=[TextBlock(markdown="Hold the phone *still*."), ExerciseBlock(title="Try", questions=[q])]),
        Lesson(title="Lighting", objectives=["Use daylight"]),
    ]
    return Course(
        title="Selling online",
        modules=[Module(title="Day 1", items=lessons), Module(title="Day 2", items=[Quiz(title="Check")])],
    )


def roundtrip(course: Course, op) -> None:
    """Apply then revert ``op`` and check the course is exactly as before, and after redo as after apply."""
    before = course_to_data(course)
    op.apply()
    after = course_to_data(course)
    assert after != before
    op.revert()
    assert course_to_data(course) == before
    op.apply()
    assert course_to_data(course) == after


def test_set_field_reverts_and_reports_the_field():
    course = make_course()
    lesson = course.modules[0].items[0]
    op = SetField(lesson, "title", "Filming at the market")
    assert op.name == "Change title"
    roundtrip(course, op)
    assert lesson.title == "Filming at the market"
    [change] = op.revert()
    assert (change.kind, change.target, change.attr) == (FIELD, lesson, "title")
    assert lesson.title == "Filming"


def test_set_field_refuses_unknown_fields():
    with pytest.raises(AttributeError, match="no field 'colour'"):
        SetField(make_course(), "colour", "red")


def test_set_field_keeps_its_own_copy_of_mutable_values():
    course = make_course()
    lesson = course.modules[0].items[1]
    value = ["Use daylight", "Avoid backlight"]
    op = SetField(lesson, "objectives", value)
    op.apply()
    value.append("changed later")
    assert lesson.objectives == ["Use daylight", "Avoid backlight"]


def test_consecutive_typing_merges_into_one_edit():
    course = make_course()
    op = SetField(course, "title", "S")
    op.apply()
    nxt = SetField(course, "title", "Se")
    nxt.apply()
    assert op.merge(nxt)
    assert not op.merge(SetField(course, "subtitle", "x"))
    op.revert()
    assert course.title == "Selling online"


def test_insert_remove_move_roundtrip():
    course = make_course()
    day1 = course.modules[0]
    new = Lesson(title="Pricing")
    ins = Insert(day1, "items", 1, new)
    assert ins.name == "Add lesson"
    roundtrip(course, ins)
    assert day1.items[1] is new
    [change] = ins.revert()
    assert change.kind == STRUCTURE and change.objects == (new,)
    ins.apply()

    rem = Remove(day1, "items", 0)
    assert rem.name == "Delete lesson"
    roundtrip(course, rem)
    assert [i.title for i in day1.items] == ["Pricing", "Lighting"]

    mv = Move(day1, "items", 0, day1, 1)
    roundtrip(course, mv)
    assert [i.title for i in day1.items] == ["Lighting", "Pricing"]


def test_move_between_modules_reports_both():
    course = make_course()
    day1, day2 = course.modules
    lesson = day1.items[0]
    mv = Move(day1, "items", 0, day2, 1)
    changes = mv.apply()
    assert day2.items[1] is lesson and lesson not in day1.items
    assert {c.target.title for c in changes} == {"Day 1", "Day 2"}
    mv.revert()
    assert day1.items[0] is lesson and len(day2.items) == 1


def test_bad_indexes_are_refused_before_anything_changes():
    course = make_course()
    day1 = course.modules[0]
    with pytest.raises(IndexError):
        Insert(day1, "items", 5, Lesson()).apply()
    with pytest.raises(IndexError):
        Remove(day1, "items", 2)
    with pytest.raises(IndexError):
        Move(day1, "items", 0, day1, 2)
    assert len(day1.items) == 2


def test_remove_uses_identity_not_equality():
    course = make_course()
    lesson = course.modules[0].items[1]
    twins = [TextBlock(id="same"), TextBlock(id="same")]
    lesson.blocks = list(twins)
    op = Remove(lesson, "blocks", 1)
    op.apply()
    assert lesson.blocks[0] is twins[0]
    op.revert()
    assert lesson.blocks[1] is twins[1]


def test_replace_list_and_group():
    course = make_course()
    lesson = course.modules[0].items[1]
    group = Group("Tidy lesson", [ReplaceList(lesson, "objectives", ["A", "B"]), SetField(lesson, "minutes", 15)])
    roundtrip(course, group)
    assert (lesson.objectives, lesson.minutes) == (["A", "B"], 15)


def test_duplicate_gives_fresh_ids_everywhere():
    course = make_course()
    lesson = course.modules[0].items[0]
    twin = duplicate(lesson)
    assert twin.title == lesson.title
    old_ids = {lesson.id, *(b.id for b in lesson.blocks), lesson.blocks[1].questions[0].id}
    new_ids = {twin.id, *(b.id for b in twin.blocks), twin.blocks[1].questions[0].id}
    assert not old_ids & new_ids
    assert twin.blocks[1].questions[0].choices[0].id != lesson.blocks[1].questions[0].choices[0].id
    assert twin.id[0] == "i" and twin.blocks[0].id[0] == "b"
    # The original is untouched.
    assert course_to_data(course) == course_to_data(copy.deepcopy(course))


def test_group_inserts_may_grow_the_list_step_by_step():
    course = make_course()
    day2 = course.modules[1]
    a, b = Lesson(title="A"), Lesson(title="B")
    group = Group("Add two", [Insert(day2, "items", 1, a), Insert(day2, "items", 2, b)])
    roundtrip(course, group)
    assert day2.items[1:] == [a, b]


def test_a_failing_group_changes_nothing():
    course = make_course()
    day2 = course.modules[1]
    before = course_to_data(course)
    group = Group("Bad", [Insert(day2, "items", 1, Lesson(title="A")), Insert(day2, "items", 9, Lesson())])
    with pytest.raises(IndexError):
        group.apply()
    assert course_to_data(course) == before
