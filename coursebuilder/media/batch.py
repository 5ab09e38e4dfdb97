"""Derive many pictures at once on every core, reusing what the cache already holds.

Each worker process is told where a source's bytes lie (a file, an offset and a length:
a loose file, or a picture stored uncompressed inside a bundle's ZIP) and reads them
itself, checks their SHA-256, makes every output from one decode and writes them
straight into the cache. Only names and sizes travel between processes, never pictures.
"""

from __future__ import annotations

import hashlib
import os
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

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


_Locate = Callable[[DeriveRequest], Source]
_Pending = dict[Future[tuple[DerivedFile, ...]], DeriveRequest]

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
    with DeriveJob(requests, locate, cache, workers=workers, progress=progress, cancel=cancel) as job:
        return job.results()


class DeriveJob:
    """Derive pictures in the background, in the order asked; each can be waited for as soon as it is needed.

    An exporter lays out its slides or pages while the workers make the pictures, and
    blocks only on a picture not made yet: the layout hides behind the picture work. The
    worker processes are started here, in the caller's thread, before any other thread
    runs; a thread then feeds them and collects what they made. Use as a context manager:
    leaving it stops the work not yet started and waits for the workers.
    """

    def __init__(
        self,
        requests: Iterable[DeriveRequest],
        locate: Callable[[DeriveRequest], Source],
        cache: DerivedCache,
        *,
        workers: int | None = None,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken = NEVER,
    ):
        todo = list(dict.fromkeys(requests))
        self._done: dict[DeriveRequest, tuple[DerivedFile, ...]] = {}
        self._error: BaseException | None = None
        self._stop = False
        self._changed = threading.Condition()
        self._progress, self._cancel, self._total = progress, cancel, len(todo)
        missing = []
        for req in todo:
            hit = _cached(cache, req)
            if hit is not None:
                self._done[req] = hit
            else:
                missing.append(req)
        progress(len(self._done), self._total, "")
        self._thread: threading.Thread | None = None
        self._pool: ProcessPoolExecutor | None = None
        if not missing:
            return
        count = max(1, min(workers or os.cpu_count() or 1, len(missing)))
        self._pool = ProcessPoolExecutor(max_workers=count)
        queue = iter(missing)
        pending: dict[Future[tuple[DerivedFile, ...]], DeriveRequest] = {}
        try:
            # The first submissions start the worker processes, from this thread.
            self._fill(pending, queue, locate, cache, count)
        except BaseException:
            self._pool.shutdown(wait=True, cancel_futures=True)
            raise
        self._thread = threading.Thread(target=self._run, args=(pending, queue, locate, cache, count),
                                        name="derive pictures", daemon=True)
        self._thread.start()

    def _fill(self, pending: _Pending, queue: Iterator[DeriveRequest], locate: _Locate, cache: DerivedCache,
              count: int) -> None:
        assert self._pool is not None
        while len(pending) < count * 2 and not self._stop:
            want = next(queue, None)
            if want is None:
                break
            self._cancel.check()
            pending[self._pool.submit(_derive_and_store, locate(want), want, cache.root)] = want

    def _run(self, pending: _Pending, queue: Iterator[DeriveRequest], locate: _Locate, cache: DerivedCache,
             count: int) -> None:
        try:
            while pending and not self._stop:
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for fut in finished:
                    req = pending.pop(fut)
                    made = fut.result()
                    with self._changed:
                        self._done[req] = made
                        self._changed.notify_all()
                    self._progress(len(self._done), self._total, "")
                self._cancel.check()
                self._fill(pending, queue, locate, cache, count)
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits for a picture
            with self._changed:
                self._error = exc
        finally:
            for fut in pending:
                fut.cancel()
            with self._changed:
                self._stop = True
                self._changed.notify_all()

    def result(self, req: DeriveRequest) -> tuple[DerivedFile, ...]:
        """Return one request's pictures, waiting until they are made; raise the error that stopped the work."""
        with self._changed:
            while req not in self._done:
                if self._error is not None:
                    raise self._error
                if self._stop or self._thread is None:
                    raise KeyError(req.name or req.sha256)
                self._changed.wait(0.5)
                self._cancel.check()
            return self._done[req]

    def results(self) -> dict[DeriveRequest, tuple[DerivedFile, ...]]:
        """Return every request's pictures, waiting for all of them."""
        if self._thread is not None:
            while self._thread.is_alive():
                self._thread.join(0.5)
                self._cancel.check()
        if self._error is not None:
            raise self._error
        return dict(self._done)

    def close(self) -> None:
        """Stop the work not yet started and wait for the worker processes to end."""
        with self._changed:
            self._stop = True
        if self._thread is not None:
            self._thread.join()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "DeriveJob":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
