"""Language variants: keys, fallback, staleness, undo, and bundles in four languages."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import jsonschema
import pytest
import strategies
from factories import WAV_BYTES, make_bundle, png_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coursebuilder.bundle import BundleError, open_bundle, save_bundle
from coursebuilder.bundle.manifest import manifest_bytes, parse_manifest
from coursebuilder.bundle.schema import manifest_schema
from coursebuilder.bundle.yamlio import load_yaml
from coursebuilder.model import ImageBlock, ShortAnswerQuestion, validate_course
from coursebuilder.model.languages import (
    TRANSLATABLE,
    Translation,
    course_languages,
    fingerprint,
    language_status,
    localize,
    set_languages,
    set_translation,
    text_refs,
    translation_state,
)
from coursebuilder.model.reach import members, stays_inside
from coursebuilder.model.text_clean import clean_course_text
from coursebuilder.model.validate import INFO

SAMPLES = Path(__file__).resolve().parents[2] / "sample_courses"
FOUR = ["zh-Hans", "en", "km", "lo"]


def _four_language_bundle():
    """Return the test course in Chinese, English, Khmer and Lao, with a Khmer recording and picture."""
    bundle = make_bundle()
    course = bundle.course
    course.languages = list(FOUR)
    recording = bundle.media.add_bytes(course, WAV_BYTES.replace(b"@\x1f", b"\x80>", 1), "greeting-km.wav")
    picture = bundle.media.add_bytes(course, png_bytes(colour=(10, 200, 30, 255)), "diagram-km.png")
    words = {"en": "Test course", "km": "វគ្គសិក្សាសាកល្បង", "lo": "ຫຼັກສູດທົດລອງ"}
    for lang, title in words.items():
        set_translation(course, lang, "course/title", title).apply()
    set_translation(course, "km", "b4/media", recording.path).apply()
    set_translation(course, "km", "b3/media", picture.path).apply()
    set_translation(course, "km", "l1/objectives/1", "ប្រើពន្លឺបង្អួច").apply()
    set_translation(course, "lo", "q5/pairs/1/right", "ແສງສະໝໍ່າສະເໝີ").apply()
    set_translation(course, "en", "l1/title", "Filming").apply()
    return bundle


@pytest.mark.parametrize("folder", [False, True], ids=["zip", "folder"])
def test_a_course_in_four_languages_saves_and_reopens_equal(tmp_path, folder):
    bundle = _four_language_bundle()
    target = tmp_path / ("c" if folder else "c.coursebundle")
    save_bundle(bundle, target, folder=folder)
    again = open_bundle(target)
    assert again.course == bundle.course
    assert course_languages(again.course) == FOUR
    assert again.course.translations["km"]["course/title"].text == "វគ្គសិក្សាសាកល្បង"
    assert manifest_bytes(again.course).startswith(b"format: coursebuilder-bundle\nschema_version: 2\n")
    assert [p for p in validate_course(again.course) if p.severity != INFO] == []


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir() if (p / "course.yaml").exists()))
def test_each_sample_opens_and_saves_byte_for_byte(tmp_path, name):
    raw = (SAMPLES / name / "course.yaml").read_bytes()
    assert manifest_bytes(parse_manifest(raw)) == raw
    save_bundle(open_bundle(SAMPLES / name), tmp_path / name, folder=True)
    for path in sorted((SAMPLES / name).rglob("*")):
        if path.is_file():
            assert (tmp_path / name / path.relative_to(SAMPLES / name)).read_bytes() == path.read_bytes(), path


def test_a_course_in_one_language_keeps_schema_version_one():
    course = make_bundle().course
    assert manifest_bytes(course).startswith(b"format: coursebuilder-bundle\nschema_version: 1\n")
    assert b"languages" not in manifest_bytes(course) and b"translations" not in manifest_bytes(course)
    set_languages(course, [course.language]).apply()
    assert manifest_bytes(course).startswith(b"format: coursebuilder-bundle\nschema_version: 1\n")


def test_a_newer_version_than_two_keeps_the_newer_coursebuilder_message():
    with pytest.raises(BundleError, match="newer CourseBuilder"):
        parse_manifest(b"format: coursebuilder-bundle\nschema_version: 3\ntitle: x\n")


def test_keys_name_objects_by_id_and_every_table_field_exists():
    course = make_bundle().course
    refs = {r.key: r for r in text_refs(course)}
    assert refs["course/title"].place == "title"
    assert refs["course/cover"].kind == "media"
    assert refs["l1/objectives/1"].place == "modules[0].items[0].objectives[1]"
    assert refs["q5/pairs/0/left"].place == "modules[0].items[1].questions[4].pairs[0].left"
    assert refs["q1a/text"].source == "上午 Morning"
    assert refs["b1/markdown"].kind == "markdown"
    for cls, rows in TRANSLATABLE.items():
        names = {f.name for f in dataclasses.fields(cls)}
        assert {name for name, _ in rows} <= names, cls


def test_localize_falls_back_per_text_and_per_file():
    bundle = _four_language_bundle()
    course = bundle.course
    km = localize(course, "km")
    assert km.language == "km" and km.languages == [] and km.translations == {}
    assert km.title == "វគ្គសិក្សាសាកល្បង"
    lesson = km.modules[0].items[0]
    assert lesson.objectives == ["Film steady", "ប្រើពន្លឺបង្អួច"]
    assert lesson.title == "拍摄 Filming"  # not translated into Khmer: the default's
    assert lesson.blocks[3].media.startswith("media/greeting-km")
    assert lesson.blocks[2].media.startswith("media/diagram-km")
    assert lesson.blocks[1].media == course.modules[0].items[0].blocks[1].media  # no replacement
    lo = localize(course, "lo")
    assert lo.modules[0].items[0].blocks[3].media == course.modules[0].items[0].blocks[3].media
    assert lo.modules[0].items[1].questions[4].pairs[1].right == "ແສງສະໝໍ່າສະເໝີ"
    zh = localize(course, "zh-Hans")
    assert zh.title == course.title and zh.translations == {}
    assert course.translations["km"]  # the original is untouched
    with pytest.raises(ValueError, match="no language 'fr'"):
        localize(course, "fr")


def test_a_replacement_naming_a_missing_file_falls_back_and_is_reported():
    course = _four_language_bundle().course
    course.translations["km"]["b2/media"] = Translation(text="media/gone.jpg", source="")
    assert localize(course, "km").modules[0].items[0].blocks[1].media == course.modules[0].items[0].blocks[1].media
    found = [p for p in validate_course(course) if p.code == "translation.media_missing"]
    assert [p.place for p in found] == ["modules[0].items[0].blocks[1].media"]


def test_short_answer_part_marks_follow_their_translated_answer():
    course = make_bundle().course
    q = course.modules[0].items[1].questions[6]
    assert isinstance(q, ShortAnswerQuestion)
    q.credit = {"抖音": 50.0}
    set_languages(course, ["zh-Hans", "km"]).apply()
    set_translation(course, "km", f"{q.id}/answers/1", "ទិកតុក").apply()
    twin = localize(course, "km").modules[0].items[1].questions[6]
    assert twin.answers == ["Douyin", "ទិកតុក"] and twin.credit == {"ទិកតុក": 50.0}


def test_a_translation_goes_stale_when_its_source_changes_and_fresh_when_retranslated():
    course = _four_language_bundle().course
    ref = next(r for r in text_refs(course) if r.key == "course/title")
    assert translation_state(course, "km", ref) == "done"
    assert translation_state(course, "zh-Hans", ref) == "source"
    course.title = "新的标题"
    ref = next(r for r in text_refs(course) if r.key == "course/title")
    assert translation_state(course, "km", ref) == "stale"
    status = language_status(course, "km")
    assert ref.key in {r.key for r in status.stale} and status.states[ref.key] == "stale"
    assert [p.code for p in validate_course(course) if p.code == "translation.stale"] == ["translation.stale"] * 3
    set_translation(course, "km", "course/title", "ចំណងជើងថ្មី").apply()
    assert translation_state(course, "km", ref) == "done"
    assert course.translations["km"]["course/title"].source == fingerprint("新的标题")


def test_status_counts_missing_texts_but_never_a_missing_replacement_file():
    course = _four_language_bundle().course
    status = language_status(course, "km")
    refs = list(text_refs(course))
    assert status.total == len(refs) == status.done + len(status.missing) + len(status.stale)
    assert not any(r.kind == "media" for r in status.missing)
    assert "course/title" not in {r.key for r in status.missing}
    assert "l1/title" in {r.key for r in status.missing}


def test_undo_and_redo_of_translation_edits_restore_exactly():
    course = _four_language_bundle().course
    before = copy.deepcopy(course)
    ops = [
        set_translation(course, "km", "course/title", "ថ្មី"),  # replaces
        set_translation(course, "km", "l1/notes", "សួរថាអ្នកណាធ្លាប់ថត"),  # adds
        set_translation(course, "lo", "course/title", ""),  # removes
        set_languages(course, ["zh-Hans", "en", "km"]),  # takes Lao away with its texts
    ]
    for op in ops:
        op.apply()
    assert "lo" not in course.translations and course.languages == ["zh-Hans", "en", "km"]
    after = copy.deepcopy(course)
    for op in reversed(ops):
        op.revert()
    assert course == before
    for op in ops:
        op.apply()
    assert course == after


def test_typing_a_translation_merges_into_one_edit_and_stays_inside_the_course():
    course = _four_language_bundle().course
    first = set_translation(course, "km", "l1/title", "ថ")
    first.apply()
    second = set_translation(course, "km", "l1/title", "ថត")
    second.apply()
    assert first.merge(second)
    first.revert()
    assert "l1/title" not in course.translations["km"]
    assert stays_inside(first, members(course))
    assert not stays_inside(set_translation(copy.deepcopy(course), "km", "l1/title", "x"), members(course))


def test_operations_refuse_what_cannot_be_translated_in_one_line():
    course = _four_language_bundle().course
    for call, words in [
        (lambda: set_translation(course, "zh-Hans", "course/title", "x"), "default language"),
        (lambda: set_translation(course, "fr", "course/title", "x"), "no language 'fr'"),
        (lambda: set_translation(course, "km", "nothing/title", "x"), "no translatable text"),
        (lambda: set_languages(course, ["zh-Hans", "k m"]), "not a language tag"),
        (lambda: set_languages(course, ["en", "zh-Hans"]), "must come first"),
        (lambda: set_languages(course, ["zh-Hans", "km", "km"]), "listed twice"),
    ]:
        with pytest.raises(ValueError, match=words):
            call()


HEAD = b"format: coursebuilder-bundle\nschema_version: 2\ntitle: x\nlanguage: zh-Hans\n"


@pytest.mark.parametrize("body, place, words", [
    (b"translations:\n  km:\n    course/title:\n      text: [1, 2]\n", "translations.km.course/title.text", "expected text"),
    (b"translations:\n  km:\n    course/title: just text\n", "translations.km.course/title", "expected a mapping"),
    (b"translations:\n  km: [1]\n", "translations.km", "expected a mapping"),
    (b"translations: 5\n", "translations", "expected a mapping"),
    (b"languages: zh-Hans\n", "languages", "expected a list"),
    (b"languages: [zh-Hans, {a: 1}]\n", "languages[1]", "expected text"),
])
def test_hostile_translation_tables_get_a_message_with_their_place(body, place, words):
    with pytest.raises(BundleError) as caught:
        parse_manifest(HEAD + body)
    assert place in str(caught.value) and words in str(caught.value)


def test_translations_of_unknown_keys_and_languages_are_reported_not_lost():
    raw = HEAD + (b"languages: [zh-Hans, km]\ntranslations:\n  km:\n    nowhere/title: {text: x}\n"
                  b"  xx-!!:\n    course/title: {text: y}\n")
    course = parse_manifest(raw)
    codes = {p.code: p.place for p in validate_course(course)}
    assert codes["translation.unknown_key"] == "translations.km.nowhere/title"
    assert codes["translation.undeclared"] == "translations.xx-!!"
    assert parse_manifest(manifest_bytes(course)) == course


def test_a_huge_translation_table_is_refused_by_the_manifest_limit_with_its_name():
    rows = b"".join(b"    k%d/title: {text: '%s'}\n" % (i, b"x" * 200) for i in range(50_000))
    with pytest.raises(BundleError, match="course.yaml"):
        parse_manifest(HEAD + b"languages: [zh-Hans, km]\ntranslations:\n  km:\n" + rows)


def test_a_large_table_within_the_limit_opens_and_validates():
    rows = b"".join(b"    k%d/title: {text: t}\n" % i for i in range(20_000))
    course = parse_manifest(HEAD + b"languages: [zh-Hans, km]\ntranslations:\n  km:\n" + rows)
    problems = [p for p in validate_course(course) if p.code == "translation.unknown_key"]
    assert len(problems) == 1 and "20000" in problems[0].message


def test_media_replacements_count_as_uses_of_their_files():
    course = _four_language_bundle().course
    used = dict((path, place) for place, path in course.media_references())
    km = course.translations["km"]["b4/media"].text
    assert used[km] == "modules[0].items[0].blocks[3]"
    assert isinstance(course.modules[0].items[0].blocks[2], ImageBlock)


_table = st.dictionaries(
    st.sampled_from(["en", "km", "lo", "zh-Hans"]),
    st.dictionaries(st.one_of(st.sampled_from(["course/title", "course/cover", "m1/title"]), strategies.text),
                    st.builds(Translation, text=strategies.text, source=st.one_of(st.just(""), strategies.ident)),
                    max_size=4),
    max_size=3,
)
_VALIDATOR = jsonschema.Draft202012Validator(manifest_schema())


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(strategies.courses, _table)
def test_any_variant_course_round_trips_satisfies_the_schema_and_localizes(course, table):
    course.languages = [course.language, *sorted(set(table) - {course.language})]
    course.translations = table
    raw = manifest_bytes(course)
    variant = len(course_languages(course)) > 1 or any(table.values())
    assert raw.startswith(b"format: coursebuilder-bundle\nschema_version: %d\n" % (2 if variant else 1))
    _VALIDATOR.validate(load_yaml(raw))
    again = parse_manifest(raw)
    expected = copy.deepcopy(course)
    clean_course_text(expected)
    assert again == expected
    validate_course(again)
    for lang in course_languages(again):
        twin = localize(again, lang)
        assert twin.language == lang and not twin.translations
        language_status(again, lang)


def test_deleting_a_lesson_keeps_its_translations_for_undo_as_a_note_only():
    from coursebuilder.model.operations import Remove

    course = _four_language_bundle().course
    op = Remove(course.modules[0], "items", 0)
    op.apply()
    problems = [p for p in validate_course(course) if p.code == "translation.unknown_key"]
    assert problems and {p.severity for p in problems} == {INFO}
    assert "l1/objectives/1" in course.translations["km"]
    op.revert()
    ref = next(r for r in text_refs(course) if r.key == "l1/objectives/1")
    assert translation_state(course, "km", ref) == "done"
    assert not [p for p in validate_course(course) if p.code == "translation.unknown_key"]


def _texts(course) -> list[tuple[str, str]]:
    return [(r.key, r.source) for r in text_refs(course)]


def test_making_a_translated_language_the_default_swaps_texts_and_undoes_exactly():
    from coursebuilder.model.languages import make_default

    course = open_bundle(SAMPLES / "voice-skills-online").course
    q = next(q for _, q in course.walk_questions() if isinstance(q, ShortAnswerQuestion) and q.id == "vso-l7-q1")
    q.credit = {"two times": 50.0}
    before = copy.deepcopy(course)
    views = {lang: _texts(localize(course, lang)) for lang in course_languages(course)}
    op = make_default(course, "km")
    op.apply()
    assert course.language == "km" and course_languages(course) == ["km", "en", "zh-Hans"]
    assert course.title == before.translations["km"]["course/title"].text
    assert q.credit == {before.translations["km"]["vso-l7-q1/answers/3"].text: 50.0}
    for lang in ("km", "en", "zh-Hans"):
        assert _texts(localize(course, lang)) == views[lang], lang
        assert language_status(course, lang).complete
    assert [p for p in validate_course(course)] == []
    assert stays_inside(op, members(course))
    op.revert()
    assert course == before


def test_a_language_with_gaps_cannot_become_the_default():
    from coursebuilder.model.languages import make_default

    course = _four_language_bundle().course
    with pytest.raises(ValueError, match=r"texts are missing and 0 stale in km \(first at description\)"):
        make_default(course, "km")
    with pytest.raises(ValueError, match="already the course's default"):
        make_default(course, "zh-Hans")


def test_a_duplicated_lesson_keeps_its_translations_in_one_undoable_edit():
    from coursebuilder.model.languages import copy_translations
    from coursebuilder.model.operations import Group, Insert, duplicate

    course = _four_language_bundle().course
    module, lesson = course.modules[0], course.modules[0].items[0]
    twin = duplicate(lesson)
    extra = copy_translations(course, lesson, twin)
    op = Group("Duplicate", [Insert(module, "items", 1, twin), extra])
    before = copy.deepcopy(course)
    assert stays_inside(op, members(course))
    op.apply()
    refs = {r.key: r for r in text_refs(course)}
    new_key = f"{twin.id}/objectives/1"
    assert course.translations["km"][new_key].text == "ប្រើពន្លឺបង្អួច"
    assert translation_state(course, "km", refs[new_key]) == "done"
    assert course.translations["km"][f"{twin.blocks[3].id}/media"] == course.translations["km"]["b4/media"]
    assert localize(course, "km").modules[0].items[1].objectives[1] == "ប្រើពន្លឺបង្អួច"
    op.revert()
    assert course == before
    assert copy_translations(make_bundle().course, lesson, twin) is None
