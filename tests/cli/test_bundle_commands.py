"""The bundle sub-commands: what they print, what they write and how they exit."""

from __future__ import annotations

import subprocess
import sys

import pytest
from factories import make_bundle

from coursebuilder.bundle import open_bundle, save_bundle
from coursebuilder.cli import main
from coursebuilder.cli.common import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_PROBLEMS, EXIT_USAGE


def test_new_creates_a_bundle_that_opens(tmp_path, capsys):
    out = tmp_path / "knitting.coursebundle"
    assert main(["new", "编织 Knitting", "-o", str(out), "--language", "zh-Hans", "--author", "王老师"]) == EXIT_OK
    course = open_bundle(out).course
    assert course.title == "编织 Knitting" and course.language == "zh-Hans"
    assert [a.name for a in course.authors] == ["王老师"]
    assert course.created and course.modules and course.modules[0].items


def test_new_refuses_to_overwrite_and_bad_language(tmp_path, capsys):
    out = tmp_path / "a.coursebundle"
    out.write_bytes(b"precious")
    assert main(["new", "T", "-o", str(out)]) == EXIT_OUTPUT
    assert out.read_bytes() == b"precious"
    assert main(["new", "T", "-o", str(tmp_path / "b.coursebundle"), "--language", "Chinese!"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "already exists" in err and "not a language tag" in err


def test_info_shows_outline_and_media(tmp_path, capsys):
    path = tmp_path / "c.coursebundle"
    save_bundle(make_bundle(), path)
    assert main(["info", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Test course 测试" in out and "2 modules, 2 lessons, about 50 minutes" in out
    assert "Quiz: Check (8 questions)" in out and "Media:     5 files" in out


def test_validate_reports_places_and_exits_one_on_errors(tmp_path, capsys):
    bundle = make_bundle()
    bundle.course.modules[0].items[0].blocks[1].media = "media/gone.jpg"
    bundle.course.modules[0].items[1].questions[0].choices[0].correct = False
    path = tmp_path / "c.coursebundle"
    save_bundle(bundle, path)
    assert main(["validate", str(path)]) == EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert "error: modules[0].items[0].blocks[1] (Module 1 “Day 1” › Lesson 1 “拍摄 Filming” › block 2): " \
           "image media/gone.jpg is missing" in out
    assert "modules[0].items[1].questions[0]" in out and "no choice is marked correct" in out


def test_validate_clean_bundle_exits_zero(tmp_path, capsys):
    path = tmp_path / "c.coursebundle"
    save_bundle(make_bundle(), path)
    assert main(["validate", str(path)]) == EXIT_OK
    assert "0 errors, 0 warnings" in capsys.readouterr().out


def test_validate_missing_file_is_an_input_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.coursebundle")]) == EXIT_INPUT
    assert "does not exist" in capsys.readouterr().err


def test_pack_and_unpack_copy_every_file_byte_for_byte(tmp_path, capsys):
    folder = tmp_path / "src"
    save_bundle(make_bundle(), folder, folder=True)
    assert main(["pack", str(folder), "-o", str(tmp_path / "c.coursebundle")]) == EXIT_OK
    assert main(["unpack", str(tmp_path / "c.coursebundle"), "-o", str(tmp_path / "back")]) == EXIT_OK
    files = sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "back") for p in (tmp_path / "back").rglob("*") if p.is_file())
    for rel in files:
        assert (folder / rel).read_bytes() == (tmp_path / "back" / rel).read_bytes(), rel


def test_pack_refuses_a_broken_folder(tmp_path, capsys):
    folder = tmp_path / "src"
    save_bundle(make_bundle(), folder, folder=True)
    victim = next((folder / "media").iterdir())
    victim.write_bytes(victim.read_bytes() + b"tampered")
    assert main(["pack", str(folder), "-o", str(tmp_path / "c.coursebundle")]) == EXIT_INPUT
    assert not (tmp_path / "c.coursebundle").exists()
    assert "bytes but the manifest says" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["new", "info", "validate", "pack", "unpack"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "usage: coursebuilder " + command in capsys.readouterr().out


def test_the_installed_command_prints_errors_without_tracebacks(tmp_path):
    bad = tmp_path / "bad.coursebundle"
    bad.write_bytes(b"garbage")
    result = subprocess.run([sys.executable, "-m", "coursebuilder", "info", str(bad)], capture_output=True, text=True)
    assert result.returncode == EXIT_INPUT
    assert result.stderr.strip() == "coursebuilder: error: bad.coursebundle is not a course bundle (not a ZIP file or damaged)"
    result = subprocess.run([sys.executable, "-m", "coursebuilder", "frobnicate", "--x"], capture_output=True, text=True)
    assert result.returncode == EXIT_USAGE and "Traceback" not in result.stderr


def test_chinese_output_survives_a_narrow_code_page(tmp_path):
    import os
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2] / "sample_courses" / "selling-produce-online"
    # As on a Windows machine with a GBK-less or ASCII console, or output redirected to a file.
    env = dict(os.environ, PYTHONIOENCODING="ascii", PYTHONUTF8="0")
    result = subprocess.run([sys.executable, "-m", "coursebuilder", "info", str(sample)], env=env,
                            capture_output=True)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "用短视频" in result.stdout.decode("utf-8")
