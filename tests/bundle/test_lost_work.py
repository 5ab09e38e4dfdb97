"""Nothing a save, unpack or new does loses files CourseBuilder did not write (issue 16, items 1-4)."""

from __future__ import annotations

import os
import shutil

from factories import jpeg_bytes, make_bundle

from coursebuilder.bundle import BundleError, check_bundle, has_errors, open_bundle, save_bundle
from coursebuilder.cli import main
from coursebuilder.cli.common import EXIT_OK, EXIT_OUTPUT


def _zip(tmp_path):
    path = tmp_path / "course.coursebundle"
    save_bundle(make_bundle(), path)
    return path


def test_unpack_force_refuses_a_folder_that_is_not_a_bundle(tmp_path, capsys):
    src = _zip(tmp_path)
    mine = tmp_path / "Documents"
    (mine / "media").mkdir(parents=True)
    (mine / "media" / "holiday.jpg").write_bytes(b"my photo")
    (mine / "tax.xlsx").write_bytes(b"numbers")
    assert main(["unpack", str(src), "-o", str(mine), "--force"]) == EXIT_OUTPUT
    err = capsys.readouterr().err
    assert "not a course bundle" in err and "lost" in err and "Traceback" not in err
    assert (mine / "media" / "holiday.jpg").read_bytes() == b"my photo"
    assert sorted(p.name for p in mine.rglob("*")) == ["holiday.jpg", "media", "tax.xlsx"]


def test_unpack_force_never_writes_through_a_linked_media_folder(tmp_path, capsys):
    src = _zip(tmp_path)
    out = tmp_path / "unpacked"
    assert main(["unpack", str(src), "-o", str(out)]) == EXIT_OK
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_bytes(b"keep")
    shutil.rmtree(out / "media")
    (out / "course.yaml").unlink()  # a folder holding only a link, as a clumsy copy leaves it
    os.symlink(elsewhere, out / "media")
    assert main(["unpack", str(src), "-o", str(out), "--force"]) == EXIT_OUTPUT
    assert "link" in capsys.readouterr().err
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep.txt"]


def test_unpack_force_over_a_bundle_keeps_the_lecturers_own_files(tmp_path, capsys):
    src = _zip(tmp_path)
    out = tmp_path / "unpacked"
    assert main(["unpack", str(src), "-o", str(out)]) == EXIT_OK
    (out / "media" / "my-notes.pdf").write_bytes(b"%PDF-1.4 hand copied")
    (out / "README.txt").write_bytes(b"mine")
    assert main(["unpack", str(src), "-o", str(out), "--force"]) == EXIT_OK
    assert "kept media/my-notes.pdf" in capsys.readouterr().err
    assert (out / "media" / "my-notes.pdf").read_bytes() == b"%PDF-1.4 hand copied"
    assert (out / "README.txt").read_bytes() == b"mine"
    assert not has_errors(check_bundle(out))


def test_new_force_never_replaces_a_folder_bundle(tmp_path, capsys):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    assert main(["new", "Empty", "-o", str(folder), "--force"]) == EXIT_OUTPUT
    assert main(["new", "Empty", "-o", str(folder), "--force", "--folder"]) == EXIT_OUTPUT
    assert "folder" in capsys.readouterr().err
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before
    assert open_bundle(folder).course.title == make_bundle().course.title
    # Saving a file over a folder is refused by the writer itself, whatever calls it.
    try:
        save_bundle(make_bundle("x"), folder, folder=False)
    except BundleError as exc:
        assert "folder" in str(exc)
    else:
        raise AssertionError("a file replaced a folder bundle")
    assert open_bundle(folder).course.media


def test_saving_a_folder_keeps_files_copied_into_media_by_hand(tmp_path):
    folder = tmp_path / "course"
    bundle = make_bundle()
    save_bundle(bundle, folder, folder=True)
    hand = folder / "media" / "extra-photo.jpg"
    hand.write_bytes(jpeg_bytes())
    dropped = bundle.course.media.pop()  # the lecturer removed a file from the course
    bundle.course.title = "Edited"
    notes = save_bundle(bundle, folder, folder=True)
    assert hand.read_bytes() == jpeg_bytes()
    assert any("media/extra-photo.jpg" in n for n in notes)
    assert not (folder / dropped.path).exists(), "a file the course no longer uses was kept"
    assert open_bundle(folder).course.title == "Edited"


def test_every_command_finishes_a_zip_save_cut_between_renames(tmp_path):
    path = _zip(tmp_path)
    # What a FAT stick held after a save was killed between moving the old file aside and the new one in.
    os.replace(path, path.with_name(path.name + ".bak"))
    assert main(["validate", str(path)]) == EXIT_OK
    assert path.is_file() and not path.with_name(path.name + ".bak").exists()
    for command in (["info", str(path)], ["export", "pptx", str(path), "-o", str(tmp_path / "d.pptx")],
                    ["export", "offline", str(path), "-o", str(tmp_path / "site")]):
        os.replace(path, path.with_name(path.name + ".bak"))
        assert main(command) == EXIT_OK, command


def test_every_command_finishes_a_folder_save_cut_between_renames(tmp_path):
    folder = tmp_path / "course"
    save_bundle(make_bundle(), folder, folder=True)
    manifest = folder / "course.yaml"
    os.replace(manifest, folder / "course.yaml.bak")
    assert main(["validate", str(folder)]) == EXIT_OK
    assert manifest.is_file() and not (folder / "course.yaml.bak").exists()
    os.replace(manifest, folder / "course.yaml.bak")
    assert main(["export", "pptx", str(folder), "-o", str(tmp_path / "d.pptx")]) == EXIT_OK
    # A backup left beside a complete manifest is not listed as a stray file.
    shutil.copy(manifest, folder / "course.yaml.bak")
    assert not [p for p in check_bundle(folder) if "course.yaml.bak" in str(p)]


def test_unpack_onto_a_failing_disk_leaves_nothing_half_written(tmp_path, monkeypatch, capsys):
    import errno

    src = _zip(tmp_path)
    out = tmp_path / "unpacked"
    real_open = open
    count = {"n": 0}

    def filling_open(file, mode="r", *args, **kwargs):
        if "x" in mode and "media" in str(file):
            count["n"] += 1
            if count["n"] == 3:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", filling_open)
    assert main(["unpack", str(src), "-o", str(out)]) == EXIT_OUTPUT
    err = capsys.readouterr().err
    assert "full" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["course.coursebundle"]
