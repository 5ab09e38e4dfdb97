"""Thumbnails of media pictures, made on a background thread and cached on disk by checksum."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPixmap

from .. import appdirs
from ..bundle import BundleError
from ..media.cache import DerivedCache
from ..media.thumbnails import THUMBNAIL_EDGE, thumbnail
from ..model import MediaItem
from .workers import Job, background_pool


class Thumbnails(QObject):
    """Hand out thumbnail pixmaps; ones not made yet arrive later through ``sig_ready``."""

    sig_ready = Signal(str)
    """A thumbnail for this SHA-256 is now available."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.cache = DerivedCache(appdirs.cache_dir() / "thumbnails")
        self._pixmaps: dict[str, QPixmap] = {}
        self._pending: set[str] = set()
        self._failed: set[str] = set()

    def get(self, item: MediaItem, media_store) -> QPixmap | None:
        """Return the thumbnail if ready; otherwise start making it and return None."""
        if item.kind != "image" or item.sha256 in self._failed:
            return None
        if item.sha256 in self._pixmaps:
            return self._pixmaps[item.sha256]
        cached = self.cache.get(self.cache.key(item.sha256, f"thumb:{THUMBNAIL_EDGE}"), ".img")
        if cached is not None:
            return self._load(item.sha256, cached)
        if item.sha256 not in self._pending:
            self._pending.add(item.sha256)
            self._make(item, media_store)
        return None

    def path(self, item: MediaItem) -> Path | None:
        """Return the cached thumbnail file if it exists."""
        return self.cache.get(self.cache.key(item.sha256, f"thumb:{THUMBNAIL_EDGE}"), ".img")

    def _load(self, sha256: str, path: Path) -> QPixmap | None:
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self._failed.add(sha256)
            return None
        self._pixmaps[sha256] = pixmap
        return pixmap

    def _make(self, item: MediaItem, media_store) -> None:
        sha, path, cache = item.sha256, item.path, self.cache

        def work(progress, cancel):
            cancel.check()
            return thumbnail(cache, sha, lambda: media_store.open(path))

        job = Job(self.tr("Making thumbnails"), work, self)
        job.sig_done.connect(lambda file: self._arrived(sha, file))
        job.sig_failed.connect(lambda _msg: self._gave_up(sha))
        job.start(background_pool())

    def _arrived(self, sha256: str, file: Path) -> None:
        self._pending.discard(sha256)
        if self._load(sha256, Path(file)) is not None:
            self.sig_ready.emit(sha256)

    def _gave_up(self, sha256: str) -> None:
        self._pending.discard(sha256)
        self._failed.add(sha256)

    def busy(self) -> bool:
        """Return whether thumbnails are still being made."""
        return bool(self._pending)


__all__ = ["Thumbnails", "BundleError"]
