"""The baseline: a bare PySide6 window with a QTextBrowser, and nothing else.

It is run from source and, frozen with PyInstaller's defaults, as the bare onedir build. Like the
app it writes the time of its first paint to LITERACY_APP_FIRST_PAINT and quits.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

SENTENCE = "A parasocial bond runs one way: you know the creator, the creator does not know you."
PAGE = "<h2>A lesson step</h2>" + f"<p>{SENTENCE}</p>" * 8


class FirstPaint(QObject):
    def __init__(self, target, report: str) -> None:
        super().__init__(target)
        self.report, self.done = report, False
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self) -> None:
        with open(self.report, "w", encoding="utf-8") as file:
            file.write(f"{time.time():.6f}\n")
        QApplication.instance().quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    browser = QTextBrowser()
    browser.setHtml(PAGE)
    window.setCentralWidget(browser)
    window.resize(1200, 800)
    if report := os.environ.get("LITERACY_APP_FIRST_PAINT"):
        FirstPaint(browser.viewport(), report)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
