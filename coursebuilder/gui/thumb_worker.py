"""The part of thumbnail making that runs in a helper process (no Qt here)."""

from __future__ import annotations

import os
import threading
import time

from ..media.derive import NO_FRAMING, Framing, derive_image


def thumbnail_bytes(data: bytes, edge: int, framing: Framing = NO_FRAMING) -> bytes:
    """Return a small upright preview of a picture's bytes, turned and cropped as ``framing`` says."""
    return derive_image(data, max_edge=edge, quality=80, framing=framing).data


def watch_parent(parent_pid: int) -> None:
    """Run the helper at low priority, and exit it as soon as the editor that started it is gone."""
    if hasattr(os, "nice"):
        # Thumbnails can wait; on a two-core laptop the editor's own window cannot.
        os.nice(10)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(0)

    threading.Thread(target=watch, daemon=True, name="watch-parent").start()
