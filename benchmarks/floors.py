"""Floors: the least work any tool must do, measured in the same run as our code."""

from __future__ import annotations

import io
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image, ImageOps


def _bare_image(path: Path, max_edge: int, fmt: str) -> int:
    with Image.open(path) as im:
        if im.format == "JPEG":
            im.draft("RGB", (max_edge, max_edge))
        im = ImageOps.exif_transpose(im)
        im.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
        buf = io.BytesIO()
        im.convert("RGB").save(buf, fmt, quality=82)
        return len(buf.getvalue())


def image_floor(paths: list[Path], max_edge: int = 1920, fmt: str = "JPEG") -> float:
    """Return seconds to decode, orient, resize and encode every picture on all cores."""
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        list(pool.map(_bare_image, paths, [max_edge] * len(paths), [fmt] * len(paths), chunksize=4))
    return time.perf_counter() - start


def copy_floor(src: Path, dst: Path) -> float:
    """Return seconds for a plain file copy of ``src``, synced to disk like a save."""
    start = time.perf_counter()
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        shutil.copyfileobj(fin, fout, 1024 * 1024)
        fout.flush()
        os.fsync(fout.fileno())
    return time.perf_counter() - start


def best_of(n: int, fn, *args) -> float:
    """Return the fastest of ``n`` runs: the least disturbed by other work on the machine."""
    return min(fn(*args) for _ in range(n))
