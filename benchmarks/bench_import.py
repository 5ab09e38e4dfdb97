"""Import benchmark: the large course as a Markdown folder (40 lessons, 200 photos), imported and saved.

Run: python -m benchmarks.bench_import   (makes the photos and the folder on first use)
The floor is ``shutil.copytree`` of the same folder in the same run; the figure is the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import DATA, LOREM, large_course
from coursebuilder.bundle import save_bundle
from coursebuilder.importers import import_markdown_folder, new_course_bundle

MODULES, LESSONS, PHOTOS = 4, 40, 200
QUIZ = """::Light::When is the light best for filming?{=Morning#Soft light. ~Noon ~Midnight}

::Price::Show the price clearly on every card.{TRUE}

::Jin::10 jin cost 45 yuan. How many yuan is one jin?{#4.5:0.01}
"""


def build_folder(target: Path, photos: list[Path]) -> Path:
    """Write the Markdown folder: one subfolder per module, one .md per lesson, photos in images/."""
    if (target / "done").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    images = target / "images"
    images.mkdir(parents=True)
    for photo in photos:
        try:
            os.link(photo, images / photo.name)  # same bytes, no second 700 MB on disk
        except OSError:
            shutil.copy2(photo, images / photo.name)
    per_lesson = len(photos) // LESSONS
    for m in range(MODULES):
        folder = target / f"{m + 1:02d} Module {m + 1}"
        folder.mkdir()
        for i in range(LESSONS // MODULES):
            n = m * (LESSONS // MODULES) + i
            links = "\n\n".join(
                f"![Photo {k + 1} of lesson {n + 1}](../images/{p.name} \"A stall at the market\")"
                for k, p in enumerate(photos[n * per_lesson:(n + 1) * per_lesson]))
            (folder / f"{i + 1} Lesson {n + 1}.md").write_text(
                f"---\ntitle: Lesson {n + 1}\nobjectives:\n  - Film a product\n  - Write a price card\n"
                f"minutes: 20\nnotes: {LOREM}\n---\n## Lesson {n + 1}\n\n{LOREM}\n\n- one\n- two\n\n{links}\n",
                encoding="utf-8")
        (folder / "Check.gift").write_text(QUIZ, encoding="utf-8")
    (target / "done").write_text("complete\n")
    return target


def _import_and_save(folder: Path, out: Path) -> tuple[float, float]:
    start = time.perf_counter()
    bundle = new_course_bundle()
    report = import_markdown_folder(bundle, folder)
    middle = time.perf_counter()
    save_bundle(bundle, out)
    end = time.perf_counter()
    assert (report.lessons, report.pictures) == (LESSONS, PHOTOS), report.summary()
    out.unlink()
    return middle - start, end - middle


def _copytree(folder: Path, out: Path) -> float:
    start = time.perf_counter()
    shutil.copytree(folder, out)
    elapsed = time.perf_counter() - start
    shutil.rmtree(out)
    return elapsed


def _copytree_synced(folder: Path, out: Path) -> float:
    """Copy, then flush every file to disk as a save does: the floor for import + save."""
    start = time.perf_counter()
    shutil.copytree(folder, out)
    for path in out.rglob("*"):
        if path.is_file():
            with open(path, "rb+") as fh:
                os.fsync(fh.fileno())
    elapsed = time.perf_counter() - start
    shutil.rmtree(out)
    return elapsed


def main() -> dict:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="runs of each; the fastest counts (default 2)")
    args = parser.parse_args()
    large_course()  # makes benchmarks/data/photos on first use
    photos = sorted((DATA / "photos").glob("*.jpg"))[:PHOTOS]
    folder = build_folder(DATA / f"markdown-{PHOTOS}", photos)
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        tmp = Path(tmp)
        _copytree(folder, tmp / "warm")  # read everything once so both start from a warm cache
        copies = [_copytree(folder, tmp / "copy") for _ in range(args.rounds)]
        synced = [_copytree_synced(folder, tmp / "synced") for _ in range(args.rounds)]
        imports = [_import_and_save(folder, tmp / "imported.coursebundle") for _ in range(args.rounds)]
    t_copy, t_synced = min(copies), min(synced)
    t_read, t_save = min(imports, key=sum)
    figures = {
        "folder_mb": round(size / 2**20),
        "lessons": LESSONS,
        "photos": PHOTOS,
        "copytree_s": round(t_copy, 2),
        "import_s": round(t_read, 2),
        "save_s": round(t_save, 2),
        "copytree_fsynced_s": round(t_synced, 2),
        "import_and_save_s": round(t_read + t_save, 2),
        "ratio_import_and_save_vs_copytree": round((t_read + t_save) / t_copy, 2),
        "ratio_import_only_vs_copytree": round(t_read / t_copy, 2),
        "ratio_import_and_save_vs_fsynced_copy": round((t_read + t_save) / t_synced, 2),
    }
    print(f"Markdown folder: {LESSONS} lessons, {PHOTOS} photos, {figures['folder_mb']} MB")
    print(f"  plain copy (shutil.copytree):      {t_copy:7.2f} s   (floor)")
    print(f"  plain copy, then fsync every file: {t_synced:7.2f} s   (floor for a save)")
    print(f"  import (scan, parse, hash, probe): {t_read:7.2f} s   {t_read / t_copy:5.2f}× the copy")
    print(f"  save as .coursebundle (fsynced):   {t_save:7.2f} s")
    print(f"  import + save:                     {t_read + t_save:7.2f} s   {(t_read + t_save) / t_copy:5.2f}× the copy, "
          f"{(t_read + t_save) / t_synced:5.2f}× the synced copy")
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
