"""Keep PySide6 6.12's lost references to True from crashing the editor in the middle of a session.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``True`` on every signal delivered
to a Python slot. ``True`` starts with a few thousand, so after that many clicks and key
presses its count reaches zero and the interpreter aborts ("deallocating True or False"),
taking unsaved work with it. Adding a large stock of references up front keeps the count
positive for any session. From CPython 3.12 on, True, False and None are immortal.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to each constant: a thousand million signals before any could run out.
STOCK = 1 << 30


def guard() -> None:
    """Give True, False and None a stock of references, once, where the interpreter counts them."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or getattr(guard, "done", False):
        return
    for constant in (True, False, None):
        ctypes.c_ssize_t.from_address(id(constant)).value += STOCK
    guard.done = True  # type: ignore[attr-defined]
