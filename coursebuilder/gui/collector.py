"""Collect Python's cyclic garbage on the GUI thread, never on a worker thread.

Python runs its cycle collector in whichever thread happens to allocate when a threshold
is crossed. A cycle that holds a Qt object (a closed dialog whose slot captures it, say)
is then destroyed on the thread that is reading a manifest or deriving a thumbnail, and
Qt objects deleted off their own thread crash the editor. So automatic collection is
switched off and the same thresholds are checked by a timer on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Run the cycle collector from a GUI-thread timer with Python's own thresholds."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Move cyclic collection onto the GUI thread of ``app``, once; return the collector."""
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("the collector must be installed from the GUI thread")
    existing = app.findChild(GuiThreadCollector)
    return existing if isinstance(existing, GuiThreadCollector) else GuiThreadCollector(app)
