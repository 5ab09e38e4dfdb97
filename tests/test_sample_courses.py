"""The three sample courses: complete, clean, and copied byte for byte by pack and unpack."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from coursebuilder.bundle import check_bundle, open_bundle
from coursebuilder.bundle.manifest import parse_manifest
from coursebuilder.cli import main
from coursebuilder.model import (
    BLOCK_TYPES,
    QUESTION_TYPES,
    ExerciseBlock,
    Quiz,
    Survey,
    course_to_data,
)

SAMPLES = Path(__file__).resolve().parent.parent / "sample_courses"
NAMES = ["selling-produce-online", "knitting-home-business", "voice-skills-online"]
MAX_BYTES = 3 * 1024 * 1024
FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _course(name: str):
    return open_bundle(SAMPLES / name).course


@pytest.mark.parametrize("name", NAMES)
def test_sample_validates_without_errors_or_warnings(name):
    problems = check_bundle(SAMPLES / name)
    assert [str(p) for p in problems] == []


@pytest.mark.parametrize("name", NAMES)
def test_sample_is_a_complete_course(name):
    course = _course(name)
    assert len(course.modules) >= 2
    lessons = list(course.lessons())
    assert len(lessons) >= 6
    for lesson in lessons:
        assert lesson.objectives and lesson.minutes > 0 and lesson.notes.strip(), lesson.title
    kinds = {block.type for lesson in lessons for block in lesson.blocks}
    assert kinds == set(BLOCK_TYPES)
    assert course.cover and course.media_by_path()[course.cover].kind == "image"
    text = "\n".join(b.markdown for lesson in lessons for b in lesson.blocks if b.type == "text")
    for mark in ("## ", "**", "](http", "\n- ", "\n1. "):
        assert mark in text, f"no Markdown {mark!r} in the text blocks"
    assert sum(p.stat().st_size for p in (SAMPLES / name).rglob("*") if p.is_file()) < MAX_BYTES


@pytest.mark.parametrize("name", NAMES)
def test_sample_has_a_graded_quiz_and_the_trainee_questionnaire(name):
    course = _course(name)
    items = [item for module in course.modules for item in module.items]
    quizzes = [i for i in items if isinstance(i, Quiz)]
    surveys = [i for i in items if isinstance(i, Survey)]
    assert len(quizzes) == 1 and len(surveys) == 1
    quiz, survey = quizzes[0], surveys[0]
    assert 0 < quiz.pass_mark <= 100 and all(q.gradable for q in quiz.questions)
    assert sum(q.points for q in quiz.questions) > 0

    def choice_texts(q) -> list[str]:
        return [c.text.lower() for c in getattr(q, "choices", [])]

    by_kind: dict[str, list] = {}
    for q in survey.questions:
        by_kind.setdefault(q.type, []).append(q)
    singles = [choice_texts(q) for q in by_kind.get("single_choice", [])]
    assert any([t.split()[0] for t in texts] == ["18-30", "31-40", "41-50", "51+"] for texts in singles)
    work = ["entrepreneur", "employee", "farmer", "unemployed", "student", "other"]
    assert any(len(texts) == len(work) and all(w in t for w, t in zip(work, texts, strict=True)) for texts in singles)
    assert any("online" in q.prompt.lower() for q in by_kind["single_choice"])
    ratings = by_kind["rating_scale"]
    assert len(ratings) >= len(course.modules)
    assert all(r.scale_min < r.scale_max and r.min_label and r.max_label for r in ratings)
    assert len(by_kind["open_text"]) >= 1


def test_every_question_kind_appears_across_the_samples():
    seen = set()
    for name in NAMES:
        for _place, q in _course(name).walk_questions():
            seen.add(q.type)
    assert seen == set(QUESTION_TYPES)


def test_exercises_give_feedback_or_hints():
    for name in NAMES:
        course = _course(name)
        for lesson in course.lessons():
            for block in lesson.blocks:
                if isinstance(block, ExerciseBlock):
                    for q in block.questions:
                        choice_feedback = any(c.feedback for c in getattr(q, "choices", []))
                        assert q.hint or q.feedback_correct or q.feedback_incorrect or choice_feedback, q.id


@pytest.mark.parametrize("name", NAMES)
def test_pack_and_unpack_copy_every_file_byte_for_byte(name, tmp_path, capsys):
    packed = tmp_path / f"{name}.coursebundle"
    unpacked = tmp_path / "unpacked"
    assert main(["pack", str(SAMPLES / name), "-o", str(packed)]) == 0
    assert main(["unpack", str(packed), "-o", str(unpacked)]) == 0
    assert main(["info", str(packed)]) == 0
    outline = re.search(r"(\d+) modules, (\d+) lessons", capsys.readouterr().out)
    assert outline and int(outline[1]) >= 2 and int(outline[2]) >= 6
    original, copy = _files(SAMPLES / name), _files(unpacked)
    assert sorted(copy) == sorted(original)
    for path, data in original.items():
        assert copy[path] == data, path


def _build(out: Path) -> None:
    subprocess.run(
        [sys.executable, str(SAMPLES / "build_samples.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )


def _shape(manifest: bytes) -> dict:
    """Return the manifest with media checksums, sizes and name digests taken out."""
    data = course_to_data(parse_manifest(manifest))
    for item in data.pop("media"):
        assert item["path"].startswith("media/")
    text = repr(data)
    return {"text": re.sub(r"-[0-9a-f]{8}(\.\w+)", r"-HASH\1", text)}


@pytest.mark.skipif(not FONT.exists(), reason="the generator draws with fonts-noto-cjk, not installed here")
def test_generator_is_deterministic_and_matches_the_committed_samples(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    _build(first)
    _build(second)
    for name in NAMES:
        assert _files(first / name) == _files(second / name), name
        built = (first / name / "course.yaml").read_bytes()
        committed = (SAMPLES / name / "course.yaml").read_bytes()
        # Pictures may encode differently under another Pillow or zlib; the course itself may not.
        assert _shape(built) == _shape(committed), f"{name}: run sample_courses/build_samples.py and commit"


def _mp4_seconds(data: bytes) -> float:
    """Return the duration in an MP4's movie header (version 0 or 1)."""
    at = data.index(b"mvhd") + 4
    if data[at] == 1:
        timescale, duration = int.from_bytes(data[at + 20:at + 24], "big"), int.from_bytes(data[at + 24:at + 32], "big")
    else:
        timescale, duration = int.from_bytes(data[at + 12:at + 16], "big"), int.from_bytes(data[at + 16:at + 20], "big")
    return duration / timescale


@pytest.mark.parametrize("name", NAMES)
def test_recordings_are_short_small_and_phone_friendly(name):
    course = _course(name)
    folder = SAMPLES / name
    audio = [m for m in course.media if m.kind == "audio"]
    videos = [m for m in course.media if m.kind == "video"]
    assert audio and videos
    for item in audio:
        assert item.mime == "audio/mpeg"
        # 40 kbit/s mono: the size gives the length.
        assert 10 <= item.size * 8 / 40_000 <= 21, item.path
    for item in videos:
        data = (folder / item.path).read_bytes()
        assert item.mime == "video/mp4" and b"avc1" in data, item.path
        assert 5 <= _mp4_seconds(data) <= 10, item.path
        assert item.size < 200_000


def test_the_voice_course_is_a_real_variant_course_in_english_chinese_and_khmer():
    from coursebuilder.model.languages import course_languages, language_status, localize

    course = _course("voice-skills-online")
    assert course_languages(course) == ["en", "zh-Hans", "km"]
    recordings = set()
    for lang in ("zh-Hans", "km"):
        status = language_status(course, lang)
        assert status.complete and status.total > 150, (lang, [r.key for r in status.missing + status.stale][:5])
        localized = localize(course, lang)
        call = next(b for lesson in localized.lessons() for b in lesson.blocks if b.type == "audio")
        recordings.add(call.media)
        assert call.transcript != next(b for lesson in course.lessons() for b in lesson.blocks if b.type == "audio").transcript
    khmer = localize(course, "km")
    assert re.search(r"[\u1780-\u17ff]", khmer.title) and re.search(r"[\u1780-\u17ff]", khmer.modules[0].items[0].blocks[0].markdown)
    chinese = localize(course, "zh-Hans")
    assert re.search(r"[\u4e00-\u9fff]", chinese.modules[1].items[1].title)
    english = {b.media for lesson in course.lessons() for b in lesson.blocks if b.type == "audio"}
    assert len(recordings | english) == 3  # one recording per language
