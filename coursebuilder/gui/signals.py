"""Connect a long-lived signal to a short-lived widget without outliving it."""

from __future__ import annotations

import inspect
from typing import Callable

from PySide6.QtCore import QObject


def listen(signal, owner: QObject, slot: Callable) -> None:
    """Connect ``signal`` to ``slot`` until ``owner`` is destroyed.

    Editors come and go as the lecturer clicks through the outline while the
    document lives on; a plain function relay can be disconnected even after
    the owner's C++ side is gone, which a bound method of it cannot.
    """

    # Like Qt's own connections, a slot may take fewer arguments than the signal carries
    # (most views want a change list and not the edit's initiator).
    params = list(inspect.signature(slot).parameters.values())
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        takes = None
    else:
        takes = sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params)

    def relay(*args):
        slot(*args[:takes])

    signal.connect(relay)

    def drop(*_):
        try:
            signal.disconnect(relay)
        except (RuntimeError, TypeError, SystemError):
            pass

    owner.destroyed.connect(drop)
