"""Thumbnails of media pictures, made in a helper process and cached on disk by checksum.

A process, not a thread: decoding a 12-megapixel photo in a thread of this
process competes for the interpreter lock and makes the window stutter.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap

from .. import appdirs
from ..media.cache import DerivedCache
from ..model import MediaItem

if TYPE_CHECKING:
    from .workers import Job

#: Long edge of thumbnails; the same as coursebuilder.media.thumbnails, without importing Pillow at start-up.
THUMBNAIL_EDGE = 256

_POOL = None


def _pool():
    global _POOL
    if _POOL is None:
        import atexit
        import multiprocessing
        import os
        from concurrent.futures import ProcessPoolExecutor

        from .thumb_worker import watch_parent

        # "spawn": forking a process that runs Qt threads is unsafe.
        _POOL = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=watch_parent,
            initargs=(os.getpid(),),
        )
        atexit.register(shutdown)
    return _POOL


def shutdown() -> None:
    """Stop the helper process (at exit)."""
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(wait=True, cancel_futures=True)  # at most one thumbnail to finish
        _POOL = None


class Thumbnails(QObject):
    """Hand out thumbnail pixmaps; ones not made yet arrive later through ``sig_ready``."""

    sig_ready = Signal(str)
    """A thumbnail for this SHA-256 is now available."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.cache = DerivedCache(appdirs.cache_dir() / "thumbnails")
        self._pixmaps: dict[str, QPixmap] = {}
        self._queue: dict[str, tuple[str, object]] = {}
        self._pending: set[str] = set()
        self._failed: set[str] = set()
        self._job: Job | None = None

    def key(self, item: MediaItem) -> str:
        """Return the cache key of an item's thumbnail."""
        return self.cache.key(item.sha256, f"thumb:{THUMBNAIL_EDGE}")

    def get(self, item: MediaItem, media_store) -> QPixmap | None:
        """Return the thumbnail if ready; otherwise queue it and return None."""
        if item.kind != "image" or item.sha256 in self._failed:
            return None
        if item.sha256 in self._pixmaps:
            return self._pixmaps[item.sha256]
        if item.sha256 in self._pending:
            return None
        cached = self.cache.get(self.key(item), ".img")
        if cached is not None:
            return self._load(item.sha256, cached)
        self._pending.add(item.sha256)
        self._queue[item.sha256] = (item.path, media_store)
        if self._job is None:
            self._start()
        return None

    def path(self, item: MediaItem) -> Path | None:
        """Return the cached thumbnail file if it exists."""
        return self.cache.get(self.key(item), ".img")

    def busy(self) -> bool:
        """Return whether thumbnails are still being made."""
        return bool(self._pending)

    def _load(self, sha256: str, path: Path) -> QPixmap | None:
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self._failed.add(sha256)
            return None
        self._pixmaps[sha256] = pixmap
        return pixmap

    def _start(self) -> None:
        from .thumb_worker import thumbnail_bytes
        from .workers import Job, background_pool

        batch, self._queue = list(self._queue.items()), {}
        cache = self.cache

        def work(progress, cancel):
            for i, (sha, (path, store)) in enumerate(batch):
                cancel.check()
                key = cache.key(sha, f"thumb:{THUMBNAIL_EDGE}")
                try:
                    file = cache.get(key, ".img")
                    if file is None:
                        with store.open(path) as fh:
                            data = fh.read()
                        file = cache.put(key, ".img", _pool().submit(thumbnail_bytes, data, THUMBNAIL_EDGE).result())
                    progress(i + 1, len(batch), f"ok {sha} {file}")
                except Exception:  # noqa: BLE001 - one damaged picture must not stop the others
                    progress(i + 1, len(batch), f"failed {sha} -")
            return None

        job = self._job = Job(self.tr("Making thumbnails"), work, self)
        job.sig_progress.connect(self._arrived)
        job.sig_finished.connect(self._batch_done)
        job.start(background_pool())

    def _arrived(self, _done: int, _total: int, message: str) -> None:
        status, sha, file = message.split(" ", 2)
        self._pending.discard(sha)
        if status == "ok" and self._load(sha, Path(file)) is not None:
            self.sig_ready.emit(sha)
        else:
            self._failed.add(sha)

    def _batch_done(self) -> None:
        self._job = None
        if self._queue:
            self._start()
        else:
            self._pending.clear()

    def cancel(self) -> None:
        """Stop making thumbnails (the window is closing)."""
        self._queue.clear()
        if self._job is not None:
            self._job.cancel()
