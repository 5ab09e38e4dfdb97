"""Start and stop the classroom server for the editor: the snapshot is built off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...bundle import CourseBundle
from ...classroom import ClassroomServer, ResultsStore, ServeError, SnapshotError, StoreError, build_snapshot
from ...classroom.network import pick_port
from ..workers import Job


class ClassroomController(QObject):
    """One classroom run: snapshot, results store, session and server."""

    sig_started = Signal(str)
    """The server listens; carries the URL phones open."""
    sig_stopped = Signal()
    """The server stopped and the port is free."""
    sig_failed = Signal(str)
    """Starting failed; carries a one-line message."""
    sig_progress = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.server: ClassroomServer | None = None
        self.store: ResultsStore | None = None
        self.snapshot = None
        self.job: Job | None = None
        #: False once Stop was pressed: a phone copy finishing after that is thrown away, never served.
        self._wanted = False

    @property
    def running(self) -> bool:
        """Return whether phones can connect now."""
        return self.server is not None and self.server.running

    @property
    def busy(self) -> bool:
        """Return whether the phone copy is being built."""
        return self.job is not None and not self.job.ended

    def start(self, bundle: CourseBundle, host: str, port: int | None, pin: str, venue: str, label: str) -> None:
        """Build the phone copy of ``bundle`` (a copy the editor no longer touches) in the background, then serve it."""
        if self.running or self.busy:
            return
        self._wanted = True

        def work(progress, cancel):
            return build_snapshot(bundle, progress=progress, cancel=cancel)

        self.job = Job(self.tr("Preparing the classroom"), work, expected=(SnapshotError,))
        self.job.sig_progress.connect(self.sig_progress)
        self.job.sig_done.connect(lambda snap: self._serve(snap, bundle, host, port, pin, venue, label))
        self.job.sig_failed.connect(self._preparing_failed)
        self.job.start()

    def _preparing_failed(self, message: str) -> None:
        # Stop pressed while the copy was being built cancels the job: that is no failure to report.
        if self._wanted:
            self.sig_failed.emit(message)

    def _serve(self, snap, bundle: CourseBundle, host: str, port: int | None, pin: str, venue: str, label: str) -> None:
        if not self._wanted:
            snap.remove()
            return
        try:
            store = ResultsStore.for_course(bundle.course.id)
        except StoreError as exc:
            snap.remove()
            self.sig_failed.emit(str(exc))
            return
        try:
            chosen = pick_port(host, port or None)
            session = store.start_session(venue, label)
            server = ClassroomServer(snap, store, session, host, chosen, pin=pin or None)
            url = server.start()
        except (OSError, ServeError, StoreError) as exc:
            store.close()
            snap.remove()
            self.sig_failed.emit(str(exc))
            return
        self.snapshot, self.store, self.server = snap, store, server
        self.sig_started.emit(url)

    def stop(self) -> None:
        """Close every connection, free the port, end the session and remove the phone copy."""
        self._wanted = False
        if self.job is not None and not self.job.ended:
            self.job.cancel()
        server, store, snap = self.server, self.store, self.snapshot
        self.server = self.store = self.snapshot = None
        if server is None:
            return
        server.stop()
        if store is not None:
            store.end_session(server.session.id)
            store.close()
        if snap is not None:
            snap.remove()
        self.sig_stopped.emit()
