"""Run long work (saving, importing photos, thumbnails) off the GUI thread."""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..jobs import CancelToken

#: Jobs alive until they end; Qt would otherwise lose the Python side mid-run.
_RUNNING: set["Job"] = set()


class Job(QObject):
    """One piece of background work, reporting back on the main thread.

    ``fn(progress, cancel)`` runs on a pool thread and gets plain data only through
    its closure; whatever it returns arrives in ``sig_done`` on the GUI thread.
    """

    sig_progress = Signal(int, int, str)
    """Units done, units in all, and what is being worked on."""
    sig_done = Signal(object)
    """The work finished; carries its result."""
    sig_failed = Signal(str)
    """The work stopped with a one-line message for the lecturer."""
    sig_cancelled = Signal()
    """The work stopped because the lecturer cancelled it."""
    sig_finished = Signal()
    """The work ended, in any way; emitted after the more specific signal."""

    # The worker thread only ever emits this; it is connected before the work starts, and
    # the public signals are emitted from the GUI thread, so handlers connected right after
    # start() (before control returns to the event loop) can never miss the end.
    _sig_report = Signal(str, object)

    def __init__(self, title: str, fn: Callable[[Callable, CancelToken], Any], parent: QObject | None = None, *,
                 expected: tuple = (), must_finish: bool = False):
        # No Qt parent whatever the caller passes: a window closing mid-job must not delete
        # the object its worker thread is still reporting to. _RUNNING keeps it alive.
        super().__init__(None)
        self.title = title
        self.token = CancelToken()
        self.result: Any = None
        self.error = ""
        self.state = "waiting"
        #: Set on the GUI thread once every handler of the ending signals has run.
        self.ended = False
        self._fn = fn
        #: Exceptions whose message is meant for the lecturer (an exporter's own error, say).
        self._extra_expected = expected
        #: Work the window waits for before it closes instead of cancelling it (a save).
        self.must_finish = must_finish
        self._sig_report.connect(self._deliver)

    def _deliver(self, kind: str, payload: Any) -> None:
        if kind == "progress":
            self.sig_progress.emit(*payload)
            return
        if kind == "done":
            self.sig_done.emit(payload)
        elif kind == "failed":
            self.sig_failed.emit(payload)
        else:
            self.sig_cancelled.emit()
        self.ended = True
        self.sig_finished.emit()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.token.cancel()

    def start(self, pool: QThreadPool | None = None) -> "Job":
        """Queue the work on the pool (the global one by default) and return self."""
        _RUNNING.add(self)
        self.sig_finished.connect(lambda: _RUNNING.discard(self))
        self.state = "running"
        (pool or QThreadPool.globalInstance()).start(_Runner(self))
        return self

    def _run(self) -> None:
        # Runs on a pool thread: every report is queued to the GUI thread.
        def progress(done: int, total: int, message: str = "") -> None:
            self._report("progress", (int(done), int(total), str(message)))

        # Imported on the worker thread, like everything heavy the work needs.
        from ..bundle import BundleError, Cancelled
        from ..media.probe import MediaError

        expected = (BundleError, MediaError, OSError, ValueError, *self._extra_expected)
        try:
            result = self._fn(progress, self.token)
        except Cancelled:
            self._end("cancelled", None, "")
        except expected as exc:
            from .wording import error_text

            self._end("failed", None, error_text(exc))
        except Exception as exc:  # noqa: BLE001 - a bug must reach the lecturer as a message, not a dead thread
            traceback.print_exc()
            self._end("failed", None, f"unexpected error: {exc}")
        else:
            self._end("done", result, "")
        self._report(self.state, self.result if self.state == "done" else self.error)

    def _report(self, kind: str, payload: object) -> None:
        try:
            self._sig_report.emit(kind, payload)
        except RuntimeError:
            pass  # the application is shutting down; nobody is left to tell

    def _end(self, state: str, result: Any, error: str) -> None:
        self.state, self.result, self.error = state, result, error


class _Runner(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job._run()


_THUMB_POOL: QThreadPool | None = None


def background_pool() -> QThreadPool:
    """Return a one-thread pool for low-priority work (thumbnails) that must not crowd out saving."""
    global _THUMB_POOL
    if _THUMB_POOL is None:
        _THUMB_POOL = QThreadPool()
        _THUMB_POOL.setMaxThreadCount(1)
    return _THUMB_POOL
