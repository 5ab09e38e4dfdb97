"""Build hostile bundles: each one breaks exactly one rule a safe reader must enforce."""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile
from pathlib import Path

from PIL import Image

GOOD_MANIFEST = b"format: coursebuilder-bundle\nschema_version: 1\ntitle: Hostile\n"


def manifest_with_media(path: str, data: bytes, *, mime: str = "image/png", width=1, height=1,
                        sha: str | None = None, size: int | None = None) -> bytes:
    """Return a manifest listing one media file."""
    sha = sha or hashlib.sha256(data).hexdigest()
    size = len(data) if size is None else size
    return GOOD_MANIFEST + (
        f"media:\n- path: {path}\n  sha256: {sha}\n  size: {size}\n  mime: {mime}\n"
        f"  width: {width}\n  height: {height}\n"
    ).encode()


def write_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """Write a ZIP with exactly these entries, names unchecked."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return path


def symlink_entry(name: str, target: str) -> zipfile.ZipInfo:
    """Return a ZIP entry that unpacks as a symbolic link."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def png(size=(1, 1)) -> bytes:
    """Return a PNG of the given size."""
    buf = io.BytesIO()
    Image.new("1", size).save(buf, "PNG")
    return buf.getvalue()


BILLION_LAUGHS = b"""format: coursebuilder-bundle
schema_version: 1
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
title: *d
"""


def make_cases(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Return {case: (bundle path, words the error must contain)} for every hostile kind."""
    pixels = png()
    bomb = png((20000, 20000))  # 400 megapixels, a few kilobytes on disk
    cases: dict[str, tuple[Path, str]] = {}

    def z(name, entries, words):
        cases[name] = (write_zip(tmp / f"{name}.coursebundle", entries), words)

    z("absolute-path", [("course.yaml", GOOD_MANIFEST), ("/tmp/evil.txt", b"x")], "absolute path")
    z("dot-dot", [("course.yaml", GOOD_MANIFEST), ("media/../../evil.txt", b"x")], "tries to leave the bundle")
    z("drive-letter", [("course.yaml", GOOD_MANIFEST), ("C:/evil.txt", b"x")], "absolute path")
    z("backslash", [("course.yaml", GOOD_MANIFEST), ("media\\..\\..\\evil.txt", b"x")], "backslash")
    z("symlink", [("course.yaml", GOOD_MANIFEST), (symlink_entry("media/passwd", "/etc/passwd"), b"/etc/passwd")],
      "symbolic link")
    z("duplicate", [("course.yaml", GOOD_MANIFEST), ("media/a.png", pixels), ("media/a.png", pixels)], "appears twice")
    z("case-duplicate", [("course.yaml", GOOD_MANIFEST), ("media/A.png", pixels), ("media/a.png", pixels)],
      "differ only in case")
    z("zip-bomb", [("course.yaml", GOOD_MANIFEST), (_deflated("media/zeros.bin"), b"\0" * (64 * 1024 * 1024))],
      "zip bomb")
    z("alias-bomb", [("course.yaml", BILLION_LAUGHS)], "aliases")
    z("huge-manifest", [("course.yaml", GOOD_MANIFEST + b"description: '" + b"x" * (9 * 1024 * 1024) + b"'\n")],
      "larger than the")
    z("not-utf8", [("course.yaml", GOOD_MANIFEST + "subtitle: café\n".encode("latin-1"))], "not UTF-8")
    z("bad-checksum", [("course.yaml", manifest_with_media("media/a.png", pixels, sha="0" * 64)),
                       ("media/a.png", pixels)], "does not match its checksum")
    z("missing-media", [("course.yaml", manifest_with_media("media/a.png", pixels))], "missing from the bundle")
    z("pixel-bomb", [("course.yaml", manifest_with_media("media/big.png", bomb)), ("media/big.png", bomb)],
      "too large to open safely")
    z("pixel-bomb-claimed", [("course.yaml", manifest_with_media("media/big.png", bomb, width=20000, height=20000)),
                             ("media/big.png", bomb)], "over the safe limit")
    z("media-outside-folder", [("course.yaml", manifest_with_media("course.yaml", GOOD_MANIFEST))],
      "inside media/")
    z("newer-version", [("course.yaml", GOOD_MANIFEST.replace(b"version: 1", b"version: 99"))], "newer CourseBuilder")
    z("no-manifest", [("media/a.png", pixels)], "no course.yaml")
    z("deep-nesting", [("course.yaml", GOOD_MANIFEST + b"x: " + b"[" * 500 + b"]" * 500 + b"\n")], "nested")
    z("duplicate-key", [("course.yaml", GOOD_MANIFEST + b"title: Again\n")], "appears twice")
    z("wrong-type", [("course.yaml", GOOD_MANIFEST + b"modules: 5\n")], "modules: expected a list")
    z("size-lie", [("course.yaml", manifest_with_media("media/a.png", pixels, size=5)), ("media/a.png", pixels)],
      "manifest says 5")
    notzip = tmp / "not-a-zip.coursebundle"
    notzip.write_bytes(b"this is a text file, not a bundle")
    cases["not-a-zip"] = (notzip, "not a ZIP file")
    good = write_zip(tmp / "good.zip", [("course.yaml", GOOD_MANIFEST), ("media/a.png", pixels)]).read_bytes()
    truncated = tmp / "truncated.coursebundle"
    truncated.write_bytes(good[: len(good) // 2])
    cases["truncated"] = (truncated, "not a ZIP file or damaged")
    (tmp / "good.zip").unlink()
    return cases


def _deflated(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info
