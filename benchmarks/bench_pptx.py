"""Slide-deck benchmark: first export and re-export of the large course, deck size, peak memory.

Run: python -m benchmarks.bench_pptx   (makes the large course on first use)

Figures, each against a floor measured in the same run:
- first export (cold picture cache) / bare image floor on the same 200 photos
  (decode, orient, resize to 1920 px, encode, on all cores)       target <= 1.3
- re-export after one lesson's text changed / first export          target <= 0.10
- bytes of the originals a deck embedding them would hold / deck    target >= 5
- peak memory of the export: all its processes together (RSS)       target < 500 MB

Floor and export alternate for two rounds and the best of each is kept, as other work
on a shared machine comes and goes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.corpus import DATA, large_course
from benchmarks.floors import image_floor
from coursebuilder.bundle import open_bundle

ROUNDS = 2

CHILD = r"""
import json, sys, time
from coursebuilder.bundle import open_bundle
from coursebuilder.exporters.pptx import PptxOptions, export_pptx
bundle = open_bundle(sys.argv[1])
options = PptxOptions(date="2026-03-15", venue="Benchmark")
start = time.perf_counter()
first = export_pptx(bundle, sys.argv[2], options)
t_first = time.perf_counter() - start
lesson = next(bundle.course.lessons())
lesson.blocks[0].markdown += "\n\nOne more sentence from the lecturer."
start = time.perf_counter()
again = export_pptx(bundle, sys.argv[3], options)
t_again = time.perf_counter() - start
print(json.dumps({"first": t_first, "again": t_again, "slides": first.slides, "pictures": first.pictures,
                  "deck_bytes": first.bytes, "again_bytes": again.bytes}))
"""


def _tree_rss(root: int) -> int:
    """Return the summed resident memory (bytes) of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def _run_child(bundle: Path, out: Path, home: Path) -> tuple[dict, int]:
    """Run both exports in a child process; return its figures and the peak RSS of its process tree."""
    env = dict(os.environ, COURSEBUILDER_HOME=str(home))
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(bundle), str(out / "first.pptx"), str(out / "again.pptx")],
                            stdout=subprocess.PIPE, text=True, env=env)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"the export failed with exit code {proc.returncode}")
    return json.loads(stdout.strip().splitlines()[-1]), peak


def main() -> dict:
    """Run the benchmark and print its figures."""
    big = large_course()
    bundle = open_bundle(big)
    pictures = [m for m in bundle.course.media if m.kind == "image"]
    originals = sum(m.size for m in pictures)
    photos = sorted((DATA / "photos").glob("*.jpg"))[: len(pictures)]
    floors, runs, peaks = [], [], []
    with tempfile.TemporaryDirectory(dir=big.parent) as tmp:
        tmp = Path(tmp)
        # Warm the page cache so neither side pays for the first disk read.
        for p in photos:
            p.read_bytes()
        # Other work on a shared machine comes and goes: alternate floor and export, keep the best of each.
        for n in range(ROUNDS):
            floors.append(image_floor(photos, max_edge=1920, fmt="JPEG"))
            out = tmp / f"round{n}"
            out.mkdir()
            figures, peak = _run_child(big, out, out / "home")  # a fresh home: a cold picture cache
            runs.append(figures)
            peaks.append(peak)
    t_floor = min(floors)
    first = min(r["first"] for r in runs)
    again = min(r["again"] for r in runs)
    figures = dict(runs[0], first=first, again=again)
    peak = max(peaks)
    result = {
        "photos": len(photos),
        "slides": figures["slides"],
        "floor_s": round(t_floor, 2),
        "first_export_s": round(figures["first"], 2),
        "first_vs_floor": round(figures["first"] / t_floor, 2),
        "re_export_s": round(figures["again"], 2),
        "re_export_vs_first": round(figures["again"] / figures["first"], 3),
        "deck_mb": round(figures["deck_bytes"] / 1e6, 1),
        "originals_mb": round(originals / 1e6, 1),
        "originals_vs_deck": round(originals / figures["deck_bytes"], 1),
        "peak_rss_mb": round(peak / 1e6),
    }
    print(f"photos: {result['photos']}, slides: {result['slides']}")
    print(f"first export:   {result['first_export_s']:7.2f} s   floor {result['floor_s']:.2f} s   "
          f"ratio {result['first_vs_floor']:.2f}  (target <= 1.3)")
    print(f"re-export:      {result['re_export_s']:7.2f} s   ratio to first {result['re_export_vs_first']:.3f}  (target <= 0.10)")
    print(f"deck size:      {result['deck_mb']:7.1f} MB   originals {result['originals_mb']:.1f} MB   "
          f"{result['originals_vs_deck']:.1f}x smaller  (target >= 5)")
    print(f"peak memory:    {result['peak_rss_mb']:7d} MB   all export processes together  (target < 500)")
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
