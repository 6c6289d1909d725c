"""Startup measurement: write the time the first lesson was painted, then quit.

Active only when LITERACY_APP_FIRST_PAINT names a file (the benchmarks set it); otherwise run_gui
never imports this module, so a normal start pays nothing for it.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_FIRST_PAINT = "LITERACY_APP_FIRST_PAINT"


class FirstPaintProbe(QObject):
    """Watches one widget; after its first paint has reached the screen, records the time and quits."""

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
        QApplication.instance().quit()
