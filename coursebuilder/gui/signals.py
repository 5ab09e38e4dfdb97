"""Connect a long-lived signal to a short-lived widget without outliving it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject


def listen(signal, owner: QObject, slot: Callable) -> None:
    """Connect ``signal`` to ``slot`` until ``owner`` is destroyed.

    Editors come and go as the lecturer clicks through the outline while the
    document lives on; a plain function relay can be disconnected even after
    the owner's C++ side is gone, which a bound method of it cannot.
    """

    def relay(*args):
        slot(*args)

    signal.connect(relay)

    def drop(*_):
        try:
            signal.disconnect(relay)
        except (RuntimeError, TypeError, SystemError):
            pass

    owner.destroyed.connect(drop)
