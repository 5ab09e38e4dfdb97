"""Benchmark the offline export on the large course against the image floor measured in the same run.

Prints three ratios, each with its target:
  export / image floor        <= 1.3  (the floor makes the same encodes: sizes x formats per photo)
  re-export / first export    <= 0.10 (after one text change; pictures come from the cache)
  output / original media     <= 0.10

Run: .venv/bin/python -m benchmarks.bench_offline
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import DATA, large_course
from benchmarks.floors import image_floor
from coursebuilder.bundle import open_bundle
from coursebuilder.exporters.offline import OfflineOptions, export_offline, human_size
from coursebuilder.exporters.offline.images import edges_for


def _warm(paths: list[Path]) -> None:
    # Read everything once so neither side pays for the first disk read.
    for p in paths:
        with open(p, "rb") as fh:
            while fh.read(1 << 22):
                pass


def floor_for(bundle, photos: list[Path], options: OfflineOptions) -> tuple[float, int]:
    """Return seconds for the bare encodes our export makes, and how many encodes that is."""
    sizes = edges_for(bundle.course.media[0], options.image_sizes)
    jobs = [(edge, "WEBP") for edge in sizes] + [(sizes[0], "JPEG")]
    seconds = sum(image_floor(photos, max_edge=edge, fmt=fmt) for edge, fmt in jobs)
    return seconds, len(jobs) * len(photos)


def main() -> None:
    """Run the benchmark and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2,
                        help="alternate floor and export this many times and keep the best of each")
    args = parser.parse_args()
    source = large_course(photos=args.photos)
    photos = sorted((DATA / "photos").glob("*.jpg"))[: args.photos]
    work = Path(tempfile.mkdtemp(prefix="bench-offline-"))
    try:
        _warm([source, *photos])
        bundle = open_bundle(source)
        options = OfflineOptions(overwrite=True)
        images = [m for m in bundle.course.media if m.kind == "image"]
        assert len(images) == len(photos), "the course and the photo folder disagree"
        original = sum(m.size for m in bundle.course.media)
        out = work / "site"
        floors, firsts = [], []
        for n in range(args.rounds):
            floor, encodes = floor_for(bundle, photos, options)
            floors.append(floor)
            # Each round starts with a cold picture cache, as a first export does.
            os.environ["COURSEBUILDER_HOME"] = str(work / f"home-{n}")
            start = time.perf_counter()
            result = export_offline(bundle, out, options)
            firsts.append(time.perf_counter() - start)
        floor, first = min(floors), min(firsts)

        lesson = next(bundle.course.lessons())
        lesson.title += " (revised)"
        start = time.perf_counter()
        export_offline(bundle, out, options)
        again = time.perf_counter() - start

        size = result.report.total
        print(f"photos: {len(photos)}, encodes per run: {encodes} "
              f"({len(options.image_sizes)} WebP sizes + 1 JPEG fallback per photo), best of {args.rounds} rounds")
        print(f"image floor:            {floor:8.1f} s   (rounds: {', '.join(f'{f:.1f}' for f in floors)})")
        print(f"first export:           {first:8.1f} s   ratio {first / floor:5.2f}  (target <= 1.3)"
              f"   (rounds: {', '.join(f'{f:.1f}' for f in firsts)})")
        print(f"re-export, 1 text edit: {again:8.1f} s   ratio {again / first:5.3f} (target <= 0.10)")
        print(f"output: {human_size(size)} of {human_size(original)} media   "
              f"ratio {size / original:5.3f} (target <= 0.10)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
