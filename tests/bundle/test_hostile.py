"""A bundle from a stranger's USB stick gets a clear one-line error and writes nothing."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from factories import make_bundle
from hostile_bundles import GOOD_MANIFEST, make_cases
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coursebuilder.bundle import BundleError, check_bundle, open_bundle, save_bundle
from coursebuilder.bundle.source import open_source
from coursebuilder.cli import main



@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return make_cases(tmp_path_factory.mktemp("hostile"))


HOSTILE = [
    "absolute-path", "dot-dot", "drive-letter", "backslash", "symlink", "duplicate", "case-duplicate", "zip-bomb",
    "alias-bomb", "huge-manifest", "not-utf8", "bad-checksum", "missing-media", "pixel-bomb", "pixel-bomb-claimed",
    "media-outside-folder", "newer-version", "no-manifest", "deep-nesting", "duplicate-key", "wrong-type",
    "size-lie", "not-a-zip", "truncated",
]
# These are only found by reading the media, which opening deliberately does not do.
FOUND_BY_VALIDATE_ONLY = {"bad-checksum", "pixel-bomb"}


def _snapshot(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_every_case_is_built(cases):
    assert sorted(cases) == sorted(HOSTILE)


@pytest.mark.parametrize("name", HOSTILE)
def test_validate_names_the_problem_in_one_line_and_exits_non_zero(name, cases, tmp_path, capsys, monkeypatch):
    path, words = cases[name]
    workdir = tmp_path / "work"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    before = _snapshot(path.parent)
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert code != 0
    assert words in out
    assert "Traceback" not in out + err
    assert all(len(line) < 400 for line in out.splitlines())
    # Nothing written anywhere: not beside the bundle, not in the working folder.
    assert _snapshot(path.parent) == before
    assert _snapshot(workdir) == set()


@pytest.mark.parametrize("name", sorted(set(HOSTILE) - FOUND_BY_VALIDATE_ONLY))
def test_opening_refuses_with_a_clear_error(name, cases):
    path, words = cases[name]
    with pytest.raises(BundleError) as info:
        open_bundle(path)
    assert words in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("name", HOSTILE)
def test_unpack_writes_nothing(name, cases, tmp_path, capsys, monkeypatch):
    path, _ = cases[name]
    monkeypatch.chdir(tmp_path)
    code = main(["unpack", str(path), "-o", str(tmp_path / "out")])
    _, err = capsys.readouterr()
    assert code != 0 and "Traceback" not in err
    assert not (tmp_path / "out").exists()
    assert not any(p.name == "evil.txt" for p in tmp_path.parent.rglob("evil.txt"))


def test_folder_bundle_with_a_symlink_is_refused(tmp_path):
    folder = tmp_path / "course"
    (folder / "media").mkdir(parents=True)
    (folder / "course.yaml").write_bytes(GOOD_MANIFEST)
    os.symlink("/etc/passwd", folder / "media" / "passwd")
    with pytest.raises(BundleError, match="symbolic link"):
        open_bundle(folder)


def _good_bundle_bytes(tmp_path: Path) -> bytes:
    target = tmp_path / "good.coursebundle"
    save_bundle(make_bundle(), target)
    return target.read_bytes()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_bundles_never_crash_the_reader(tmp_path, data):
    """Flip, cut and splice bytes of a real bundle: the reader answers or refuses, never crashes."""
    good = _GOOD.setdefault("bytes", _good_bundle_bytes(tmp_path))
    raw = bytearray(good)
    for _ in range(data.draw(st.integers(1, 6))):
        action = data.draw(st.sampled_from(["flip", "cut", "splice"]))
        pos = data.draw(st.integers(0, len(raw) - 1))
        if action == "flip":
            raw[pos] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del raw[pos: pos + data.draw(st.integers(1, 64))]
        else:
            raw[pos:pos] = data.draw(st.binary(min_size=1, max_size=32))
        if not raw:
            raw = bytearray(b"\0")
    path = tmp_path / "fuzz.coursebundle"
    path.write_bytes(bytes(raw))
    try:
        open_bundle(path)
    except BundleError as exc:
        assert "\n" not in str(exc)
    problems = check_bundle(path)
    assert all(p.message for p in problems)


_GOOD: dict[str, bytes] = {}

entry_names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(entry_names, min_size=1, max_size=4))
def test_any_entry_name_is_either_safe_or_refused(tmp_path, names):
    """Whatever names a bundle holds, accepted ones stay inside the bundle when unpacked."""
    path = tmp_path / "names.coursebundle"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("course.yaml", GOOD_MANIFEST)
        for name in names:
            try:
                zf.writestr(name, b"x")
            except (ValueError, UnicodeEncodeError, IndexError):  # zipfile cannot even write it
                return
    path.write_bytes(buf.getvalue())
    try:
        entries = open_source(path).entries()
    except BundleError:
        return
    root = (tmp_path / "root").resolve()
    for name in entries:
        target = (root / name).resolve()
        assert root in target.parents
        assert "\\" not in name and not name.startswith("/")
