"""A hostile and clumsy world, generated at test time, through every command (issue 16, "done when").

Names from Windows and macOS, odd encodings, control characters, damaged media and hand-edited
manifests go through validate, info, unpack, every import and every export: no traceback, no
command over 60 s, and nothing written outside the command's own target.
"""

from __future__ import annotations

import io
import shutil
import signal
import time
import traceback
import unicodedata
import zipfile
from pathlib import Path

import pytest
from factories import jpeg_bytes, make_bundle, png_bytes
from PIL import Image

from coursebuilder.bundle import save_bundle
from coursebuilder.cli import main

LIMIT_SECONDS = 60
EXIT_CODES = {0, 1, 2, 3, 4}


def _cut_jpeg() -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((200, 150), 50).convert("RGB").save(buf, "JPEG")
    return buf.getvalue()[:4000]


def _photo_folder(root: Path) -> Path:
    folder = root / "photos"
    folder.mkdir()
    files = {
        unicodedata.normalize("NFD", "chợ nổi.jpg"): jpeg_bytes(),
        "worksheet\u202egpj.exe.jpg": jpeg_bytes(colour=(1, 2, 3)),
        "COM1.jpg": jpeg_bytes(colour=(3, 2, 1)),
        "a #1, 50%.png": png_bytes(),
        "cut.jpg": _cut_jpeg(),
        "page.jpg": b"<!DOCTYPE html><script>alert(1)</script>",
        "empty.png": b"",
        "IMG_0001.HEIC": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 40,
        "中" * 80 + ".jpg": jpeg_bytes(colour=(9, 9, 9)),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def _markdown_folders(root: Path) -> list[Path]:
    out = []
    texts = {
        "controls": "# Title\x0bwith VT\n\nNUL\x00 and \ufffe and \x1b[31m\n\n[x](ms-msdt:/id) <b>bold</b> <Enter>\n",
        "gbk": "# 市场\n\n价格".encode("gbk"),
        "utf16": "# Chợ\n\nGiá".encode("utf-16"),
        "front": "---\ntitle: Prices: the basics\n\tbad: [\n---\n# Body\n",
        "links": "# L\n\n![a](../../../etc/passwd) ![b](COM1.jpg) ![c](missing.png) [d](file:///c:/x)\n",
    }
    for name, text in texts.items():
        folder = root / f"md-{name}"
        folder.mkdir()
        data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
        (folder / "lesson.md").write_bytes(data)
        (folder / "COM1.jpg").write_bytes(jpeg_bytes())
        out.append(folder)
    return out


def _gift_files(root: Path) -> list[Path]:
    texts = {
        "latin1.gift": "::Q1:: Café? {=oui ~non}".encode("latin-1"),
        "controls.gift": b"::Q\x0b1:: What\x00? {=a\x1f ~b}\n",
        "broken.gift": b"::Q1:: {=a ~b\n\n::Q2 {{{}}}} \\",
    }
    out = []
    for name, data in texts.items():
        (root / name).write_bytes(data)
        out.append(root / name)
    return out


def _decks(root: Path) -> list[Path]:
    (root / "garbage.pptx").write_bytes(b"PK\x03\x04 not really a deck")
    with zipfile.ZipFile(root / "empty.pptx", "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    return [root / "garbage.pptx", root / "empty.pptx"]


def _bundles(root: Path) -> list[Path]:
    out = []
    good = root / "good.coursebundle"
    save_bundle(make_bundle(), good)
    folder = root / "good-folder"
    save_bundle(make_bundle(), folder, folder=True)
    manifest = (folder / "course.yaml").read_text()
    edits = {
        "colon": manifest.replace("title: Test course", "title: Prices: the basics", 1),
        "tab": manifest.replace("\nlanguage:", "\n\tlanguage:", 1),
        "indent": manifest.replace("\n- ", "\n   - ", 1),
        "vt": manifest.replace("title: Test course", "title: Test\x0bcourse\x00", 1),
        "dup-id": manifest.replace(f"id: {make_bundle().course.modules[1].id}", f"id: {make_bundle().course.modules[0].id}", 1),
        "nfd": unicodedata.normalize("NFD", manifest),
    }
    for name, text in edits.items():
        copy = root / f"edited-{name}"
        shutil.copytree(folder, copy)
        (copy / "course.yaml").write_bytes(text.encode("utf-8", "surrogatepass"))
        out.append(copy)
    cut = root / "cut.coursebundle"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    out += [good, cut]
    return out


def _snapshot(root: Path) -> dict[str, tuple[int, float]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime) for p in root.rglob("*") if p.is_file()}


class _Hang(Exception):
    pass


def _run(argv: list[str], failures: list[str]) -> int:
    def alarm(*_):
        raise _Hang()

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(LIMIT_SECONDS)
    start = time.monotonic()
    try:
        code = main(argv)
    except _Hang:
        failures.append(f"hang over {LIMIT_SECONDS} s: {argv}")
        return -1
    except SystemExit as exc:  # argparse usage errors
        code = exc.code if isinstance(exc.code, int) else 2
    except BaseException:  # noqa: BLE001 - any escaping exception is what this test looks for
        failures.append(f"traceback from {argv}:\n{traceback.format_exc(limit=3)}")
        return -1
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    if code not in EXIT_CODES:
        failures.append(f"exit {code} from {argv}")
    if time.monotonic() - start > LIMIT_SECONDS:
        failures.append(f"slow ({time.monotonic() - start:.0f} s): {argv}")
    return code


@pytest.mark.slow
def test_every_command_survives_the_corpus(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    photos = _photo_folder(corpus)
    markdown = _markdown_folders(corpus)
    gifts = _gift_files(corpus)
    decks = _decks(corpus)
    bundles = _bundles(corpus)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    failures: list[str] = []
    lesson = next(make_bundle().course.lessons()).id

    def check(argv: list[str], may_write: list[Path]) -> None:
        before = _snapshot(tmp_path)
        _run([str(a) for a in argv], failures)
        after = _snapshot(tmp_path)
        allowed = [str(p.relative_to(tmp_path)) for p in may_write]
        changed = {k for k in after.keys() | before.keys() if before.get(k) != after.get(k)}
        stray = [k for k in changed if not any(k == a or k.startswith(a + "/") or
                                               Path(k).name.startswith("." + Path(a).name) for a in allowed)]
        if stray:
            failures.append(f"{argv} wrote outside its target: {sorted(stray)[:5]}")

    for n, bundle in enumerate(bundles):
        check(["validate", bundle], [])
        check(["info", bundle], [bundle] if bundle.is_dir() else [bundle])
        check(["unpack", bundle, "-o", out / f"u{n}"], [out / f"u{n}"])
        if n % 3 == 0 or "vt" in bundle.name or "nfd" in bundle.name:  # decks are slow: a sample of them
            check(["export", "pptx", bundle, "-o", out / f"d{n}.pptx"], [out / f"d{n}.pptx"])
        check(["export", "offline", bundle, "-o", out / f"s{n}.zip", "--zip"], [out / f"s{n}.zip"])
        check(["export", "gift", bundle, "-o", out / f"g{n}.gift"], [out / f"g{n}.gift"])
    target = out / "into.coursebundle"
    save_bundle(make_bundle(), target)
    check(["import", "photos", photos, "--into", target, "--lesson", lesson], [target])
    for n, folder in enumerate(markdown):
        check(["import", "markdown", folder, "-o", out / f"m{n}.coursebundle"], [out / f"m{n}.coursebundle"])
        check(["import", "markdown", folder, "--into", target], [target])
    for n, gift in enumerate(gifts):
        check(["import", "gift", gift, "-o", out / f"q{n}.coursebundle"], [out / f"q{n}.coursebundle"])
    for n, deck in enumerate(decks):
        check(["import", "pptx", deck, "-o", out / f"p{n}.coursebundle"], [out / f"p{n}.coursebundle"])
    for n, made in enumerate(sorted(out.glob("*.coursebundle"))):
        check(["export", "offline", made, "-o", out / f"made{n}", "--force"], [out / f"made{n}"])
    said = capsys.readouterr()
    assert "Traceback" not in said.err + said.out
    assert failures == [], "\n".join(failures[:10])
