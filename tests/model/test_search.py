"""Find and replace across a whole course."""

from __future__ import annotations

from coursebuilder.model.search import find, replace_operation
from coursebuilder.model.operations import SetField

from ..factories import make_bundle


def test_find_reaches_titles_text_questions_choices_notes_and_lists():
    course = make_bundle().course
    course.modules[0].items[0].notes = "Bring a tripod."
    places = {(h.place, h.attr) for h in find(course, "tripod")}
    assert ("modules[0].items[0]", "notes") in places
    assert ("modules[0].items[1].questions[4].pairs[0]", "left") in places
    assert {h.attr for h in find(course, "window")} >= {"markdown", "prompt", "feedback_incorrect", "objectives"}
    assert ("modules[0].items[0].blocks[6].questions[0].choices[0]", "text") in {(h.place, h.attr) for h in find(course, "上午")}
    # Paths, ids and checksums are not the lecturer's words.
    assert find(course, "media/") == [] and find(course, "quiz1") == []


def test_case_and_whole_words():
    course = make_bundle().course
    assert len(find(course, "price")) > len(find(course, "price", case=True))
    assert all(h.text()[h.start:h.end] == "Price" for h in find(course, "Price", case=True))
    whole = find(course, "price", whole_word=True)
    assert whole and all(not h.text()[h.end:h.end + 1].isalpha() for h in whole)


def test_replace_all_is_one_operation_that_undoes_completely():
    course = make_bundle().course
    hits = find(course, "window")
    before = [(h.obj, h.attr, list(v) if isinstance(v := getattr(h.obj, h.attr), list) else v) for h in hits]
    op = replace_operation(hits, "door")
    op.apply()
    assert find(course, "window") == [] and len(find(course, "door")) == len(hits)
    op.revert()
    assert all(getattr(o, a) == v for o, a, v in before)


def test_replace_one_changes_only_that_occurrence():
    course = make_bundle().course
    lesson = course.modules[0].items[0]
    lesson.notes = "cat, cat and cat"
    hits = [h for h in find(course, "cat") if h.obj is lesson]
    replace_operation([hits[1]], "dog").apply()
    assert lesson.notes == "cat, dog and cat"


def test_a_stale_hit_is_skipped_rather_than_replacing_the_wrong_text():
    course = make_bundle().course
    lesson = course.modules[0].items[0]
    lesson.notes = "one cat"
    (hit,) = [h for h in find(course, "cat") if h.obj is lesson]
    SetField(lesson, "notes", "a dog").apply()
    assert replace_operation([hit], "tiger") is None
    assert lesson.notes == "a dog"
