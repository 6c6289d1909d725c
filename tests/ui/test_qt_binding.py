"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 dropped a reference to `True` on every signal emission, so a long lesson session
(thousands of clicks) ended in "Fatal Python error: bool_dealloc". The pinned version must not.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    happened = Signal(str, int)


def test_emitting_signals_keeps_reference_counts_intact():
    emitter = Emitter()
    received = []
    emitter.happened.connect(lambda text, number: received.append((text, number)))
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for number in range(200):
        emitter.happened.emit("step", number)
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 200
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5
