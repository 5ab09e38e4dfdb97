"""Read-only sticks, full disks, odd targets and damaged packages: one sentence, the documented exit code, nothing half-written (issue 16, item 15)."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile

import pytest
from factories import make_bundle

from coursebuilder.bundle import save_bundle
from coursebuilder.cli import main
from coursebuilder.cli.common import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_PROBLEMS


def _tmpfs(path, options):
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    path.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    return path


@pytest.fixture
def read_only(tmp_path):
    path = _tmpfs(tmp_path / "stick", "ro,size=1m")
    yield path
    subprocess.run(["umount", str(path)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    path = _tmpfs(tmp_path / "small", "size=256k")
    yield path
    subprocess.run(["umount", str(path)], capture_output=True)


@pytest.fixture
def course(tmp_path):
    path = tmp_path / "c.coursebundle"
    save_bundle(make_bundle(), path)
    return path


def _one_sentence(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Errno" not in err and "OSError" not in err, err
    assert err.count("coursebuilder: error:") == 1, err
    return err


def test_a_read_only_stick_gets_exit_4_and_a_sentence(tmp_path, read_only, course, capsys):
    folder = tmp_path / "folder"
    assert main(["unpack", str(course), "-o", str(folder)]) == EXIT_OK
    capsys.readouterr()
    assert main(["pack", str(folder), "-o", str(read_only / "c.coursebundle")]) == EXIT_OUTPUT
    assert "read-only" in _one_sentence(capsys)
    assert main(["new", "T", "-o", str(read_only / "n.coursebundle")]) == EXIT_OUTPUT
    assert "read-only" in _one_sentence(capsys)
    assert main(["unpack", str(course), "-o", str(read_only / "u")]) == EXIT_OUTPUT
    assert "read-only" in _one_sentence(capsys)


def test_import_into_a_bundle_on_a_read_only_stick(tmp_path, course, capsys):
    stick = _tmpfs(tmp_path / "stick", "size=4m")
    try:
        shutil.copy(course, stick / "c.coursebundle")
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        notes = tmp_path / "notes"
        notes.mkdir()
        (notes / "one.md").write_text("# One\n\nText.\n")
        assert main(["import", "markdown", str(notes), "--into", str(stick / "c.coursebundle")]) == EXIT_OUTPUT
        assert "read-only" in _one_sentence(capsys)
    finally:
        subprocess.run(["umount", str(stick)], capture_output=True)


def test_output_below_a_regular_file(tmp_path, course, capsys):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    assert main(["unpack", str(course), "-o", str(blocker / "course")]) == EXIT_OUTPUT
    assert "is a file, not a folder" in _one_sentence(capsys)
    assert main(["new", "T", "-o", str(blocker / "sub" / "n.coursebundle")]) == EXIT_OUTPUT
    assert "is a file, not a folder" in _one_sentence(capsys)
    assert blocker.read_text() == "a file, not a folder"


def test_a_full_disk_leaves_nothing_half_written(small_disk, course, capsys):
    # make_bundle's media fit; this course does not, whole.
    bundle = make_bundle()
    bundle.media.add_bytes(bundle.course, b"\0\1" + os.urandom(400 * 1024), "big.bin")
    big = small_disk.parent / "big.coursebundle"
    save_bundle(bundle, big)
    assert main(["unpack", str(big), "-o", str(small_disk / "course")]) == EXIT_OUTPUT
    assert "full" in _one_sentence(capsys)
    assert list(small_disk.iterdir()) == []
    assert main(["pack", str(small_disk.parent / "nothing"), "-o", str(small_disk / "x.coursebundle")]) == EXIT_INPUT
    capsys.readouterr()
    assert main(["new", "T", "-o", str(small_disk / "n.coursebundle")]) == EXIT_OK
    capsys.readouterr()
    unpacked = small_disk.parent / "unpacked"
    assert main(["unpack", str(big), "-o", str(unpacked)]) == EXIT_OK
    capsys.readouterr()
    assert main(["pack", str(unpacked), "-o", str(small_disk / "big.coursebundle")]) == EXIT_OUTPUT
    assert "full" in _one_sentence(capsys)
    assert sorted(p.name for p in small_disk.iterdir()) == ["n.coursebundle"]


def test_verify_of_a_damaged_package_zip(tmp_path, course, capsys):
    pkg = tmp_path / "pkg.zip"
    assert main(["export", "offline", str(course), "-o", str(pkg), "--zip"]) == EXIT_OK
    capsys.readouterr()
    data = bytearray(pkg.read_bytes())
    # Mark every member encrypted (zipfile raises RuntimeError) in one copy, garble deflate data in another.
    encrypted = bytearray(data)
    at = 0
    while (at := encrypted.find(b"PK\x01\x02", at)) >= 0:
        encrypted[at + 8] |= 1
        at += 4
    (tmp_path / "enc.zip").write_bytes(bytes(encrypted))
    garbled = bytearray(data)
    with zipfile.ZipFile(pkg) as zf:
        info = next(i for i in zf.infolist() if i.compress_type == zipfile.ZIP_DEFLATED and i.compress_size > 40)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    garbled[start + 5:start + 25] = b"\xff" * 20
    (tmp_path / "garbled.zip").write_bytes(bytes(garbled))
    for name in ("enc.zip", "garbled.zip"):
        code = main(["verify", str(tmp_path / name)])
        said = capsys.readouterr()
        assert code in (EXIT_PROBLEMS, EXIT_INPUT), name
        assert "Traceback" not in said.err and "RuntimeError" not in said.err and "zlib" not in said.err
