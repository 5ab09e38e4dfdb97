"""Thousands of signals delivered to Python slots do not use up the references to True."""

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from coursebuilder.gui.refcount_guard import STOCK


class _Emitter(QObject):
    sig = Signal(int)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from CPython 3.12")
def test_true_keeps_its_stock_of_references_through_many_signals(qapp):
    emitter = _Emitter()
    got = []
    emitter.sig.connect(lambda n: got.append(n))
    for n in range(20_000):  # more than True has references without the guard
        emitter.sig.emit(n)
    assert len(got) == 20_000
    assert sys.getrefcount(True) > STOCK // 2
