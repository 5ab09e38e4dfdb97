"""Files the app writes for others get umask permissions, and a failed write never harms the old copy."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from coursebuilder.atomic import BACKUP_SUFFIX, atomic_replace, recover_interrupted, remove_stale_temps, temp_beside
from coursebuilder.bundle import save_bundle
from coursebuilder.exporters.offline import OfflineOptions, export_offline
from coursebuilder.exporters.pptx import PptxOptions, export_pptx
from tests.factories import make_bundle


@pytest.fixture(params=[0o022, 0o027])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_deck_is_readable_as_the_umask_allows(tmp_path, umask):
    out = tmp_path / "deck.pptx"
    export_pptx(make_bundle(), PptxOptions(output=out))
    assert mode(out) == 0o666 & ~umask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


@pytest.mark.parametrize("form, name", [("zip", "p.zip"), ("single", "p.html"), ("scorm", "p-scorm.zip"),
                                        ("folder", "p")])
def test_a_package_is_readable_as_the_umask_allows(tmp_path, umask, form, name):
    out = tmp_path / name
    export_offline(make_bundle(), OfflineOptions(output=out, form=form))
    if form == "folder":
        assert mode(out) == 0o777 & ~umask
        files = [p for p in out.rglob("*") if p.is_file()]
        assert files and {mode(p) for p in files} == {0o666 & ~umask}
    else:
        assert mode(out) == 0o666 & ~umask
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize("folder", [False, True])
def test_a_saved_bundle_is_readable_as_the_umask_allows(tmp_path, umask, folder):
    out = tmp_path / ("course" if folder else "course.zip")
    save_bundle(make_bundle(), out, folder=folder)
    manifest = out / "course.yaml" if folder else out
    assert mode(manifest) == 0o666 & ~umask


def test_replacing_an_existing_deck_keeps_no_temporary_file(tmp_path):
    out = tmp_path / "deck.pptx"
    out.write_bytes(b"old")
    export_pptx(make_bundle(), PptxOptions(output=out, overwrite=True))
    assert zipfile.is_zipfile(out)
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


def test_a_failed_write_leaves_the_old_file_and_no_litter(tmp_path):
    out = tmp_path / "notes.csv"
    out.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_replace(out) as tmp:
            tmp.write_text("half")
            raise RuntimeError("disk full")
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.csv"]


def test_a_folder_replaces_a_folder_whole(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "stale.html").write_text("old")
    with atomic_replace(out, folder=True) as tmp:
        (tmp / "index.html").write_text("new")
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_failed_folder_write_keeps_the_old_folder(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old")
    with pytest.raises(OSError):
        with atomic_replace(out, folder=True) as tmp:
            (tmp / "index.html").write_text("new")
            raise OSError("no space left")
    assert (out / "index.html").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_the_backup_survives_a_crash_between_the_renames(tmp_path):
    out = tmp_path / "course.zip"
    backup = out.with_name(out.name + BACKUP_SUFFIX)
    backup.write_bytes(b"previous")  # what a save cut between its two renames on FAT leaves
    assert recover_interrupted(out)
    assert out.read_bytes() == b"previous" and not backup.exists()
    assert not recover_interrupted(out)


def test_a_backup_replace_removes_the_backup_when_done(tmp_path):
    out = tmp_path / "course.zip"
    out.write_bytes(b"old")
    with atomic_replace(out, backup=True) as tmp:
        tmp.write_bytes(b"new")
    assert out.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["course.zip"]


def test_stale_temporaries_of_dead_processes_are_removed(tmp_path):
    out = tmp_path / "deck.pptx"
    mine = temp_beside(out)
    mine.write_bytes(b"in progress")
    dead = tmp_path / f".deck.pptx.saving-{2**22 + 7}-abcdef"  # above Linux's largest pid
    dead.write_bytes(b"left by a killed export")
    remove_stale_temps(tmp_path, out.name)
    assert mine.exists() and not dead.exists()
