"""The course model survives conversion to manifest data and YAML, whatever it holds."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import courses

from coursebuilder.bundle import BundleError, manifest_bytes, parse_manifest
from coursebuilder.model import Course, ManifestError, course_from_data, course_to_data
from coursebuilder.model.text_clean import clean_course_text


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(courses)
def test_any_course_round_trips_through_data(course: Course):
    assert course_from_data(course_to_data(course)) == course


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(courses)
def test_any_course_round_trips_through_the_yaml_manifest(course: Course):
    raw = manifest_bytes(course)
    assert raw.startswith(b"format: coursebuilder-bundle\nschema_version: 1\n")
    again = parse_manifest(raw)
    # Text comes back exactly, except the control characters no export can hold (text_clean.py).
    expected = copy.deepcopy(course)
    cleaned = clean_course_text(expected)
    assert again == expected
    # Writing again gives the same bytes: saving an unchanged course changes nothing.
    if not cleaned:
        assert manifest_bytes(again) == raw


def test_unknown_fields_from_a_newer_version_survive():
    data = {
        "title": "T",
        "x_new_top": {"a": 1},
        "modules": [{"title": "M", "x_colour": "red", "items": [
            {"type": "lesson", "title": "L", "x_level": 2,
             "blocks": [{"type": "text", "markdown": "hi", "x_font": "big"}]}]}],
    }
    course = course_from_data(data)
    out = course_to_data(course)
    assert out["x_new_top"] == {"a": 1}
    assert out["modules"][0]["x_colour"] == "red"
    assert out["modules"][0]["items"][0]["x_level"] == 2
    assert out["modules"][0]["items"][0]["blocks"][0]["x_font"] == "big"


@pytest.mark.parametrize(
    ("data", "place", "words"),
    [
        ({"modules": "nope"}, "modules", "expected a list"),
        ({"modules": [{"items": [{"type": "lecture"}]}]}, "modules[0].items[0]", "unknown type 'lecture'"),
        ({"modules": [{"items": [{"type": "lesson", "minutes": "ten"}]}]}, "modules[0].items[0].minutes",
         "expected a whole number"),
        ({"modules": [{"items": [{"type": "quiz", "shuffle": "yes please"}]}]}, "modules[0].items[0].shuffle",
         "expected true or false"),
        ({"media": [{"path": "media/a.jpg"}]}, "media[0]", "required field 'sha256'"),
        ({"title": ["a"]}, "title", "expected text"),
    ],
)
def test_wrong_shapes_name_their_place(data, place, words):
    with pytest.raises(ManifestError) as info:
        course_from_data(data)
    assert info.value.place == place
    assert words in info.value.message


def test_bare_numbers_are_read_as_text_where_text_is_expected():
    assert course_from_data({"title": 2024, "version": 1.5}).version == "1.5"


def test_newer_schema_version_gets_a_clear_message():
    raw = b"format: coursebuilder-bundle\nschema_version: 7\ntitle: x\n"
    with pytest.raises(BundleError, match="newer CourseBuilder .format version 7.* Update CourseBuilder"):
        parse_manifest(raw)


def test_a_manifest_without_the_format_header_is_refused():
    with pytest.raises(BundleError, match="format: coursebuilder-bundle"):
        parse_manifest(b"title: x\n")
