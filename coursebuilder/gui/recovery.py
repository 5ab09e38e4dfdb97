"""Recovery files: the unsaved course written two seconds after the last change, offered after a crash."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .. import appdirs
from ..bundle import BundleError, CourseBundle, FromBundle, FromBytes, FromFile, MediaStore, manifest_bytes, parse_manifest
from ..bundle.source import BundleSource, open_source
from .lock import pid_alive

MANIFEST = "course.yaml"
INFO = "info.json"

#: Recovery folders written by windows of this process that are still open.
_LIVE: set[str] = set()


def recovery_root() -> Path:
    """Return the folder holding one sub-folder per unsaved course."""
    return appdirs.data_dir() / "recovery"


@dataclass(frozen=True)
class Recovery:
    """An unsaved course left behind by a window that did not close properly."""

    folder: Path
    title: str
    bundle: str
    saved: float

    def describe(self) -> str:
        """Return the course and time in words."""
        title = self.title or QCoreApplication.translate("recovery", "Untitled course")
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved))
        return QCoreApplication.translate("recovery", "“%1”, last changed %2").replace("%1", title).replace("%2", when)


class RecoveryFile:
    """The recovery folder of one open course."""

    def __init__(self) -> None:
        self.token = f"{os.getpid()}-{os.urandom(4).hex()}"
        self.folder = recovery_root() / self.token
        # Writes happen on a worker; a discard (after saving) must win over a write already queued.
        self._lock = threading.Lock()
        self.generation = 0
        self._stamps = 0
        self._written_stamp = 0

    def next_stamp(self) -> int:
        """Return a number for a copy about to be written; later copies get larger ones."""
        self._stamps += 1
        return self._stamps

    def write(self, bundle: CourseBundle, generation: int | None = None, stamp: int | None = None) -> bool:
        """Write the course and where each media file's bytes are.

        Return False, writing nothing, if the copy was discarded since ``generation`` or a
        copy with a later ``stamp`` is already written (two workers may finish out of order).
        """
        with self._lock:
            if generation is not None and generation != self.generation:
                return False
            if stamp is not None:
                if stamp < self._written_stamp:
                    return False
                self._written_stamp = stamp
            self._write(bundle)
            return True

    def _write(self, bundle: CourseBundle) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        media: dict[str, dict] = {}
        for item in bundle.course.media:
            try:
                origin = bundle.media.origin(item.path)
            except BundleError:
                continue
            if isinstance(origin, FromBundle):
                media[item.path] = {"bundle": str(origin.source.path), "name": origin.name}
            elif isinstance(origin, FromFile):
                media[item.path] = {"file": str(origin.path)}
            elif isinstance(origin, FromBytes):
                kept = self.folder / (item.sha256 + ".bin")
                if not kept.exists():
                    _atomic_write(kept, origin.data)
                media[item.path] = {"file": str(kept)}
        info = {
            "pid": os.getpid(),
            "title": bundle.course.title,
            "bundle": str(bundle.path) if bundle.path else "",
            "saved": time.time(),
            "media": media,
        }
        _atomic_write(self.folder / MANIFEST, manifest_bytes(bundle.course))
        _atomic_write(self.folder / INFO, json.dumps(info, ensure_ascii=False).encode("utf-8"))
        _LIVE.add(self.token)

    def discard(self) -> None:
        """Remove the recovery copy: the course was saved or deliberately closed."""
        with self._lock:
            self.generation += 1
            _LIVE.discard(self.token)
            shutil.rmtree(self.folder, ignore_errors=True)

    def release(self) -> None:
        """Stop claiming the folder without removing it, as a crashed process would."""
        _LIVE.discard(self.token)


def find_recoveries() -> list[Recovery]:
    """Return recovery copies whose window is gone (crashed or killed), newest first."""
    found = []
    root = recovery_root()
    if not root.is_dir():
        return []
    for folder in root.iterdir():
        try:
            info = json.loads((folder / INFO).read_text("utf-8"))
            pid = int(info["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if folder.name in _LIVE or (pid != os.getpid() and pid_alive(pid)):
            continue  # still open in a running window
        found.append(Recovery(folder, str(info.get("title", "")), str(info.get("bundle", "")), float(info.get("saved", 0))))
    return sorted(found, key=lambda r: r.saved, reverse=True)


def restore(recovery: Recovery) -> CourseBundle:
    """Rebuild the course and its media origins from a recovery folder, or raise BundleError."""
    try:
        info = json.loads((recovery.folder / INFO).read_text("utf-8"))
        raw = (recovery.folder / MANIFEST).read_bytes()
    except (OSError, ValueError) as exc:
        raise BundleError(f"the recovery copy cannot be read: {exc}") from None
    course = parse_manifest(raw)
    store = MediaStore()
    sources: dict[str, BundleSource | None] = {}
    for path, where in info.get("media", {}).items():
        if "file" in where:
            store.set_origin(path, FromFile(Path(where["file"])))
        elif "bundle" in where:
            bundle_path = where["bundle"]
            if bundle_path not in sources:
                try:
                    sources[bundle_path] = open_source(Path(bundle_path))
                except BundleError:
                    sources[bundle_path] = None
            source = sources[bundle_path]
            if source is not None:
                store.set_origin(path, FromBundle(source, where["name"]))
    return CourseBundle(course=course, media=store, path=Path(info["bundle"]) if info.get("bundle") else None)


def discard(recovery: Recovery) -> None:
    """Remove a recovery copy the lecturer does not want."""
    shutil.rmtree(recovery.folder, ignore_errors=True)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
