"""Floors: the least work any tool must do, measured in the same run as our code.

Written from Pillow's documentation, never from coursebuilder's own code, so that a
needless cost cannot hide in both. The picture floor, per photo and output size:
1. open the file and ask libjpeg for the smallest DCT scale (1/2, 1/4, 1/8) whose result
   still covers the target in the photo's own proportions (``Image.draft``);
2. one LANCZOS resize to the target (longest edge ``max_edge``);
3. one orientation: turn the small result upright by its EXIF orientation tag;
4. one encode (JPEG quality 82, baseline, no optimisation pass; or WebP quality 82).
All photos are shared over one process per core.
"""

from __future__ import annotations

import io
import math
import os
import resource
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

# What turns a picture stored with each EXIF orientation upright (EXIF 2.32, tag 0x0112).
_UPRIGHT = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
            5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
            8: Image.Transpose.ROTATE_90}


def least_image_work(path: str, max_edge: int, fmt: str = "JPEG", quality: int = 82) -> int:
    """Decode at the right DCT scale, resize once, turn upright once, encode once; return the bytes made."""
    with Image.open(path) as im:
        w, h = im.size
        scale = min(1.0, max_edge / max(w, h))
        target = (max(1, round(w * scale)), max(1, round(h * scale)))
        if im.format == "JPEG" and scale < 1:
            # The box keeps the photo's proportions, so the decoded short side stays at or above the target's.
            im.draft("RGB", (math.ceil(w * scale), math.ceil(h * scale)))
        orientation = im.getexif().get(0x0112, 1)
        small = im.resize(target, Image.Resampling.LANCZOS) if im.size != target else im
        if orientation in _UPRIGHT:
            small = small.transpose(_UPRIGHT[orientation])
        buf = io.BytesIO()
        small.save(buf, fmt, quality=quality)
        return buf.tell()


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds and CPU seconds (user + system, all processes) of one measured run."""

    wall: float
    user: float
    system: float

    @property
    def cpu(self) -> float:
        """Return user plus system CPU seconds."""
        return self.user + self.system


def image_floor(paths: list[Path], max_edge: int = 1920, fmt: str = "JPEG") -> Timing:
    """Return the time the least image work takes for every photo, on one process per core."""
    before = _cpu()
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        list(pool.map(least_image_work, [str(p) for p in paths], [max_edge] * len(paths), [fmt] * len(paths),
                      chunksize=4))
    wall = time.perf_counter() - start
    after = _cpu()
    return Timing(wall, after[0] - before[0], after[1] - before[1])


def _cpu() -> tuple[float, float]:
    """Return user and system CPU seconds of this process and its finished children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + kids.ru_utime, me.ru_stime + kids.ru_stime


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
