"""The same course opens on Windows, macOS and Linux: name rules, NFC, Finder's ZIPs (issue 16, items 5-7, 16)."""

from __future__ import annotations

import re
import unicodedata
import zipfile

import pytest
from factories import make_bundle

from coursebuilder.bundle import BundleError, Limits, check_bundle, has_errors, open_bundle, save_bundle
from coursebuilder.bundle.names import check_member_name
from coursebuilder.cli import main

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731


@pytest.mark.parametrize(
    "name",
    [
        "media/COM0.jpg", "media/CONIN$", "media/conout$.txt", "media/LPT\u00b3.pdf", "media/com\u00b9.png",
        "media/nul .txt", "media/notes.", "media/notes ", "media/" + "中" * 90 + ".jpg",
        "media/" + "a" * 120 + "/" + "b" * 120 + ".jpg",
        "media/worksheet\u202efdp.exe", "media/x\u2066y.pdf",
    ],
)
def test_names_windows_cannot_hold_or_that_disguise_themselves_are_refused(name):
    with pytest.raises(BundleError):
        check_member_name(name)


@pytest.mark.parametrize("name", ["media/com10.jpg", "media/console.txt", "media/" + "中" * 80 + ".jpg", "media/lpt.pdf"])
def test_ordinary_names_pass(name):
    assert check_member_name(name) == name


def _accented_bundle(tmp_path):
    bundle = make_bundle()
    item = bundle.course.media[0]
    old = item.path
    item.path = "media/tiếng-việt-chợ-nổi.jpg"
    for lesson in bundle.course.lessons():
        for block in lesson.blocks:
            if getattr(block, "media", None) == old:
                block.media = item.path
    if bundle.course.cover == old:
        bundle.course.cover = item.path
    bundle.media.set_origin(item.path, bundle.media.origin(old))
    return bundle


def _clear_utf8_flag(path):
    """Rewrite a ZIP as Finder's "Compress" writes it: UTF-8 names without the flag that says so."""
    data = bytearray(path.read_bytes())
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        for m in re.finditer(re.escape(sig), bytes(data)):
            flags = int.from_bytes(data[m.start() + at : m.start() + at + 2], "little") & ~0x800
            data[m.start() + at : m.start() + at + 2] = flags.to_bytes(2, "little")
    path.write_bytes(bytes(data))


def _rezip(src, out, rename, extra=()):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "course.yaml":
                data = NFD(data.decode()).encode()
            zout.writestr(rename(info.filename), data)
        for name, data in extra:
            zout.writestr(name, data)


def test_a_bundle_zipped_by_finder_with_nfd_names_opens_and_validates(tmp_path):
    good = tmp_path / "good.coursebundle"
    save_bundle(_accented_bundle(tmp_path), good)
    mac = tmp_path / "mac.coursebundle"
    _rezip(good, mac, NFD)
    _clear_utf8_flag(mac)
    with zipfile.ZipFile(mac) as zf:
        assert not any(i.flag_bits & 0x800 for i in zf.infolist())
    problems = check_bundle(mac)
    assert not has_errors(problems), [str(p) for p in problems]
    bundle = open_bundle(mac)
    assert "media/tiếng-việt-chợ-nổi.jpg" in {m.path for m in bundle.course.media}
    out = tmp_path / "unpacked"
    assert main(["unpack", str(mac), "-o", str(out)]) == 0
    assert (out / "media" / "tiếng-việt-chợ-nổi.jpg").is_file()  # stored in NFC


def test_a_course_folder_compressed_by_finder_opens(tmp_path):
    good = tmp_path / "good.coursebundle"
    save_bundle(_accented_bundle(tmp_path), good)
    mac = tmp_path / "Course.zip"
    litter = [("__MACOSX/Course/._course.yaml", b"\0\5\26\7"), ("Course/._course.yaml", b"\0\5\26\7"),
              ("Course/.DS_Store", b"\0\0\0\1Bud1"), ("__MACOSX/", b"")]
    _rezip(good, mac, lambda n: "Course/" + NFD(n), litter)
    _clear_utf8_flag(mac)
    assert not has_errors(check_bundle(mac))
    assert open_bundle(mac).course.title == make_bundle().course.title
    assert main(["info", str(mac)]) == 0


def test_a_folder_copied_from_a_mac_with_nfd_names_opens_and_saves(tmp_path):
    folder = tmp_path / "course"
    save_bundle(_accented_bundle(tmp_path), folder, folder=True)
    nfc_file = folder / "media" / "tiếng-việt-chợ-nổi.jpg"
    nfc_file.rename(folder / "media" / NFD(nfc_file.name))
    manifest = folder / "course.yaml"
    manifest.write_bytes(NFD(manifest.read_text()).encode())
    assert not has_errors(check_bundle(folder))
    bundle = open_bundle(folder)
    bundle.course.title = "Saved again"
    save_bundle(bundle, folder)
    assert not has_errors(check_bundle(folder))
    assert len(list((folder / "media").iterdir())) == len(bundle.course.media)


def test_folder_entries_count_against_the_cap(tmp_path):
    path = tmp_path / "many.coursebundle"
    save_bundle(make_bundle(), path)
    with zipfile.ZipFile(path, "a") as zf:
        for i in range(40):
            zf.writestr(f"empty{i}/", b"")
    with pytest.raises(BundleError, match="entries, over the limit"):
        open_bundle(path, limits=Limits(max_entries=30))
    assert has_errors(check_bundle(path, limits=Limits(max_entries=30)))


def test_each_media_read_reuses_the_directory_read_at_open(tmp_path, monkeypatch):
    path = tmp_path / "c.coursebundle"
    save_bundle(make_bundle(), path)
    bundle = open_bundle(path)
    calls = []
    real = zipfile.ZipFile._RealGetContents

    def counting(self):
        calls.append(1)
        return real(self)

    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", counting)
    for item in bundle.course.media:
        with bundle.media.open(item.path) as fh:
            fh.read()
    assert calls == []


def test_imported_names_are_clean_and_keep_the_original_for_display(tmp_path):
    bundle = make_bundle()
    item = bundle.media.add_bytes(bundle.course, b"%PDF-1.4 worksheet", "worksheet\u202efdp.exe.pdf")
    assert re.fullmatch(r"media/[\w-]+\.pdf", item.path) and "\u202e" not in item.path
    assert item.original_name == "worksheetfdp.exe.pdf"
    item2 = bundle.media.add_bytes(bundle.course, b"%PDF-1.4 other", "work sheet #1, 50%.pdf")
    assert re.fullmatch(r"media/[\w-]+\.pdf", item2.path), item2.path
    assert item2.original_name == "work sheet #1, 50%.pdf"


def test_the_offline_package_escapes_every_address_it_writes(tmp_path):
    bundle = make_bundle()
    item = next(m for m in bundle.course.media if m.path.endswith(".txt"))
    old, item.path = item.path, "media/check list #1, 50%.txt"
    for lesson in bundle.course.lessons():
        for block in lesson.blocks:
            if getattr(block, "media", None) == old:
                block.media = item.path
    bundle.media.set_origin(item.path, bundle.media.origin(old))
    src = tmp_path / "c.coursebundle"
    save_bundle(bundle, src)
    out = tmp_path / "site"
    assert main(["export", "offline", str(src), "-o", str(out)]) == 0
    pages = " ".join(p.read_text() for p in out.rglob("*.html"))
    assert 'href="media/check%20list%20%231%2C%2050%25.txt"' in pages
    assert "check list #1, 50%.txt\"" not in pages.replace('download="check list #1, 50%.txt"', "")
    assert (out / "media" / "check list #1, 50%.txt").is_file()
