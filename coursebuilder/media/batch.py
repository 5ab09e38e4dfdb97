"""Derive many pictures at once on every core, reusing what the cache already holds."""

from __future__ import annotations

import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

from ..jobs import NEVER, CancelToken, ProgressCallback, no_progress
from .cache import DerivedCache
from .derive import Derived, derive_image


@dataclass(frozen=True)
class DeriveRequest:
    """One derived picture wanted: which source, and at what size and formats."""

    sha256: str
    max_edge: int | None
    formats: tuple[str, ...] = ("JPEG", "PNG")
    quality: int = 82
    #: Progressive JPEG (for web pages on slow links); slides do not need it.
    progressive: bool = True

    def settings(self) -> str:
        """Return the settings that make this derived picture differ from others."""
        baseline = "" if self.progressive else ":baseline"
        return f"derive:v1:{self.max_edge}:{','.join(self.formats)}:{self.quality}{baseline}"


@dataclass(frozen=True)
class DerivedFile:
    """A derived picture stored in the cache."""

    path: Path
    mime: str
    width: int
    height: int


_MIME_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


def _work(data: bytes, request: DeriveRequest) -> Derived:
    return derive_image(data, max_edge=request.max_edge, formats=request.formats, quality=request.quality,
                        progressive=request.progressive)


def derive_many(
    requests: Iterable[DeriveRequest],
    open_source: Callable[[str], BinaryIO],
    cache: DerivedCache,
    *,
    workers: int | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> dict[DeriveRequest, DerivedFile]:
    """Return every requested derived picture, making only those not yet cached.

    ``open_source(sha256)`` opens the original. Work runs in worker processes
    (one per core) with at most two pictures in flight per worker, so memory stays
    flat however many pictures there are.
    """
    todo = list(dict.fromkeys(requests))
    results: dict[DeriveRequest, DerivedFile] = {}
    missing = []
    for req in todo:
        hit = _cached(cache, req)
        if hit:
            results[req] = hit
        else:
            missing.append(req)
    total = len(todo)
    progress(len(results), total, "")
    if not missing:
        return results
    workers = workers or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: dict[Future[Derived], DeriveRequest] = {}
        queue = iter(missing)
        try:
            while True:
                while len(pending) < workers * 2:
                    want = next(queue, None)
                    if want is None:
                        break
                    cancel.check()
                    with open_source(want.sha256) as fh:
                        data = fh.read()
                    pending[pool.submit(_work, data, want)] = want
                if not pending:
                    break
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    req = pending.pop(fut)
                    results[req] = _store(cache, req, fut.result())
                    progress(len(results), total, "")
                cancel.check()
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return results


def _meta_key(cache: DerivedCache, req: DeriveRequest) -> str:
    return cache.key(req.sha256, req.settings())


def _cached(cache: DerivedCache, req: DeriveRequest) -> DerivedFile | None:
    key = _meta_key(cache, req)
    meta = cache.get(key, ".meta")
    if meta is None:
        return None
    try:
        mime, width, height = meta.read_text("ascii").split()
        path = cache.get(key, _MIME_SUFFIX[mime])
    except (OSError, ValueError, KeyError):
        return None
    return DerivedFile(path, mime, int(width), int(height)) if path else None


def _store(cache: DerivedCache, req: DeriveRequest, derived: Derived) -> DerivedFile:
    key = _meta_key(cache, req)
    path = cache.put(key, _MIME_SUFFIX[derived.mime], derived.data)
    # The meta file is written last: its presence means the picture is complete.
    cache.put(key, ".meta", f"{derived.mime} {derived.width} {derived.height}".encode("ascii"))
    return DerivedFile(path, derived.mime, derived.width, derived.height)
