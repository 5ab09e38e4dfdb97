"""Cut, copy and paste's core: fragments of a course carried with their media, pasted as one edit."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from coursebuilder.bundle import BundleError, CourseBundle
from coursebuilder.bundle.fragment import (
    FORMAT_ID,
    media_paths,
    pack_fragment,
    paste_operation,
    read_fragment,
    take_fragment,
)
from coursebuilder.model import Course, ImageBlock, Lesson, Module, Quiz
from coursebuilder.model.codec import to_data

from ..factories import jpeg_bytes, make_bundle


def _copy(bundle, objects) -> bytes:
    return pack_fragment(take_fragment(bundle.course, objects), bundle.media)


def test_a_lesson_travels_to_another_course_with_its_media():
    source = make_bundle()
    lesson = source.course.modules[0].items[0]
    data = _copy(source, [lesson])
    target = CourseBundle(course=Course(title="Other", modules=[Module(title="M")]))
    fragment = read_fragment(data)
    op, pasted = paste_operation(target.course, target.media, fragment, target.course.modules[0], 0)
    op.apply()
    (copy,) = pasted
    assert target.course.modules[0].items == [copy]
    assert copy.title == lesson.title and copy.id != lesson.id
    assert [b.id for b in copy.blocks] != [b.id for b in lesson.blocks]
    used = media_paths([copy])
    assert len(used) == 5
    by_path = target.course.media_by_path()
    src_by_path = source.course.media_by_path()
    for new_path, old_path in zip(used, media_paths([lesson]), strict=True):
        assert by_path[new_path].sha256 == src_by_path[old_path].sha256
        with target.media.open(new_path) as fh, source.media.open(old_path) as old:
            assert fh.read() == old.read()
    # One operation: undone, the course is as before, media included.
    op.revert()
    assert target.course.modules[0].items == [] and target.course.media == []


def test_pasting_into_the_same_course_reuses_its_media_by_checksum():
    bundle = make_bundle()
    lesson = bundle.course.modules[0].items[0]
    before = len(bundle.course.media)
    op, (copy,) = paste_operation(bundle.course, bundle.media, read_fragment(_copy(bundle, [lesson])), bundle.course.modules[1], 1)
    op.apply()
    assert len(bundle.course.media) == before
    assert media_paths([copy]) == media_paths([lesson])
    assert bundle.course.modules[1].items[1] is copy


def test_a_picture_already_in_the_target_under_another_name_is_not_added_twice():
    source = make_bundle()
    block = source.course.modules[0].items[0].blocks[1]
    target = CourseBundle(course=Course(modules=[Module(items=[Lesson()])]))
    same = target.media.add_bytes(target.course, source.media.open(block.media).read(), "renamed.jpg")
    op, (copy,) = paste_operation(target.course, target.media, read_fragment(_copy(source, [block])), target.course.modules[0].items[0], 0)
    op.apply()
    assert copy.media == same.path and len(target.course.media) == 1


def test_questions_paste_into_quizzes_and_exercises_but_not_into_a_module():
    bundle = make_bundle()
    quiz = bundle.course.modules[0].items[1]
    fragment = read_fragment(_copy(bundle, quiz.questions[:2]))
    exercise = bundle.course.modules[0].items[0].blocks[6]
    n = len(exercise.questions)
    op, pasted = paste_operation(bundle.course, bundle.media, fragment, exercise, n)
    op.apply()
    assert exercise.questions[n:] == pasted and [q.prompt for q in pasted] == [q.prompt for q in quiz.questions[:2]]
    with pytest.raises(ValueError, match="questions cannot be pasted into a module"):
        paste_operation(bundle.course, bundle.media, fragment, bundle.course.modules[0], 0)


def test_copying_mixed_kinds_is_refused():
    bundle = make_bundle()
    with pytest.raises(ValueError, match="different kinds"):
        take_fragment(bundle.course, [bundle.course.modules[0], bundle.course.modules[0].items[0]])


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _header(**over) -> bytes:
    head = {"format": FORMAT_ID, "version": 1, "kind": "items", "objects": [to_data(Quiz(title="Q"))], "media": []}
    head.update(over)
    return json.dumps(head).encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"plain text someone copied", "does not hold course content"),
        (_zip({"other.json": b"{}"}), "does not hold course content"),
        (_zip({"fragment.json": b"\xff\xfe"}), "damaged"),
        (_zip({"fragment.json": b"[1, 2]"}), "does not hold course content"),
        (_zip({"fragment.json": _header(version=99)}), "newer CourseBuilder"),
        (_zip({"fragment.json": _header(kind="courses")}), "unknown kind"),
        (_zip({"fragment.json": _header(objects=[{"type": "lecture"}])}), "unknown type 'lecture'"),
        (_zip({"fragment.json": _header(), "../evil": b"x"}), "unexpected entry"),
        (_zip({"fragment.json": _header(kind="blocks", objects=[{"type": "image", "media": "media/a.jpg"}])}), "does not hold it"),
        (_zip({"fragment.json": b"[" * 100000}), "damaged"),
    ],
)
def test_hostile_clipboard_content_gets_a_one_line_message(data, message):
    with pytest.raises(BundleError, match=message) as info:
        read_fragment(data)
    assert "\n" not in str(info.value)


def test_media_bytes_that_do_not_match_their_checksum_are_refused():
    bundle = CourseBundle(course=Course())
    item = bundle.media.add_bytes(bundle.course, jpeg_bytes(), "p.jpg")
    block = ImageBlock(media=item.path)
    head = _header(kind="blocks", objects=[to_data(block)], media=[to_data(item)])
    with pytest.raises(BundleError, match="does not match its checksum"):
        read_fragment(_zip({"fragment.json": head, f"media/{item.sha256}": jpeg_bytes(colour=(1, 2, 3))}))
    with pytest.raises(BundleError, match="lacks the bytes"):
        read_fragment(_zip({"fragment.json": head}))


def test_the_mime_type_comes_from_the_bytes_not_the_header():
    bundle = CourseBundle(course=Course())
    item = bundle.media.add_bytes(bundle.course, jpeg_bytes(), "p.jpg")
    data = to_data(item)
    data["mime"] = "text/html"
    head = _header(kind="blocks", objects=[to_data(ImageBlock(media=item.path))], media=[data])
    fragment = read_fragment(_zip({"fragment.json": head, f"media/{item.sha256}": jpeg_bytes()}))
    assert fragment.media[0][0].mime == "image/jpeg"
