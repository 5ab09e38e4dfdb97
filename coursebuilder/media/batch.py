"""Derive many pictures at once on every core, reusing what the cache already holds.

Each worker process is told where a source's bytes lie (a file, an offset and a length:
a loose file, or a picture stored uncompressed inside a bundle's ZIP) and reads them
itself, checks their SHA-256, makes every output from one decode and writes them
straight into the cache. Only names and sizes travel between processes, never pictures.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..jobs import NEVER, CancelToken, ProgressCallback, no_progress
from .cache import DerivedCache
from .derive import NO_FRAMING, Derived, Framing, Output, derive_outputs
from .probe import MediaError


@dataclass(frozen=True)
class Span:
    """Where a source's bytes lie: a file, the offset of its first byte, and how many bytes."""

    path: str
    offset: int
    size: int
    #: False for files inside a folder bundle, which must never lead out of it through a link.
    follow_links: bool = True


#: A source as handed to a worker: where its bytes lie, or (for pictures made in memory) the bytes.
Source = Span | bytes


@dataclass(frozen=True)
class DeriveRequest:
    """Every picture wanted from one source, framed one way."""

    sha256: str
    outputs: tuple[Output, ...]
    framing: Framing = NO_FRAMING
    #: How messages name the source, such as its media path.
    name: str = field(default="", compare=False)


@dataclass(frozen=True)
class DerivedFile:
    """A derived picture stored in the cache."""

    path: Path
    mime: str
    width: int
    height: int


_MIME_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


def derive_many(
    requests: Iterable[DeriveRequest],
    locate: Callable[[DeriveRequest], Source],
    cache: DerivedCache,
    *,
    workers: int | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken = NEVER,
) -> dict[DeriveRequest, tuple[DerivedFile, ...]]:
    """Return the derived pictures of every request (one per output, in order), making only those not cached.

    ``locate(request)`` says where the source's bytes are. Work runs in worker processes
    (one per core) with at most two sources in flight per worker, so memory stays flat
    however many pictures there are. A source whose bytes do not match its checksum, or
    that cannot be decoded, raises MediaError naming it.
    """
    todo = list(dict.fromkeys(requests))
    results: dict[DeriveRequest, tuple[DerivedFile, ...]] = {}
    missing = []
    for req in todo:
        hit = _cached(cache, req)
        if hit is not None:
            results[req] = hit
        else:
            missing.append(req)
    total = len(todo)
    progress(len(results), total, "")
    if not missing:
        return results
    workers = max(1, min(workers or os.cpu_count() or 1, len(missing)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: dict[Future[tuple[DerivedFile, ...]], DeriveRequest] = {}
        queue = iter(missing)
        try:
            while True:
                while len(pending) < workers * 2:
                    want = next(queue, None)
                    if want is None:
                        break
                    cancel.check()
                    pending[pool.submit(_derive_and_store, locate(want), want, cache.root)] = want
                if not pending:
                    break
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    req = pending.pop(fut)
                    results[req] = fut.result()
                    progress(len(results), total, "")
                cancel.check()
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return results


def read_source(source: Source, sha256: str, name: str = "the picture") -> bytes:
    """Return a source's bytes, refusing them (naming the source) if they do not match the checksum."""
    if isinstance(source, Span):
        try:
            flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
            if not source.follow_links:
                flags |= getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(source.path, flags)
            try:
                data = os.pread(fd, source.size, source.offset) if hasattr(os, "pread") else _seek_read(fd, source)
            finally:
                os.close(fd)
        except OSError as exc:
            raise MediaError(f"{name} cannot be read: {exc.strerror}") from None
        if len(data) != source.size:
            raise MediaError(f"{name} is cut short (damaged or changed)")
    else:
        data = source
    if hashlib.sha256(data).hexdigest() != sha256:
        raise MediaError(f"{name} does not match its checksum (damaged or changed)")
    return data


def _seek_read(fd: int, span: Span) -> bytes:
    os.lseek(fd, span.offset, os.SEEK_SET)
    chunks, left = [], span.size
    while left > 0:
        chunk = os.read(fd, left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _derive_and_store(source: Source, req: DeriveRequest, cache_root: Path) -> tuple[DerivedFile, ...]:
    """Make and cache every output of one request (runs in a worker process)."""
    data = read_source(source, req.sha256, req.name or "the picture")
    try:
        made = derive_outputs(data, req.outputs, framing=req.framing)
    except MediaError as exc:
        raise MediaError(f"{req.name}: {exc}" if req.name else str(exc)) from None
    cache = DerivedCache(cache_root)
    return tuple(_store(cache, req, output, derived) for output, derived in zip(req.outputs, made, strict=True))


def _meta_key(cache: DerivedCache, req: DeriveRequest, output: Output) -> str:
    return cache.key(req.sha256, f"{output.settings()}:{req.framing.key}")


def _cached(cache: DerivedCache, req: DeriveRequest) -> tuple[DerivedFile, ...] | None:
    found = []
    for output in req.outputs:
        key = _meta_key(cache, req, output)
        meta = cache.get(key, ".meta")
        if meta is None:
            return None
        try:
            mime, width, height = meta.read_text("ascii").split()
            path = cache.get(key, _MIME_SUFFIX[mime])
        except (OSError, ValueError, KeyError):
            return None
        if path is None:
            return None
        found.append(DerivedFile(path, mime, int(width), int(height)))
    return tuple(found)


def _store(cache: DerivedCache, req: DeriveRequest, output: Output, derived: Derived) -> DerivedFile:
    key = _meta_key(cache, req, output)
    path = cache.put(key, _MIME_SUFFIX[derived.mime], derived.data)
    # The meta file is written last: its presence means the picture is complete.
    cache.put(key, ".meta", f"{derived.mime} {derived.width} {derived.height}".encode("ascii"))
    return DerivedFile(path, derived.mime, derived.width, derived.height)
