"""Cyclic garbage holding Qt objects is collected on the GUI thread, never on a worker."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QThread

from coursebuilder.gui import collector


class _Tracked(QObject):
    """A Qt object that records the thread its Python side is finalised on."""

    finalised_on: list[str] = []

    def __del__(self):
        _Tracked.finalised_on.append(threading.current_thread().name)


def test_automatic_collection_is_off_and_the_gui_thread_collects(qapp, qtbot):
    installed = collector.install(qapp)
    assert installed is collector.install(qapp), "installing twice makes a second collector"
    assert not gc.isenabled()
    gc.collect()
    _Tracked.finalised_on.clear()

    kept: list = []

    def make_cycles():
        for _ in range(50):
            obj = _Tracked()
            obj.me = obj  # a cycle: only the cycle collector can free it
        # Allocate far past every threshold, as a manifest parse does: with automatic
        # collection on, the cycles above would be freed here, on this worker thread.
        kept.extend([i] for i in range(200_000))

    worker = threading.Thread(target=make_cycles, name="worker")
    worker.start()
    worker.join()
    assert "worker" not in _Tracked.finalised_on
    assert gc.get_count()[0] > gc.get_threshold()[0]
    qtbot.waitUntil(lambda: len(_Tracked.finalised_on) >= 50, timeout=5000)
    assert set(_Tracked.finalised_on) == {threading.current_thread().name}
    assert QThread.currentThread() is qapp.thread()


def test_installing_off_the_gui_thread_is_refused(qapp):
    errors: list[Exception] = []

    def attempt():
        try:
            collector.install(qapp)
        except RuntimeError as exc:
            errors.append(exc)

    worker = threading.Thread(target=attempt)
    worker.start()
    worker.join()
    assert errors and "GUI thread" in str(errors[0])
