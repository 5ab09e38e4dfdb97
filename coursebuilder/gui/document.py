"""The open course: bundle, undo stack, file path, change signal, autosave and lock."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..bundle import BundleError, CourseBundle, MediaStore, save_bundle
from ..bundle.media_store import Origin as MediaOrigin
from ..model import Course, MediaItem
from ..model.edits import media_inserts
from ..model.operations import FIELD, Change, Group, Operation, SetField
from ..model.reach import members, stays_inside
from ..model.text_clean import clean_text
from .commands import OperationCommand
from .lock import BundleLock, LockOwner
from .recovery import RecoveryFile
from .workers import Job

#: Write the recovery copy this long after the last change (typing restarts the wait)...
AUTOSAVE_MS = 2_000
#: ...but never let changes go unwritten for longer than this while the lecturer keeps typing.
AUTOSAVE_LONGEST_MS = 10_000


class Document(QObject):
    """One course open in a window; every edit goes through ``do``."""

    sig_course_changed = Signal(object, object)
    """Carries the list of Change records of one edit, undo or redo, and the view that made the
    edit (None for undo, redo and edits from elsewhere): a view skips redrawing its own echo."""
    sig_modified_changed = Signal(bool)
    """The course became modified (True) or matches its saved file again (False)."""
    sig_path_changed = Signal(object)
    """The course now lives at a new path (after Save As), or None."""
    sig_autosaved = Signal()
    """The recovery copy was written."""
    sig_refused = Signal(str)
    """An edit was not made because what it edits is no longer in the course; carries its name."""

    def __init__(self, bundle: CourseBundle, parent: QObject | None = None, *, from_sample: bool = False):
        super().__init__(parent)
        self.bundle = bundle
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._schedule_autosave)
        self.recovery = RecoveryFile()
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        #: When the oldest change not yet in the recovery copy was made (None: all written).
        self._unwritten_since: QElapsedTimer | None = None
        self._members: dict[int, object] | None = None
        self.lock: BundleLock | None = None
        #: A sample course opened as a template: saving must ask where, never overwrite the sample.
        self.from_sample = from_sample

    def _clean_changed(self, clean: bool) -> None:
        self.sig_modified_changed.emit(not clean)

    @property
    def course(self) -> Course:
        """Return the course being edited."""
        return self.bundle.course

    @property
    def path(self) -> Path | None:
        """Return where the course is saved, or None if it never was (or is a sample)."""
        return None if self.from_sample else self.bundle.path

    def is_modified(self) -> bool:
        """Return whether there are changes not yet saved."""
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        """Return the name for the window title."""
        return self.course.title or (self.path.name if self.path else "")

    def do(self, operation: Operation, text: str = "", initiator: object = None) -> bool:
        """Make one edit, undoably; ``text`` is the translated name shown in the Edit menu.

        ``initiator`` is the widget the lecturer edited in, told apart in the change signal so it
        does not redraw what it already shows (which would move the cursor while typing).
        Return False, changing nothing, if the edit reaches an object that is no longer in
        the course (a view that has not yet followed an undo): it would be lost on saving.
        """
        if not stays_inside(operation, self._course_members()):
            self.sig_refused.emit(text or operation.name)
            return False
        if isinstance(operation, SetField) and isinstance(operation.value, str):
            # Text pasted from Word or PowerPoint (vertical tabs, control characters) is cleaned
            # where it enters the course, as course.yaml and imports are.
            operation.value, _changes = clean_text(operation.value)
        self.undo_stack.push(OperationCommand(self, operation, text, initiator))
        return True

    def contains(self, obj: object) -> bool:
        """Return whether ``obj`` is part of the course (not removed, undone or never added)."""
        return self._course_members().get(id(obj)) is obj

    def _course_members(self) -> dict[int, object]:
        if self._members is None:
            self._members = members(self.course)
        return self._members

    def broadcast(self, changes: list[Change], initiator: object = None) -> None:
        """Tell every view what changed, and which view (if any) made the change."""
        if any(c.kind != FIELD or not isinstance(getattr(c.target, c.attr, None), (str, int, float, bool)) for c in changes):
            self._members = None  # the course's tree changed shape
        if changes:
            self.sig_course_changed.emit(changes, initiator)

    def mark_restored(self) -> None:
        """Treat a course restored from a recovery copy as unsaved."""
        self.undo_stack.resetClean()
        self.sig_modified_changed.emit(True)

    # --- media -----------------------------------------------------------------

    def start_import(self, files: list[Path]) -> Job:
        """Return a started job that reads files into media items (hash, sniff, size) off the GUI thread."""
        known = list(self.course.media)
        limits = self.bundle.media.limits
        files = [Path(f) for f in files]

        def work(progress, cancel):
            scratch = Course(media=list(known))
            store = MediaStore(limits)
            added: list[tuple[MediaItem, MediaOrigin | None]] = []
            for i, file in enumerate(files):
                cancel.check()
                progress(i, len(files), file.name)
                item = store.add_file(scratch, file)
                try:
                    origin = store.origin(item.path)
                except BundleError:
                    origin = None  # the course already holds this very file
                added.append((item, origin))
            progress(len(files), len(files), "")
            return added

        return Job(self.tr("Adding media"), work, self).start()

    def files(self, added: list[tuple[MediaItem, MediaOrigin | None]]) -> list[MediaItem]:
        """Make the bytes of files read by ``start_import`` readable and return their items.

        The course does not hold them yet: the edit that adds them (``model.edits``) does.
        Origins stay registered after an undo, because redo needs the bytes again.
        """
        taken = {m.path: m.sha256 for m in self.course.media}
        for item, origin in added:
            if origin is not None and taken.get(item.path, item.sha256) == item.sha256:
                self.bundle.media.set_origin(item.path, origin)
        return [item for item, _ in added]

    def add_media(self, added: list[tuple[MediaItem, MediaOrigin | None]]) -> list[MediaItem]:
        """Add imported files to the library as one undoable edit and return the course's items for them."""
        files = self.files(added)
        items, ops = media_inserts(self.course, files)
        if ops:
            self.do(Group(self.tr("Add media"), ops), self.tr("Add %n media file(s)", "", len(ops)))
        return items

    # --- saving ----------------------------------------------------------------

    def start_save(self, target: Path, folder: bool | None = None) -> Job:
        """Return a started job saving a snapshot of the course to ``target``."""
        target = Path(target)
        if folder is None:
            folder = target.is_dir()
        snapshot = self.snapshot()
        index = self.undo_stack.index()

        def work(progress, cancel):
            save_bundle(snapshot, target, folder=folder, progress=progress, cancel=cancel)
            return snapshot

        job = Job(self.tr("Saving"), work, self, must_finish=True)
        job.sig_done.connect(lambda saved: self._saved(saved, index))
        return job.start()

    def snapshot(self) -> CourseBundle:
        """Return a copy of the course and its media origins for a worker to read while editing goes on."""
        snapshot = CourseBundle(course=copy.deepcopy(self.course), media=MediaStore(self.bundle.media.limits))
        for item in snapshot.course.media:
            try:
                snapshot.media.set_origin(item.path, self.bundle.media.origin(item.path))
            except BundleError:
                pass  # a lost file: saving reports it by name
        snapshot.path = self.bundle.path
        return snapshot

    def _saved(self, saved: CourseBundle, index: int) -> None:
        for item in saved.course.media:
            self.bundle.media.set_origin(item.path, saved.media.origin(item.path))
        moved = saved.path != self.bundle.path or self.from_sample
        self.bundle.path = saved.path
        self.bundle.manifest_raw = saved.manifest_raw
        self.from_sample = False
        if index == self.undo_stack.index():
            self.undo_stack.setClean()
            self.recovery.discard()
        if moved:
            self.take_lock()
            self.sig_path_changed.emit(saved.path)

    # --- never lose work ---------------------------------------------------------

    def take_lock(self) -> None:
        """Claim the bundle's path so other windows know it is open here."""
        if self.lock:
            self.lock.release()
        self.lock = BundleLock(self.path) if self.path else None
        if self.lock:
            self.lock.acquire()

    def lock_owner(self) -> LockOwner | None:
        """Return who else has this bundle open, if anyone."""
        return self.lock.held_by_other() if self.lock else None

    def _schedule_autosave(self) -> None:
        # Debounced: each change restarts the wait, so typing is not interrupted by writes,
        # yet a long burst of typing is still written every AUTOSAVE_LONGEST_MS.
        if self._unwritten_since is None:
            self._unwritten_since = QElapsedTimer()
            self._unwritten_since.start()
        left = AUTOSAVE_LONGEST_MS - self._unwritten_since.elapsed()
        self.autosave_timer.start(max(0, min(AUTOSAVE_MS, left)))

    def autosave_now(self) -> Job | None:
        """Write the recovery copy in a worker (or, when nothing is unsaved, remove it); return the job."""
        self.autosave_timer.stop()
        self._unwritten_since = None
        if not self.is_modified():
            self.recovery.discard()
            return None
        # A copy taken now, written off the GUI thread: YAML and fsync of a large course take
        # tens of milliseconds, more on a slow disk, two seconds after each pause in typing.
        snapshot, recovery, generation = self.snapshot(), self.recovery, self.recovery.generation
        # A sample opened as a template has no file of its own: a restored copy must ask where to save.
        snapshot.path = self.path
        stamp = recovery.next_stamp()
        job = Job(self.tr("Writing a recovery copy"), lambda progress, cancel: recovery.write(snapshot, generation, stamp))
        # A full disk must not interrupt editing: a failed write is simply tried again after the next change.
        job.sig_done.connect(self._autosaved)
        return job.start()

    def _autosaved(self, written: bool) -> None:
        if written:
            self.sig_autosaved.emit()

    def close(self) -> None:
        """Forget the recovery copy and lock: the lecturer closed the course on purpose."""
        self.autosave_timer.stop()
        self.recovery.discard()
        if self.lock:
            self.lock.release()
            self.lock = None
