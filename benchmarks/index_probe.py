"""Run in a fresh process by bench_index: seconds from loading the library to the sidebar on screen.

    python -m benchmarks.index_probe LESSON_DIR DATA_DIR

Imports and the QApplication come first and are not counted (start-up is measured on its own). The
learner opens a short generated lesson, so the figure is about the library, not one heavy lesson.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

import literacy_app.content.validate  # noqa: F401 (the parser: imported on demand by the app, not counted here)
import literacy_app.ui.lesson.activity_registry  # noqa: F401 (the activity widgets, likewise)
from literacy_app.cli import gui_parser
from literacy_app.content.render import render_markdown, render_page
from literacy_app.ui.app import build_window


class SidebarPainted(QObject):
    def __init__(self, target) -> None:
        super().__init__(target)
        self.painted = False
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def main(lesson_dir: str, data_dir: str) -> None:
    app = QApplication(sys.argv[:1])
    render_page(render_markdown("Markdown and Jinja2 load on first use; that is start-up, not the library"))
    started = time.perf_counter()
    window, _ = build_window(gui_parser().parse_args(
        ["--data-dir", data_dir, "--lessons", lesson_dir, "--profile", "Benchmark", "--lesson", "bench-0000",
         "--step", "1"]))
    probe = SidebarPainted(window.sidebar.viewport())
    window.show()
    while not probe.painted:
        app.processEvents()
    elapsed = time.perf_counter() - started
    while window.library.unsaved_index is not None:  # the app writes the index cache after the first paint
        app.processEvents()
    print(f"{elapsed:.6f} {len(window.library.lessons)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
