"""Progress reporting and cancelling shared by all long work, GUI or not."""

from __future__ import annotations

import threading
from typing import Callable, Protocol


class Cancelled(Exception):
    """The person asked to stop the work."""


class Progress(Protocol):
    """Receives progress of long work: units done of total, and what is happening."""

    def __call__(self, done: int, total: int, message: str = "") -> None: ...


def no_progress(done: int, total: int, message: str = "") -> None:
    """Ignore progress."""


class CancelToken:
    """A flag long work checks between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Return whether stopping was asked for."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled if stopping was asked for."""
        if self._event.is_set():
            raise Cancelled()


NEVER = CancelToken()

ProgressCallback = Callable[[int, int, str], None]
