"""Run in a fresh process by bench_index: seconds from loading the library to the sidebar on screen.

    python -m benchmarks.index_probe LESSON_DIR DATA_DIR

Prints: seconds to the sidebar's first paint, lessons listed, seconds until every lesson has been checked
and the index written (the check runs after the first paint), and the process's peak and resident memory
(MB, Linux; 0 elsewhere) at that point.

Imports and the QApplication come first and are not counted (start-up is measured on its own). The
learner opens a short generated lesson, so the figure is about the library, not one heavy lesson.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

import literacy_app.content.validate  # noqa: F401 (the parser: imported on demand by the app, not counted here)
import literacy_app.ui.lesson.activity_registry  # noqa: F401 (the activity widgets, likewise)
from literacy_app.cli import gui_parser
from literacy_app.content.render import render_markdown, render_page
from literacy_app.ui.app import build_window

# Markup, so the converter really loads (plain text is rendered without it)
WARM_UP = "**Markdown** and *Jinja2* load on first use; that is start-up, not the library"


class SidebarPainted(QObject):
    def __init__(self, target) -> None:
        super().__init__(target)
        self.painted = False
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def memory_mb() -> tuple[float, float]:
    """(peak, current) resident memory of this process in MB, from /proc (0, 0 where there is none)."""
    found = {"VmHWM:": 0.0, "VmRSS:": 0.0}
    try:
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            key = line.split(":", 1)[0] + ":"
            if key in found:
                found[key] = int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return found["VmHWM:"], found["VmRSS:"]


def main(lesson_dir: str, data_dir: str) -> None:
    app = QApplication(sys.argv[:1])
    render_page(render_markdown(WARM_UP))
    started = time.perf_counter()
    window, _ = build_window(gui_parser().parse_args(
        ["--data-dir", data_dir, "--lessons", lesson_dir, "--profile", "Benchmark", "--lesson", "bench-0000",
         "--step", "1"]))
    probe = SidebarPainted(window.sidebar.viewport())
    window.show()
    while not probe.painted:
        app.processEvents()
    elapsed = time.perf_counter() - started
    # after the first paint the app checks the lessons listed from their front matter, then writes the index
    while not window.library.checked or window.library.unsaved_index is not None:
        app.processEvents()
    checked = time.perf_counter() - started
    peak, resident = memory_mb()
    print(f"{elapsed:.6f} {len(window.library.lessons)} {checked:.6f} {peak:.1f} {resident:.1f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
