"""Work that waits for the first paint: `after_first_paint` (deferred start-up work) and, for the start-up
benchmark only, `FirstPaintProbe`, which records when the first lesson was painted and quits soon after.

The probe is active only when LITERACY_APP_FIRST_PAINT names a file (the benchmarks set it).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_FIRST_PAINT = "LITERACY_APP_FIRST_PAINT"


class _AfterFirstPaint(QObject):
    """One watcher per target, whatever the number of callbacks: before the first paint every event the
    target gets (a window gets about forty) passes through each Python event filter on it."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.waiting: list[Callable[[], None]] = []
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if getattr(watched, _WATCHER, None) is self:
                delattr(watched, _WATCHER)  # a later call waits for the next paint, with a new watcher
            # after this paint pass (children paint after their parent), and after what the pass itself
            # queued (a follow-up update, the start-up probe): the frame is on screen before this work starts;
            # each callback in a turn of its own, so input is handled between them
            for then in self.waiting:
                QTimer.singleShot(0, lambda then=then: QTimer.singleShot(0, then))
            self.waiting = []
        return False


_WATCHER = "_after_first_paint_watcher"


def after_first_paint(target: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once, right after `target` has been painted for the first time (callbacks in the order
    they were given).

    Nothing happens if the target is deleted before it is painted.
    """
    watcher = getattr(target, _WATCHER, None)
    if watcher is None:
        watcher = _AfterFirstPaint(target)
        setattr(target, _WATCHER, watcher)
    watcher.waiting.append(then)


# how long the probed app goes on after its first paint: the work that waits for the paint (the lesson index
# written, lessons checked, the review count) is done, so the next start is a returning learner's and the
# peak memory measured covers it
LINGER_MS = 500


class FirstPaintProbe(QObject):
    """Watches one widget; after its first paint has reached the screen, records the time, lets the work
    that follows the paint run, and quits."""

    def __init__(self, target: QWidget, report: Path) -> None:
        super().__init__(target)
        self._report = report
        self._done = False
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # children paint after their parent: wait for the end of this paint pass
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        self._report.write_text(f"{time.time():.6f}\n", encoding="utf-8")
        QTimer.singleShot(LINGER_MS, QApplication.instance().quit)
